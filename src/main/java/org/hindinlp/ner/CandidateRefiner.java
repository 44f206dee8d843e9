package org.hindinlp.ner;

import java.util.ArrayList;
import java.util.List;
import org.hindinlp.tokenize.Script;
import org.hindinlp.tokenize.Token;
import org.hindinlp.tokenize.TokenKind;

/**
 * Brings the spans of model and rule candidates to the guidelines before overlaps are resolved
 * (list candidates are entries of their own and stay as they are):
 *
 * <ul>
 *   <li>a span is split at postpositions, brackets, quotes and sentence punctuation; a model span
 *       keeps only its last piece, the head (फ्रांस के विदेश विभाग → विदेश विभाग; फ्रांस is left to
 *       the other sources), since the type the model gave belongs to the head;
 *   <li>titles, roles and demonyms at the start of a person's span go out, demonyms at its end (श्री. रमेश चंद्र मिश्रा →
 *       रमेश चंद्र मिश्रा; सीनेटर बर्नी सैंडर्स → बर्नी सैंडर्स);
 *   <li>a span of titles, roles, demonyms, generic nouns, head words or function words alone is no
 *       entity (श्री. alone; ब्रिटेन के प्रधानमंत्री keeps nothing of its own);
 *   <li>a person's name of two or more words stays whole across a hyphen written without spaces
 *       (किम जोंग-उन, मून जे-इन, बशर अल-असद), unless another candidate starts after the hyphen.
 * </ul>
 *
 * <p>Stateless; thread-safe.
 */
final class CandidateRefiner {

  /** Words that are never an entity on their own. */
  private static final int NEVER_ALONE =
      Lexicon.TITLE | Lexicon.ROLE | Lexicon.DEMONYM | Lexicon.GENERIC | Lexicon.CLOSED
          | Lexicon.ORG_HEAD;
  /** Words that go out of the start of a person's span. */
  private static final int PERSON_PREFIX = Lexicon.TITLE | Lexicon.ROLE | Lexicon.DEMONYM;

  private final Lexicon lex;

  CandidateRefiner(Lexicon lex) {
    this.lex = lex;
  }

  List<Candidate> refine(List<Token> tokens, String[] keys, List<Candidate> in) {
    int n = tokens.size();
    boolean[] starts = new boolean[n + 1];
    for (Candidate c : in) {
      starts[c.start()] = true;
    }
    List<Candidate> out = new ArrayList<>(in.size());
    for (Candidate c : in) {
      if (c.source() == Entity.Source.LIST) {
        out.add(c);
        continue;
      }
      // Pieces between the splitting tokens; a model span keeps its last piece only.
      int pieceStart = c.start();
      boolean split = false;
      List<int[]> pieces = new ArrayList<>(2);
      boolean commas = false;
      for (int i = c.start(); i < c.end(); i++) {
        if (c.source() == Entity.Source.MODEL && c.type().equals(EntityType.LOCATION) && comma(tokens, i)) {
          commas = true;
          if (i > pieceStart) {
            pieces.add(new int[] {pieceStart, i});
          }
          pieceStart = i + 1;
          continue;
        }
        if (splits(tokens, keys, i)) {
          split = true;
          if (i > pieceStart) {
            pieces.add(new int[] {pieceStart, i});
          }
          pieceStart = i + 1;
        }
      }
      if (pieceStart < c.end()) {
        pieces.add(new int[] {pieceStart, c.end()});
      }
      if (split && c.source() == Entity.Source.MODEL && namedWithPostposition(keys, c)) {
        out.add(c);
        continue;
      }
      if (split && !commas && c.source() == Entity.Source.MODEL && pieces.size() > 1) {
        pieces = pieces.subList(pieces.size() - 1, pieces.size());
      }
      split |= commas;
      for (int[] p : pieces) {
        Candidate r = trim(tokens, keys, c, p[0], p[1], split, starts);
        if (r != null) {
          out.add(r);
        }
      }
    }
    return out;
  }

