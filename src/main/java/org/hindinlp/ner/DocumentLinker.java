package org.hindinlp.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hindinlp.tokenize.Token;

/**
 * Document-level work after overlaps are resolved: repeated mentions of a name that a rule found
 * are tagged wherever they recur, a person's first or last name alone (किम, पुतिन) is tagged where
 * the document names that person in full, and all mentions of one entity get one id. Stateless;
 * thread-safe.
 */
final class DocumentLinker {

  private final RuleTagger rules;

  DocumentLinker(RuleTagger rules) {
    this.rules = rules;
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

  /** Adds repeated and partial mentions to {@code accepted} (kept sorted by start). */
  void propagate(List<Token> tokens, String[] keys, List<Candidate> accepted) {
    int n = tokens.size();
    boolean[] covered = new boolean[n];
    for (Candidate c : accepted) {
      for (int i = c.start(); i < c.end(); i++) {
        covered[i] = true;
      }
    }
    Map<String, EntityType> names = new HashMap<>();
    Map<String, String> partialOwner = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    int maxLen = 0;
    for (Candidate c : accepted) {
      String full = join(keys, c.start(), c.end());
      if (c.source() == Entity.Source.RULE) {
        names.putIfAbsent(full, c.type());
        maxLen = Math.max(maxLen, c.length());
      }
      if (c.type().equals(EntityType.PERSON) && c.length() >= 2) {
        for (int p : new int[] {c.start(), c.end() - 1}) {
          String k = keys[p];
          if (k.length() >= 2 && rules.nameLike(tokens, keys, p)) {
            String owner = partialOwner.putIfAbsent(k, full);
            if (owner != null && !owner.equals(full)) {
              ambiguous.add(k);
            }
          }
        }
      }
    }
    ambiguous.forEach(partialOwner::remove);
    if (names.isEmpty() && partialOwner.isEmpty()) {
      return;
    }
    List<Candidate> added = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (covered[i]) {
        continue;
      }
      int found = 0;
      for (int len = Math.min(maxLen, n - i); len >= 1 && found == 0; len--) {
        if (allFree(covered, i, i + len)) {
          EntityType t = names.get(join(keys, i, i + len));
          if (t != null) {
            added.add(new Candidate(i, i + len, t, 1, Entity.Source.RULE, -1, 0.6));
            found = len;
          }
        }
      }
      if (found == 0 && partialOwner.containsKey(keys[i]) && rules.nameLike(tokens, keys, i)) {
        added.add(new Candidate(i, i + 1, EntityType.PERSON, 1, Entity.Source.RULE, -1, 0.6));
        found = 1;
      }
      for (int k = i; k < i + found; k++) {
        covered[k] = true;
      }
    }
    accepted.addAll(added);
    accepted.sort((a, b) -> Integer.compare(a.start(), b.start()));
  }

  private static boolean allFree(boolean[] covered, int s, int e) {
    for (int i = s; i < e; i++) {
      if (covered[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The mention a candidate belongs to for its id: for a person, the longest person mention of the
   * document whose tokens contain this one's; otherwise the candidate itself.
   */
  static Candidate owner(Candidate c, String[] keys, List<Candidate> accepted) {
    if (!c.type().equals(EntityType.PERSON)) {
      return c;
    }
    Candidate best = c;
    for (Candidate o : accepted) {
      if (o.type().equals(EntityType.PERSON) && o.length() > best.length() && contains(keys, o, c)) {
        best = o;
      }
    }
    return best;
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
