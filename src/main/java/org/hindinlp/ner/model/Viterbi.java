package org.hindinlp.ner.model;

/** Exact first-order Viterbi decoding restricted to valid BILOU transitions. */
final class Viterbi {

  private Viterbi() {}

  /**
   * Best valid sequence.
   *
   * @param emit emission scores, {@code [n * L]}, row-major by position
   * @param trans transition scores {@code [L * L]} (prev, next)
   * @param start start scores {@code [L]}
   * @param end end scores {@code [L]}
   */
  static int[] decode(
      LabelSet labels, int n, float[] emit, float[] trans, float[] start, float[] end) {
    int L = labels.size();
    int[] out = new int[n];
    if (n == 0) {
      return out;
    }
    double[] score = new double[L];
    double[] next = new double[L];
    int[] back = new int[n * L];
    for (int y = 0; y < L; y++) {
      score[y] = labels.allowedStart(y) ? start[y] + emit[y] : Double.NEGATIVE_INFINITY;
    }
    for (int i = 1; i < n; i++) {
      int row = i * L;
      for (int y = 0; y < L; y++) {
        double best = Double.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p : labels.predecessors(y)) {
          if (score[p] == Double.NEGATIVE_INFINITY) {
            continue;
          }
          double s = score[p] + trans[p * L + y];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        next[y] = best == Double.NEGATIVE_INFINITY ? best : best + emit[row + y];
        back[row + y] = arg;
      }
      double[] t = score;
      score = next;
      next = t;
    }
    double best = Double.NEGATIVE_INFINITY;
    int arg = LabelSet.O;
    for (int y = 0; y < L; y++) {
      if (score[y] == Double.NEGATIVE_INFINITY || !labels.allowedEnd(y)) {
        continue;
      }
      double s = score[y] + end[y];
      if (s > best) {
        best = s;
        arg = y;
      }
    }
    out[n - 1] = arg;
    for (int i = n - 1; i > 0; i--) {
      out[i - 1] = back[i * L + out[i]];
    }
    return out;
  }
}