  private Candidate trim(
      List<Token> tokens, String[] keys, Candidate c, int a, int b, boolean split, boolean[] starts) {
    boolean person = c.type().equals(EntityType.PERSON);
    while (a < b && (punctuation(tokens, a) || (lex.flags(keys[a]) & Lexicon.CLOSED) != 0
        || (person && (lex.flags(keys[a]) & PERSON_PREFIX) != 0))) {
      a++;
    }
    if (c.source() == Entity.Source.MODEL && b > a && (lex.flags(keys[b - 1]) & Lexicon.GOVERNMENT) != 0) {
      return null; // X सरकार is a place or party and a common noun, not one organisation
    }
    while (b > a && (punctuation(tokens, b - 1) || (lex.flags(keys[b - 1]) & Lexicon.CLOSED) != 0
        || (person && (lex.flags(keys[b - 1]) & Lexicon.DEMONYM) != 0))) {
      b--;
    }
    if (c.source() == Entity.Source.MODEL && c.type().equals(EntityType.LOCATION)) {
      b = withoutUnitWord(keys, a, b);
    }
    if (a >= b) {
      return null;
    }
    boolean name = false;
    for (int i = a; i < b && !name; i++) {
      name = !punctuation(tokens, i) && (lex.flags(keys[i]) & NEVER_ALONE) == 0;
    }
    if (!name) {
      return null;
    }
    if (split && b - a == 1 && (lex.flags(keys[a]) & Lexicon.COMMON) != 0) {
      return null; // a common word left over from a split span (बंगाल की [खाड़ी])
    }
    if (person && (a > c.start() || b < c.end())) {
      for (int i = a; i < b; i++) {
        if ((lex.flags(keys[i]) & (Lexicon.COMMON | Lexicon.GENERIC)) != 0) {
          return null; // after a title went out, what is left must look like a name
        }
      }
    }
    if (person && b - a >= 2) {
      b = acrossHyphens(tokens, keys, b, starts);
    }
    if (a == c.start() && b == c.end()) {
      return c;
    }
    return new Candidate(a, b, c.type(), c.rank(), c.source(), c.item(), c.score());
  }

  /**
   * A place named with a genitive, where the postposition belongs to the name: बंगाल की खाड़ी,
   * फ़ारस की खाड़ी, कच्छ का रण (three words: name, का/की, head).
   */
  private boolean namedWithPostposition(String[] keys, Candidate c) {
    if (!c.type().equals(EntityType.LOCATION) || c.length() != 3) {
      return false;
    }
    String pp = keys[c.start() + 1];
    return (pp.equals("की") || pp.equals("का")) && (lex.flags(keys[c.start() + 2]) & Lexicon.GENITIVE_HEAD) != 0;
  }

  /**
   * A model place ending in an administrative unit or a facility word keeps the place's name only,
   * as the guidelines want (भद्रक जिले → भद्रक, रामस्टाइन हवाई अड्डे → रामस्टाइन): a unit word after
   * one or two words, a facility word after one (a longer name may be the facility's own: बीजू
   * पटनायक अंतरराष्ट्रीय हवाई अड्डा).
   */
  private int withoutUnitWord(String[] keys, int a, int b) {
    if (b - a >= 2 && b - a <= 3 && (lex.flags(keys[b - 1]) & Lexicon.PLACE_UNIT) != 0) {
      return b - 1;
    }
    if (b - a == 2 && (lex.flags(keys[b - 1]) & Lexicon.FACILITY) != 0) {
      return b - 1;
    }
    if (b - a == 3 && keys[b - 2].equals("हवाई") && (keys[b - 1].equals("अड्डे") || keys[b - 1].equals("अड्डा"))) {
      return b - 2;
    }
    return b;
  }

  private static boolean comma(List<Token> tokens, int i) {
    String s = tokens.get(i).text();
    return s.length() == 1 && (s.charAt(0) == ',' || s.charAt(0) == '\u060C');
  }

  /** Extends a person's span over {@code -word} written without spaces (जोंग-उन). */
  private int acrossHyphens(List<Token> tokens, String[] keys, int b, boolean[] starts) {
    int n = tokens.size();
    while (b + 1 < n
        && hyphen(tokens.get(b))
        && tokens.get(b).start() == tokens.get(b - 1).end()
        && tokens.get(b + 1).start() == tokens.get(b).end()
        && tokens.get(b + 1).kind() == TokenKind.WORD
        && (tokens.get(b + 1).script() == Script.DEVANAGARI || tokens.get(b + 1).script() == Script.LATIN)
        && (lex.flags(keys[b + 1]) & Lexicon.POSTPOSITION) == 0
        && !starts[b + 1]) {
      b += 2;
    }
    return b;
  }

  private static boolean hyphen(Token t) {
    String s = t.text();
    return s.length() == 1 && (s.charAt(0) == '-' || s.charAt(0) == '\u2010' || s.charAt(0) == '\u2011');
  }

  private static boolean punctuation(List<Token> tokens, int i) {
    TokenKind k = tokens.get(i).kind();
    return k == TokenKind.PUNCTUATION || k == TokenKind.SYMBOL;
  }

  /** Postpositions, brackets, quotes and sentence punctuation split a span. */
  private boolean splits(List<Token> tokens, String[] keys, int i) {
    if ((lex.flags(keys[i]) & Lexicon.POSTPOSITION) != 0) {
      return true;
    }
    if (tokens.get(i).kind() != TokenKind.PUNCTUATION) {
      return false;
    }
    String s = tokens.get(i).text();
    if (s.length() != 1) {
      return true;
    }
    return switch (s.charAt(0)) {
      case '.', '-', '&', ',', '\'', '\u2019' -> false;
      default -> true;
    };
  }
}
