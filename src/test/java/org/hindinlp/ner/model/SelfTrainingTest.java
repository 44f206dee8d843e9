package org.hindinlp.ner.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SelfTrainingTest {

  private static final LabelSet LABELS = new LabelSet(NerCorpus.TYPES);

  /** The margin is the best path score minus the second-best (brute force on short sentences). */
  @Property(tries = 200)
  void marginIsBestMinusSecondBest(@ForAll @IntRange(min = 1, max = 3) int n, @ForAll long seed) {
    Random r = new Random(seed);
    int L = LABELS.size();
    float[] emit = random(r, n * L);
    float[] trans = random(r, L * L);
    float[] start = random(r, L);
    float[] end = random(r, L);
    int[] best = new int[n];
    double margin = SelfTraining.margin(LABELS, n, emit, trans, start, end, best);
    assertArrayEquals(Viterbi.decode(LABELS, n, emit, trans, start, end), best);
    double first = Double.NEGATIVE_INFINITY;
    double second = Double.NEGATIVE_INFINITY;
    int[] cur = new int[n];
    int total = (int) Math.pow(L, n);
    for (int code = 0; code < total; code++) {
      int c = code;
      for (int i = 0; i < n; i++) {
        cur[i] = c % L;
        c /= L;
      }
      if (!LABELS.isValid(cur)) {
        continue;
      }
      double s = score(cur, emit, trans, start, end, L);
      if (s > first) {
        second = first;
        first = s;
      } else if (s > second) {
        second = s;
      }
    }
    assertEquals(first - second, margin, 1e-3);
  }

  @Test
  void selectKeepsTheMostConfidentOfThePool() {
    List<SelfTraining.Tagged> tagged =
        List.of(
            tagged("O", 5, false),
            tagged("B-PERSON", 1, true),
            tagged("B-LOCATION", 9, true),
            tagged("B-PERSON", 3, true),
            tagged("O", 7, false));
    double[] cut = new double[1];
    assertEquals(5, SelfTraining.select(tagged, false, 1, cut).size());
    assertEquals(3, SelfTraining.select(tagged, true, 1, cut).size());
    List<NerCorpus.Sentence> top = SelfTraining.select(tagged, true, 0.34, cut);
    assertEquals(List.of(tagged.get(2).sentence()), top);
    assertEquals(9, cut[0]);
    List<NerCorpus.Sentence> half = SelfTraining.select(tagged, false, 0.4, cut);
    assertEquals(List.of(tagged.get(2).sentence(), tagged.get(4).sentence()), half);
    assertTrue(SelfTraining.select(tagged, false, 0, cut).isEmpty());
  }

  /** A partially labelled sentence (UNKNOWN where the label is not known) teaches its known spans. */
  @Test
  void unknownLabelsLeaveTheTargetFree() throws IOException {
    List<NerCorpus.Sentence> data = new ArrayList<>(NerModelTest.tiny());
    for (int i = 0; i < 3; i++) {
      data.add(NerModelTest.s("कल ज़ाम्बेज़ी में बारिश हुई", "? B-LOCATION ? ? ?"));
    }
    data.add(NerModelTest.s("कुछ नहीं पता", "? ? ?"));
    NerModel m = NerTrainer.train(data, NerTrainer.Options.defaults().withEpochs(5).withSeed(3), null);
    assertEquals("B-LOCATION", m.tag(List.of("कल", "ज़ाम्बेज़ी", "में", "बारिश", "हुई")).get(1));
    for (NerCorpus.Sentence s : NerModelTest.tiny()) {
      assertEquals(s.labels(), m.tag(s.tokens()), s.tokens().toString());
    }
  }

  private static SelfTraining.Tagged tagged(String label, double margin, boolean entity) {
    return new SelfTraining.Tagged(new NerCorpus.Sentence(List.of("x" + margin), List.of(label)), margin, entity);
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

  private static float[] random(Random r, int n) {
    float[] a = new float[n];
    for (int i = 0; i < n; i++) {
      a[i] = (float) (r.nextGaussian() * 3);
    }
    return a;
  }
}
