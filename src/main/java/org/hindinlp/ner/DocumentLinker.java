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
    for (Candidate c : accepted) {
      String full = join(keys, c.start(), c.end());
      if (c.source() == Entity.Source.RULE) {
        names.putIfAbsent(full, c.type());
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
    // Names by their first token, so that a token that starts no name costs one lookup.
    Map<String, List<String[]>> byFirst = new HashMap<>();
    for (String name : names.keySet()) {
      String[] parts = name.split(" ");
      byFirst.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts);
    }
    List<Candidate> added = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (covered[i]) {
        continue;
      }
      int found = 0;
      List<String[]> starting = byFirst.get(keys[i]);
      if (starting != null) {
        int best = 0;
        String[] bestName = null;
        for (String[] name : starting) {
          if (name.length > best && i + name.length <= n && allFree(covered, i, i + name.length)
              && matches(keys, i, name)) {
            best = name.length;
            bestName = name;
          }
        }
        if (bestName != null) {
          added.add(
              new Candidate(i, i + best, names.get(String.join(" ", bestName)), 1, Entity.Source.RULE, -1, 0.6));
          found = best;
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

  private static boolean matches(String[] keys, int i, String[] name) {
    for (int k = 0; k < name.length; k++) {
      if (!keys[i + k].equals(name[k])) {
        return false;
      }
    }
    return true;
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
   * The mention each candidate belongs to for its id: for a person, the longest person mention of
   * the document whose tokens contain this one's (किम → किम जोंग उन); otherwise the candidate
   * itself. Linear in the mentions, quadratic only in the distinct person names.
   */
  static Candidate[] owners(String[] keys, List<Candidate> accepted) {
    Candidate[] out = new Candidate[accepted.size()];
    // One representative per distinct person name, longest first.
    Map<String, Candidate> distinct = new HashMap<>();
    String[] names = new String[accepted.size()];
    for (int k = 0; k < accepted.size(); k++) {
      Candidate c = accepted.get(k);
      out[k] = c;
      if (c.type().equals(EntityType.PERSON)) {
        names[k] = join(keys, c.start(), c.end());
        Candidate old = distinct.get(names[k]);
        if (old == null || (old.item() < 0 && c.item() >= 0)) {
          distinct.put(names[k], c); // prefer a list mention: it carries the list's id
        }
      }
    }
    if (distinct.isEmpty()) {
      return out;
    }
    List<Candidate> reps = new ArrayList<>(distinct.values());
    reps.sort((a, b) -> Integer.compare(b.length(), a.length()));
    Map<String, Candidate> ownerOfName = new HashMap<>();
    for (Map.Entry<String, Candidate> e : distinct.entrySet()) {
      Candidate c = e.getValue();
      Candidate best = c;
      for (Candidate o : reps) {
        if (o.length() <= best.length()) {
          break;
        }
        if (contains(keys, o, c)) {
          best = o;
          break;
        }
      }
      ownerOfName.put(e.getKey(), best);
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
