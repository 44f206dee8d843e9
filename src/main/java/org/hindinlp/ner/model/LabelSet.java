package org.hindinlp.ner.model;

import java.util.ArrayList;
import java.util.List;

/**
 * BILOU labels over a list of entity types, with the transitions that keep a sequence valid.
 *
 * <p>Label 0 is {@code O}; type {@code t} (0-based) has {@code B} = 1 + 4t, {@code I} = 2 + 4t,
 * {@code L} = 3 + 4t, {@code U} = 4 + 4t. Valid: after B-X or I-X only I-X or L-X; after O, L-*
 * or U-* only O, B-* or U-*; a sequence starts like after O and ends on O, L-* or U-*.
 */
final class LabelSet {

  static final int O = 0;

  private final List<String> types;
  private final String[] names;
  private final String[] bioNames;
  private final boolean[][] allowed; // [prev][next]
  private final boolean[] allowedStart;
  private final boolean[] allowedEnd;
  private final int[][] predecessors; // [next] → allowed previous labels

  LabelSet(List<String> types) {
    this.types = List.copyOf(types);
    int n = 1 + 4 * types.size();
    names = new String[n];
    names[0] = "O";
    for (int t = 0; t < types.size(); t++) {
      names[1 + 4 * t] = "B-" + types.get(t);
      names[2 + 4 * t] = "I-" + types.get(t);
      names[3 + 4 * t] = "L-" + types.get(t);
      names[4 + 4 * t] = "U-" + types.get(t);
    }
    bioNames = new String[n];
    bioNames[0] = "O";
    for (int y = 1; y < n; y++) {
      int p = part(y);
      bioNames[y] = ((p == 0 || p == 3) ? "B-" : "I-") + types.get(type(y));
    }
    allowed = new boolean[n][n];
    allowedStart = new boolean[n];
    allowedEnd = new boolean[n];
    for (int p = 0; p < n; p++) {
      for (int q = 0; q < n; q++) {
        allowed[p][q] = isOpen(p) ? (isInside(q) && type(p) == type(q)) : !isInside(q);
      }
      allowedStart[p] = !isInside(p);
      allowedEnd[p] = !isOpen(p);
    }
    predecessors = new int[n][];
    for (int q = 0; q < n; q++) {
      int k = 0;
      int[] ps = new int[n];
      for (int p = 0; p < n; p++) {
        if (allowed[p][q]) {
          ps[k++] = p;
        }
      }
      predecessors[q] = java.util.Arrays.copyOf(ps, k);
    }
  }

  List<String> types() {
    return types;
  }

  int size() {
    return names.length;
  }

  String name(int label) {
    return names[label];
  }

  /** Type index of a label, -1 for O. */
  static int type(int label) {
    return label == O ? -1 : (label - 1) / 4;
  }

  /** 0 B, 1 I, 2 L, 3 U. */
  static int part(int label) {
    return (label - 1) % 4;
  }

  /** B or I: the entity goes on. */
  static boolean isOpen(int label) {
    return label != O && part(label) <= 1;
  }

  /** I or L: continues an entity. */
  static boolean isInside(int label) {
    return label != O && (part(label) == 1 || part(label) == 2);
  }

  boolean allowed(int prev, int next) {
    return allowed[prev][next];
  }

  /** Labels that may precede {@code next}. */
  int[] predecessors(int next) {
    return predecessors[next];
  }

  boolean allowedStart(int label) {
    return allowedStart[label];
  }

  boolean allowedEnd(int label) {
    return allowedEnd[label];
  }

  boolean isValid(int[] seq) {
    if (seq.length == 0) {
      return true;
    }
    if (!allowedStart[seq[0]] || !allowedEnd[seq[seq.length - 1]]) {
      return false;
    }
    for (int i = 1; i < seq.length; i++) {
      if (!allowed[seq[i - 1]][seq[i]]) {
        return false;
      }
    }
    return true;
  }

  /** BIO labels (repaired like CoNLL-2003) to BILOU label ids. */
  int[] fromBio(List<String> bio) {
    int n = bio.size();
    int[] type = new int[n];
    boolean[] begin = new boolean[n];
    for (int i = 0; i < n; i++) {
      String l = bio.get(i);
      type[i] = l.length() > 2 ? types.indexOf(l.substring(2)) : -1;
      begin[i] =
          type[i] >= 0 && (l.charAt(0) == 'B' || i == 0 || type[i - 1] != type[i]);
    }
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      if (type[i] < 0) {
        out[i] = O;
        continue;
      }
      boolean last = i + 1 == n || type[i + 1] != type[i] || begin[i + 1];
      int part = begin[i] ? (last ? 3 : 0) : (last ? 2 : 1);
      out[i] = 1 + 4 * type[i] + part;
    }
    return out;
  }

  /** BILOU ids to BIO strings. */
  List<String> toBio(int[] seq) {
    List<String> out = new ArrayList<>(seq.length);
    for (int l : seq) {
      out.add(bioNames[l]);
    }
    return out;
  }
}
