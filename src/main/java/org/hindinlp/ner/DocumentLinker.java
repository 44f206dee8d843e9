package org.hindinlp.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hindinlp.tokenize.Token;

/**
 * Document-level linking after overlaps are resolved. It adds only what the document supports:
 *
 * <ul>
 *   <li><b>Anchors</b> are the mentions the linker trusts: list matches, rule matches, and model
 *       mentions that have support of their own (a title or role right before them, or the model
 *       found the same name twice). A single model guess is never spread.
 *   <li><b>Repeats</b>: an anchor's name recurs in another spelling (same {@link NameVariantKey}
 *       sequence: ज़ेलेंस्की / जेलेंस्की, ट्रंप / ट्रम्प) → the same type and id there. All types.
 *   <li><b>Partial names</b>: the first or last word of a person's anchor (or of a user type's,
 *       such as ACTIVIST) alone → the same entity (किम after किम जोंग उन), unless two anchors share
 *       that word, it is no name-like word (titles, demonyms, common and function words), or it
 *       also stands inside an entity of another type.
 *   <li><b>Context-only list names</b> (~मुर्मू) where the same entry is named in full elsewhere in
 *       the document.
 * </ul>
 *
 * <p>Only tokens that no entity covers are filled: a link never overrides a list match or any other
 * accepted entity. Stateless; thread-safe.
 */
final class DocumentLinker {

  /** The score of a linked mention. */
  static final double LINK_SCORE = 0.6;

  private final RuleTagger rules;
  private final Lexicon lex;

  DocumentLinker(RuleTagger rules, Lexicon lex) {
    this.rules = rules;
    this.lex = lex;
  }

  static String join(String[] keys, int start, int end) {
    StringBuilder sb = new StringBuilder();
    for (int i = start; i < end; i++) {
      if (i > start) {
        sb.append(' ');
      }
      sb.append(keys[i]);
    }
    return sb.toString();
  }

  /** The variant keys of a document's tokens. */
  static String[] variantKeys(String[] keys) {
    String[] v = new String[keys.length];
    for (int i = 0; i < keys.length; i++) {
      String k = keys[i];
      // Latin tokens keep their case and spelling: AP (the agency) is not "ap".
      v[i] = !k.isEmpty() && k.charAt(0) < 0x0900 ? k : NameVariantKey.of(k);
    }
    return v;
  }

  /** Whether links of a partial name (one word of a longer name) are allowed for a type. */
  static boolean partialNames(EntityType type) {
    return !type.equals(EntityType.LOCATION) && !type.equals(EntityType.ORGANIZATION);
  }

