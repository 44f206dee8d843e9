package org.hindinlp.ner;

import java.util.List;
import org.hindinlp.tokenize.Script;
import org.hindinlp.tokenize.Token;
import org.hindinlp.tokenize.TokenKind;

/**
 * The rules of the tagger, each documented with examples in {@code docs/entities.md}:
 *
 * <ol>
 *   <li><b>Title</b>: a title or role before a name marks a PERSON and stays outside its span
 *       (राष्ट्रपति व्लादिमीर पुतिन ने → व्लादिमीर पुतिन).
 *   <li><b>Name honorific</b>: an honorific that is part of a name stays inside (महात्मा गांधी).
 *   <li><b>Organisation head</b>: a head word after a name marks or extends an ORGANIZATION (गृह
 *       मंत्रालय, दक्षिण कोरियाई सेना), unless the words before it are a known organisation, in
 *       which case the head word is descriptive (केसीएनए समाचार एजेंसी → केसीएनए).
 *   <li><b>Agency cue</b>: an acronym or a context-only agency name in a byline {@code (X)}, before
 *       {@code के अनुसार}, or after {@code समाचार एजेंसी} is an ORGANIZATION.
 * </ol>
 *
 * <p>Postpositions and function words never enter a span. Stateless; thread-safe.
 */
final class RuleTagger {

  static final int MAX_NAME_TOKENS = 4;
  static final int MAX_ORG_MODIFIERS = 4;
  /** Lexicon bits of words that are never part of a person's name. */
  static final int NOT_A_NAME =
      Lexicon.CLOSED | Lexicon.COMMON | Lexicon.TITLE | Lexicon.GENERIC | Lexicon.ORG_HEAD
          | Lexicon.ROLE | Lexicon.DEMONYM;

  private final Lexicon lex;
  private final Gazetteer gazetteer;
  /** The rank of rule candidates: 1 alone, 2 below the model when one is used. */
  private final int rank;
  private final boolean orgHeads;
  /** Whether the organisation-head rule needs a listed place among the modifiers. */
  private final boolean orgHeadsNeedPlace;

  /**
   * Whether every title marks the next words as a person; otherwise only the person titles do (श्री,
   * डॉ., सीनेटर), as where the model runs: offices and professions before ordinary words make
   * false names there (मुख्यमंत्री आवास योजना, लेखक जल संसाधन).
   */
  private final boolean allTitles;

  RuleTagger(
      Lexicon lex, Gazetteer gazetteer, int rank, boolean orgHeads, boolean orgHeadsNeedPlace, boolean allTitles) {
    this.allTitles = allTitles;
    this.lex = lex;
    this.gazetteer = gazetteer;
    this.rank = rank;
    this.orgHeads = orgHeads;
    this.orgHeadsNeedPlace = orgHeadsNeedPlace;
  }

  /** Whether token {@code i} can be part of a name. */
  boolean nameLike(List<Token> tokens, String[] keys, int i) {
    Token t = tokens.get(i);
    if (t.kind() != TokenKind.WORD || (t.script() != Script.DEVANAGARI && t.script() != Script.LATIN)) {
      return false;
    }
    int f = lex.flags(keys[i]);
    return (f & NOT_A_NAME) == 0;
  }

  /** Whether token {@code i} can be a modifier before an organisation head word. */
  private boolean modifierLike(List<Token> tokens, String[] keys, int i) {
    Token t = tokens.get(i);
    if (t.kind() != TokenKind.WORD || (t.script() != Script.DEVANAGARI && t.script() != Script.LATIN)) {
      return false;
    }
    return (lex.flags(keys[i]) & Lexicon.CLOSED) == 0;
  }

