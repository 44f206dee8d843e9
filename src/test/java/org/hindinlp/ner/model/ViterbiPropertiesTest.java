package org.hindinlp.ner.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ViterbiPropertiesTest {

  private static final LabelSet LABELS = new LabelSet(NerCorpus.TYPES);

  /** Whatever the scores, the decoded sequence is a valid BILOU sequence. */
  @Property(tries = 500)
  void neverEmitsAnInvalidSequence(
      @ForAll @IntRange(min = 0, max = 30) int n, @ForAll long seed, @ForAll boolean extreme) {
    Random r = new Random(seed);
    int L = LABELS.size();
    float scale = extreme ? 1e6f : 5f;
    float[] emit = random(r, n * L, scale);
    float[] trans = random(r, L * L, scale);
    float[] start = random(r, L, scale);
    float[] end = random(r, L, scale);
    int[] seq = Viterbi.decode(LABELS, n, emit, trans, start, end);
    assertEquals(n, seq.length);
    assertTrue(LABELS.isValid(seq), () -> java.util.Arrays.toString(seq));
    // And BIO output of a valid BILOU sequence reads back as the same spans.
    assertArrayEquals(seq, LABELS.fromBio(LABELS.toBio(seq)));
  }

  /** The decoder finds the best valid sequence (checked by brute force on short sentences). */
  @Property(tries = 200)
  void isExact(@ForAll @IntRange(min = 1, max = 3) int n, @ForAll long seed) {
    Random r = new Random(seed);
    int L = LABELS.size();
    float[] emit = random(r, n * L, 3f);
    float[] trans = random(r, L * L, 3f);
    float[] start = random(r, L, 3f);
    float[] end = random(r, L, 3f);
    int[] seq = Viterbi.decode(LABELS, n, emit, trans, start, end);
    double best = Double.NEGATIVE_INFINITY;
    int[] cur = new int[n];
    int total = (int) Math.pow(L, n);
    for (int code = 0; code < total; code++) {
      int c = code;
      for (int i = 0; i < n; i++) {
        cur[i] = c % L;
        c /= L;
      }
      if (LABELS.isValid(cur)) {
        best = Math.max(best, score(cur, emit, trans, start, end, L));
      }
    }
    assertEquals(best, score(seq, emit, trans, start, end, L), 1e-3);
  }

  /** Any BIO input (also ill-formed) maps to a valid BILOU sequence. */
  @Property(tries = 300)
  void fromBioIsAlwaysValid(@ForAll @IntRange(min = 0, max = 20) int n, @ForAll long seed) {
    Random r = new Random(seed);
    String[] pool = {"O", "B-PERSON", "I-PERSON", "B-LOCATION", "I-LOCATION", "I-ORGANIZATION"};
    List<String> bio = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      bio.add(pool[r.nextInt(pool.length)]);
    }
    assertTrue(LABELS.isValid(LABELS.fromBio(bio)));
  }

  private static double score(int[] s, float[] emit, float[] trans, float[] start, float[] end, int L) {
    double v = start[s[0]] + end[s[s.length - 1]];
    for (int i = 0; i < s.length; i++) {
      v += emit[i * L + s[i]];
      if (i > 0) {
        v += trans[s[i - 1] * L + s[i]];
      }
    }
    return v;
  }

  private static float[] random(Random r, int n, float scale) {
    float[] a = new float[n];
    for (int i = 0; i < n; i++) {
      a[i] = (float) (r.nextGaussian() * scale);
    }
    return a;
  }
}