  /**
   * Adds linked mentions to {@code accepted} (kept sorted by start).
   *
   * @param contextOnly context-only list matches that no rule supported
   */
  void propagate(
      List<Token> tokens, String[] keys, String[] vkeys, List<Candidate> accepted, List<Candidate> contextOnly) {
    int n = tokens.size();
    if (accepted.isEmpty() || n == 0) {
      return;
    }
    boolean[] covered = new boolean[n];
    for (Candidate c : accepted) {
      for (int i = c.start(); i < c.end(); i++) {
        covered[i] = true;
      }
    }
    // How often each (type, name) was found, for the support of model mentions.
    Map<String, Integer> found = new HashMap<>();
    for (Candidate c : accepted) {
      found.merge(c.type().name() + '\t' + join(vkeys, c.start(), c.end()), 1, Integer::sum);
    }
    Map<String, Candidate> repeats = new HashMap<>();
    Set<String> ambiguousRepeats = new HashSet<>();
    Map<String, Candidate> partials = new HashMap<>();
    Set<String> ambiguousPartials = new HashSet<>();
    Set<String> insideOthers = new HashSet<>();
    Set<Integer> strongItems = new HashSet<>();
    for (Candidate c : accepted) {
      if (c.source() == Entity.Source.LIST && c.item() >= 0) {
        strongItems.add(c.item());
      }
      if (!partialNames(c.type())) {
        for (int i = c.start(); i < c.end(); i++) {
          insideOthers.add(vkeys[i]);
        }
      }
      if (!anchor(tokens, keys, vkeys, c, found)) {
        continue;
      }
      String name = join(vkeys, c.start(), c.end());
      if (c.length() > 1 || (lex.flags(keys[c.start()]) & (RuleTagger.NOT_A_NAME & ~Lexicon.ORG_HEAD)) == 0) {
        Candidate old = repeats.putIfAbsent(name, c);
        if (old != null && !old.type().equals(c.type())) {
          ambiguousRepeats.add(name);
        } else if (old != null && old.item() < 0 && c.item() >= 0) {
          repeats.put(name, c); // a list anchor carries the list's id
        }
      }
      if (c.length() >= 2 && partialNames(c.type())) {
        for (int p : new int[] {c.start(), c.end() - 1}) {
          if (vkeys[p].length() >= 3 && rules.nameLike(tokens, keys, p)) {
            Candidate old = partials.putIfAbsent(vkeys[p], c);
            if (old != null && !join(vkeys, old.start(), old.end()).equals(name)) {
              ambiguousPartials.add(vkeys[p]);
            }
          }
        }
      }
    }
    ambiguousRepeats.forEach(repeats::remove);
    ambiguousPartials.forEach(partials::remove);
    partials.keySet().removeAll(insideOthers);
    List<Candidate> added = new ArrayList<>();
    // Context-only names of an entry that the document names in full.
    for (Candidate c : contextOnly) {
      if (strongItems.contains(c.item()) && free(covered, c.start(), c.end()) && !titleOrWord(keys, c)) {
        added.add(new Candidate(c.start(), c.end(), c.type(), c.rank(), Entity.Source.LINK, c.item(), LINK_SCORE));
        mark(covered, c.start(), c.end());
      }
    }
    if (!repeats.isEmpty() || !partials.isEmpty()) {
      Map<String, List<String[]>> byFirst = new HashMap<>();
      for (String name : repeats.keySet()) {
        String[] parts = name.split(" ");
        byFirst.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts);
      }
      for (int i = 0; i < n; i++) {
        if (covered[i]) {
          continue;
        }
        int len = 0;
        Candidate from = null;
        List<String[]> starting = byFirst.get(vkeys[i]);
        if (starting != null) {
          for (String[] name : starting) {
            if (name.length > len && i + name.length <= n && free(covered, i, i + name.length)
                && matches(vkeys, i, name)) {
              len = name.length;
              from = repeats.get(String.join(" ", name));
            }
          }
        }
        if (from == null) {
          Candidate owner = partials.get(vkeys[i]);
          if (owner != null && rules.nameLike(tokens, keys, i)) {
            len = 1;
            from = owner;
          }
        }
        if (from != null) {
          added.add(new Candidate(i, i + len, from.type(), from.rank(), Entity.Source.LINK, from.item(), LINK_SCORE));
          mark(covered, i, i + len);
          i += len - 1;
        }
      }
    }
    if (!added.isEmpty()) {
      accepted.addAll(added);
      accepted.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }
  }

  /**
   * Whether a mention may be linked from: list and rule mentions, and a model mention with a title
   * or role right before it or found twice.
   */
  private boolean anchor(List<Token> tokens, String[] keys, String[] vkeys, Candidate c, Map<String, Integer> found) {
    if (c.source() != Entity.Source.MODEL) {
      return c.score() > LINK_SCORE || c.source() == Entity.Source.LIST;
    }
    int before = c.start() - 1;
    if (before >= 0 && (lex.flags(keys[before]) & (Lexicon.TITLE | Lexicon.ROLE)) != 0) {
      return true;
    }
    return found.getOrDefault(c.type().name() + '\t' + join(vkeys, c.start(), c.end()), 0) >= 2;
  }

  /** Whether a one-word candidate is a title or role (एसपी is the police superintendent too). */
  private boolean titleOrWord(String[] keys, Candidate c) {
    return c.length() == 1 && (lex.flags(keys[c.start()]) & (Lexicon.TITLE | Lexicon.ROLE | Lexicon.CLOSED)) != 0;
  }

  private static void mark(boolean[] covered, int s, int e) {
    for (int i = s; i < e; i++) {
      covered[i] = true;
    }
  }

  private static boolean matches(String[] keys, int i, String[] name) {
    for (int k = 0; k < name.length; k++) {
      if (!keys[i + k].equals(name[k])) {
        return false;
      }
    }
    return true;
  }

  private static boolean free(boolean[] covered, int s, int e) {
    for (int i = s; i < e; i++) {
      if (covered[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The mention each candidate belongs to for its id: for a person (or a user type), the longest
   * mention of the same type whose words contain this one's, compared by variant keys (किम → किम
   * जोंग उन); otherwise the candidate itself. Linear in the mentions, quadratic only in the distinct
   * names.
   */
  static Candidate[] owners(String[] vkeys, List<Candidate> accepted) {
    Candidate[] out = new Candidate[accepted.size()];
    Map<String, Candidate> distinct = new HashMap<>();
    String[] names = new String[accepted.size()];
    for (int k = 0; k < accepted.size(); k++) {
      Candidate c = accepted.get(k);
      out[k] = c;
      if (partialNames(c.type()) && c.item() < 0) {
        names[k] = c.type().name() + '\t' + join(vkeys, c.start(), c.end());
        Candidate old = distinct.get(names[k]);
        if (old == null) {
          distinct.put(names[k], c);
        }
      } else if (partialNames(c.type())) {
        distinct.putIfAbsent(c.type().name() + '\t' + join(vkeys, c.start(), c.end()), c);
      }
    }
    if (distinct.isEmpty()) {
      return out;
    }
    List<Candidate> reps = new ArrayList<>(distinct.values());
    reps.sort((a, b) -> Integer.compare(b.length(), a.length()));
    Map<String, Candidate> ownerOfName = new HashMap<>();
    for (int k = 0; k < out.length; k++) {
      if (names[k] == null || ownerOfName.containsKey(names[k])) {
        continue;
      }
      Candidate c = accepted.get(k);
      Candidate best = c;
      for (Candidate o : reps) {
        if (o.length() <= c.length()) {
          break;
        }
        if (o.type().equals(c.type()) && contains(vkeys, o, c)) {
          best = o;
          break;
        }
      }
      ownerOfName.put(names[k], best);
    }
    for (int k = 0; k < out.length; k++) {
      if (names[k] != null) {
        out[k] = ownerOfName.get(names[k]);
      }
    }
    return out;
  }

  private static boolean contains(String[] keys, Candidate outer, Candidate inner) {
    int len = inner.length();
    for (int s = outer.start(); s + len <= outer.end(); s++) {
      boolean same = true;
      for (int k = 0; k < len && same; k++) {
        same = keys[s + k].equals(keys[inner.start() + k]);
      }
      if (same) {
        return true;
      }
    }
    return false;
  }
}