  /**
   * Applies the rules.
   *
   * @param tokens the document's tokens
   * @param keys their canonical forms
   * @param acronyms per token, its decoded or Latin acronym, or null
   * @param listCovered per token, the type of a list match covering it, or null
   * @param contextOnly list matches that need a supporting rule; the supported ones are added
   * @param out where candidates go
   */
  void apply(
      String original,
      List<Token> tokens,
      String[] keys,
      String[] acronyms,
      EntityType[] listCovered,
      List<Candidate> contextOnly,
      List<Candidate> out) {
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      int f = lex.flags(keys[i]);
      if ((f & (allTitles ? Lexicon.TITLE : Lexicon.PERSON_TITLE)) != 0) {
        title(tokens, keys, listCovered, i, false, out);
      } else if ((f & (Lexicon.TITLE | Lexicon.ROLE)) != 0) {
        title(tokens, keys, listCovered, i, true, out);
      }
      if ((f & Lexicon.HONORIFIC) != 0) {
        honorific(tokens, keys, listCovered, i, out);
      }
      if (orgHeads && (f & Lexicon.ORG_HEAD) != 0) {
        orgHead(tokens, keys, listCovered, i, out);
      }
      if (acronyms[i] != null) {
        agencyAcronym(tokens, keys, acronyms[i], listCovered, i, out);
      }
      if ((f & Lexicon.PLACE_UNIT) != 0) {
        placeUnit(tokens, keys, listCovered, i, out);
      }
    }
    for (java.util.Iterator<Candidate> it = contextOnly.iterator(); it.hasNext(); ) {
      Candidate c = it.next();
      if (contextSupport(keys, c) || (c.type().equals(EntityType.LOCATION) && lineStart(original, tokens, c.start())
          && dateline(keys, c.end()))) {
        out.add(c);
        it.remove();
      }
    }
  }

  /**
   * Whether a context-only list name has a cue of its own: a byline {@code (X)} or {@code समाचार
   * एजेंसी} next to it (any type), a title right before a person, a place word right after a place
   * (गया जिले). A reporting verb (ने बताया, के अनुसार) is no support: any subject stands there.
   */
  private boolean contextSupport(String[] keys, Candidate c) {
    if (byline(keys, c.start())
        || Lexicon.anyPhraseAt(keys, c.end(), lex.agencyDescriptors) > 0
        || Lexicon.anyPhraseEndsBefore(keys, c.start(), lex.agencyCuesBefore)) {
      return true;
    }
    if (c.type().equals(EntityType.PERSON)) {
      return c.start() > 0 && (lex.flags(keys[c.start() - 1]) & Lexicon.TITLE) != 0;
    }
    if (c.type().equals(EntityType.LOCATION)) {
      int e = c.end();
      return e < keys.length && (lex.flags(keys[e]) & Lexicon.PLACE_HEAD) != 0;
    }
    // An organisation (or a user's type): its members or offices after it (आप विधायक, आप के 12
    // विधायक), a platform word before it (मंच X), or "NAME पर" and a verb of posting (X पर लिखा).
    int e = c.end();
    if (e < keys.length && (lex.flags(keys[e]) & Lexicon.MEMBER) != 0) {
      return true;
    }
    if (e < keys.length && (keys[e].equals("के") || keys[e].equals("की"))) {
      for (int k = e + 1; k < Math.min(keys.length, e + 3); k++) {
        if ((lex.flags(keys[k]) & Lexicon.MEMBER) != 0) {
          return true;
        }
      }
    }
    if (c.start() > 0 && (lex.flags(keys[c.start() - 1]) & Lexicon.PLATFORM) != 0) {
      return true;
    }
    if (e < keys.length && keys[e].equals("पर")) {
      for (int k = e + 1; k < Math.min(keys.length, e + 4); k++) {
        if ((lex.flags(keys[k]) & Lexicon.POSTING) != 0) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Rule 1: title + name → PERSON, title outside. Guarded (offices and roles where the model runs):
   * only a name of two or more words whose first or last word is that of a listed person.
   */
  private void title(
      List<Token> tokens, String[] keys, EntityType[] listCovered, int i, boolean guarded, List<Candidate> out) {
    int j = i + 1;
    while (j < tokens.size()
        && j - i - 1 < MAX_NAME_TOKENS
        && listCovered[j] == null
        && nameLike(tokens, keys, j)) {
      j++;
    }
    if (guarded && (j - i - 1 < 2 || !(gazetteer.givenName(keys[i + 1]) || gazetteer.surname(keys[j - 1])))) {
      return; // an office or role marks a name only if it looks like one: two words, a known first or last name
    }
    if (j > i + 1) {
      out.add(new Candidate(i + 1, j, EntityType.PERSON, rank, Entity.Source.RULE, -1, 0.7));
    }
  }

  /** Rule 2: honorific that belongs to the name + name → PERSON, honorific inside. */
  private void honorific(
      List<Token> tokens, String[] keys, EntityType[] listCovered, int i, List<Candidate> out) {
    int j = i + 1;
    while (j < tokens.size()
        && j - i - 1 < MAX_NAME_TOKENS - 1
        && listCovered[j] == null
        && nameLike(tokens, keys, j)) {
      j++;
    }
    if (j > i + 1) {
      out.add(new Candidate(i, j, EntityType.PERSON, rank, Entity.Source.RULE, -1, 0.7));
    }
  }

  /** Rule 3: modifiers + organisation head word → ORGANIZATION. */
  private void orgHead(List<Token> tokens, String[] keys, EntityType[] listCovered, int h, List<Candidate> out) {
    int k = h;
    while (k - 1 >= 0 && h - (k - 1) <= MAX_ORG_MODIFIERS && modifierLike(tokens, keys, k - 1)) {
      k--;
    }
    // The name does not start with a common word (बड़े बैंक is no organisation).
    while (k < h && (lex.flags(keys[k]) & Lexicon.COMMON) != 0) {
      k++;
    }
    if (k == h) {
      return;
    }
    boolean place = false;
    for (int m = k; m < h; m++) {
      if (listCovered[m] == EntityType.ORGANIZATION) {
        return; // a known organisation + a descriptive head word
      }
      place |= listCovered[m] == EntityType.LOCATION;
    }
    if (orgHeadsNeedPlace && (!place || h - k < 2)) {
      return; // with the model: only a named place + a descriptive name + head (असम राज्य आपदा प्रबंधन प्राधिकरण)
    }
    out.add(new Candidate(k, h + 1, EntityType.ORGANIZATION, rank, Entity.Source.RULE, -1, 0.65));
  }

  /**
   * Rule 5: one or two unknown name-like words before an administrative unit → LOCATION (करंजी गांव,
   * बहादुरगंज प्रखंड): not where a list or the model found something, never a common word.
   */
  private void placeUnit(List<Token> tokens, String[] keys, EntityType[] listCovered, int u, List<Candidate> out) {
    int k = u;
    while (k - 1 >= 0 && u - (k - 1) <= 2 && listCovered[k - 1] == null && nameLike(tokens, keys, k - 1)
        && tokens.get(k - 1).script() == Script.DEVANAGARI) {
      k--;
    }
    if (k < u) {
      out.add(new Candidate(k, u, EntityType.LOCATION, rank, Entity.Source.RULE, -1, 0.65));
    }
  }

  /** Rule 4: an unknown acronym with an agency cue → ORGANIZATION. */
  private void agencyAcronym(
      List<Token> tokens,
      String[] keys,
      String acronym,
      EntityType[] listCovered,
      int i,
      List<Candidate> out) {
    if (listCovered[i] != null) {
      return;
    }
    if (gazetteer.knowsAcronym(acronym)) {
      return;
    }
    if (agencyContext(keys, i, i + 1) || followedByHead(keys, i + 1)) {
      out.add(new Candidate(i, i + 1, EntityType.ORGANIZATION, rank, Entity.Source.RULE, -1, 0.7));
    }
  }

  private boolean followedByHead(String[] keys, int i) {
    return i < keys.length && (lex.flags(keys[i]) & Lexicon.ORG_HEAD) != 0;
  }

  /** Whether token {@code i} starts the text or a line. */
  private static boolean lineStart(String original, List<Token> tokens, int i) {
    if (i == 0) {
      return original.substring(0, tokens.get(0).start()).isBlank();
    }
    return original.substring(tokens.get(i - 1).end(), tokens.get(i).start()).indexOf('\n') >= 0;
  }

  /** A dateline after a place at a line's start: {@code PLACE, 5 मार्च} (or {@code PLACE, मार्च 5}). */
  private boolean dateline(String[] keys, int e) {
    if (e + 2 >= keys.length || !keys[e].equals(",")) {
      return false;
    }
    boolean digitsFirst = keys[e + 1].chars().allMatch(ch -> Character.isDigit(ch)) && !keys[e + 1].isEmpty();
    return digitsFirst ? (lex.flags(keys[e + 2]) & Lexicon.MONTH) != 0 : (lex.flags(keys[e + 1]) & Lexicon.MONTH) != 0;
  }

  /**
   * A byline {@code (X)}: enough for a context-only agency name (भाषा), not for an unknown acronym
   * (a parenthesized acronym is as often GDP or FIR as an organisation).
   */
  private static boolean byline(String[] keys, int start) {
    return start > 0 && keys[start - 1].equals("(");
  }

  /** X के अनुसार, समाचार एजेंसी X, or X समाचार एजेंसी. */
  boolean agencyContext(String[] keys, int start, int end) {
    return Lexicon.anyPhraseAt(keys, end, lex.agencyCuesAfter) > 0
        || Lexicon.anyPhraseAt(keys, end, lex.agencyDescriptors) > 0
        || Lexicon.anyPhraseEndsBefore(keys, start, lex.agencyCuesBefore);
  }
}
