package org.hindinlp.ner.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CrfTrainerTest {

  private static final LabelSet LABELS = new LabelSet(NerCorpus.TYPES);
  private static final int L = LABELS.size();

  /** The forward-backward partition function equals the brute-force sum over valid sequences. */
  @Property(tries = 100)
  void partitionFunctionIsExact(@ForAll @IntRange(min = 1, max = 3) int n, @ForAll long seed) {
    Random r = new Random(seed);
    double[] emit = random(r, n * L, 3);
    double[] trans = random(r, L * L, 3);
    double[] start = random(r, L, 3);
    double[] end = random(r, L, 3);
    double[] node = new double[n * L];
    double[] edge = new double[n * L * L];
    double logZ = CrfTrainer.forwardBackward(LABELS, n, emit, trans, start, end, node, edge);
    double z = 0;
    double[] nodeBrute = new double[n * L];
    int[] cur = new int[n];
    int total = (int) Math.pow(L, n);
    for (int code = 0; code < total; code++) {
      int c = code;
      for (int i = 0; i < n; i++) {
        cur[i] = c % L;
        c /= L;
      }
      if (LABELS.isValid(cur)) {
        double p = Math.exp(CrfTrainer.score(cur, emit, trans, start, end, L));
        z += p;
        for (int i = 0; i < n; i++) {
          nodeBrute[i * L + cur[i]] += p;
        }
      }
    }
    assertEquals(Math.log(z), logZ, 1e-9 * Math.max(1, Math.abs(logZ)));
    for (int k = 0; k < n * L; k++) {
      assertEquals(nodeBrute[k] / z, node[k], 1e-9);
    }
    for (int i = 1; i < n; i++) {
      double sum = 0;
      for (int k = 0; k < L * L; k++) {
        assertTrue(edge[i * L * L + k] == 0 || LABELS.allowed(k / L, k % L));
        sum += edge[i * L * L + k];
      }
      assertEquals(1.0, sum, 1e-9);
    }
  }

  /** Long sentences with large scores neither overflow nor produce NaN. */
  @Property(tries = 50)
  void stableOnLongSentences(@ForAll @IntRange(min = 0, max = 200) int n, @ForAll long seed) {
    Random r = new Random(seed);
    double[] emit = random(r, n * L, 1e4);
    double[] trans = random(r, L * L, 1e4);
    double[] node = new double[n * L];
    double[] edge = new double[n * L * L];
    double logZ =
        CrfTrainer.forwardBackward(
            LABELS, n, emit, trans, random(r, L, 1e4), random(r, L, 1e4), node, edge);
    assertTrue(Double.isFinite(logZ));
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int y = 0; y < L; y++) {
        assertTrue(Double.isFinite(node[i * L + y]));
        sum += node[i * L + y];
      }
      assertEquals(1.0, sum, 1e-6);
    }
  }

  /**
   * The gradient used by the trainer (observed minus expected counts from the marginals) matches
   * central finite differences of log p(gold) for every emission, transition, start and end score.
   */
  @Test
  void gradientMatchesFiniteDifferences() {
    Random r = new Random(7);
    int n = 4;
    int[] gold = LABELS.fromBio(List.of("B-PERSON", "I-PERSON", "O", "B-LOCATION"));
    double[] emit = random(r, n * L, 1);
    double[] trans = random(r, L * L, 1);
    double[] start = random(r, L, 1);
    double[] end = random(r, L, 1);
    double[] node = new double[n * L];
    double[] edge = new double[n * L * L];
    CrfTrainer.forwardBackward(LABELS, n, emit, trans, start, end, node, edge);
    double h = 1e-5;
    for (int k = 0; k < n * L; k++) {
      double analytic = (gold[k / L] == k % L ? 1 : 0) - node[k];
      assertEquals(analytic, numeric(emit, k, h, gold, emit, trans, start, end), 1e-6, "emit " + k);
    }
    for (int k = 0; k < L * L; k++) {
      double analytic = 0;
      for (int i = 1; i < n; i++) {
        analytic += (gold[i - 1] * L + gold[i] == k ? 1 : 0) - edge[i * L * L + k];
      }
      assertEquals(analytic, numeric(trans, k, h, gold, emit, trans, start, end), 1e-6, "trans " + k);
    }
    for (int y = 0; y < L; y++) {
      assertEquals((gold[0] == y ? 1 : 0) - node[y],
          numeric(start, y, h, gold, emit, trans, start, end), 1e-6, "start " + y);
      assertEquals((gold[n - 1] == y ? 1 : 0) - node[(n - 1) * L + y],
          numeric(end, y, h, gold, emit, trans, start, end), 1e-6, "end " + y);
    }
  }

  /** The full objective's gradient (features, transitions, L2) matches finite differences. */
  @Test
  void fullObjectiveGradientMatchesFiniteDifferences() {
    for (boolean observed : new boolean[] {true, false}) {
      CrfTrainer.Lbfgs p =
          CrfTrainer.Lbfgs.of(
              tinyCorpus().subList(0, 3),
              NerTrainer.Options.defaults().withClusters(false),
              new CrfTrainer.Settings(0.5, 0.1, 1.0, observed, 0.0, 0, 5));
      Random r = new Random(3);
      double[] x = random(r, p.dim, 0.5);
      double[] g = new double[p.dim];
      p.evaluate(x, g);
      double[] scratch = new double[p.dim];
      double h = 1e-5;
      for (int k = 0; k < p.dim; k += 1 + p.dim / 300) {
        double keep = x[k];
        x[k] = keep + h;
        double up = p.evaluate(x, scratch);
        x[k] = keep - h;
        double down = p.evaluate(x, scratch);
        x[k] = keep;
        assertEquals((up - down) / (2 * h), g[k], 1e-5 * Math.max(1, Math.abs(g[k])), "param " + k);
      }
    }
  }

  /** L-BFGS also fits the tiny corpus. */
  @Test
  void lbfgsLearnsTinyCorpus() throws Exception {
    List<NerCorpus.Sentence> data = tinyCorpus();
    NerModel m =
        CrfTrainer.train(
            data,
            NerTrainer.Options.defaults().withEpochs(30).withClusters(false),
            new CrfTrainer.Settings(0.1, 0.1, 1.0, true, 0.0, 0, 5),
            null,
            null);
    for (NerCorpus.Sentence s : data.subList(0, 3)) {
      assertEquals(s.labels(), m.tag(s.tokens()));
    }
    assertTrue(m.settings().startsWith("crf l2 lbfgs"), m.settings());
  }

  private static List<NerCorpus.Sentence> tinyCorpus() {
    List<NerCorpus.Sentence> data = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      data.add(sentence("राम ने कहा", "B-PERSON O O"));
      data.add(sentence("वह दिल्ली गया", "O B-LOCATION O"));
      data.add(sentence("श्याम कुमार दिल्ली में है", "B-PERSON I-PERSON B-LOCATION O O"));
    }
    return data;
  }

  private static double numeric(
      double[] param, int k, double h, int[] gold, double[] emit, double[] trans, double[] start,
      double[] end) {
    double keep = param[k];
    param[k] = keep + h;
    double up = logLikelihood(gold, emit, trans, start, end);
    param[k] = keep - h;
    double down = logLikelihood(gold, emit, trans, start, end);
    param[k] = keep;
    return (up - down) / (2 * h);
  }

  private static double logLikelihood(
      int[] gold, double[] emit, double[] trans, double[] start, double[] end) {
    int n = gold.length;
    double logZ =
        CrfTrainer.forwardBackward(
            LABELS, n, emit, trans, start, end, new double[n * L], new double[n * L * L]);
    return CrfTrainer.score(gold, emit, trans, start, end, L) - logZ;
  }

  /** On a tiny learnable corpus the CRF fits the training data; same seed, same model bytes. */
  @Test
  void learnsTinyCorpusDeterministically() throws Exception {
    List<NerCorpus.Sentence> data = tinyCorpus();
    NerTrainer.Options o = NerTrainer.Options.defaults().withEpochs(5).withClusters(false);
    CrfTrainer.Settings crf = new CrfTrainer.Settings(0.1, 0.5, 1.0, true, 0.0, 0, 0);
    NerModel m = CrfTrainer.train(data, o, crf, null, null);
    for (NerCorpus.Sentence s : data.subList(0, 3)) {
      assertEquals(s.labels(), m.tag(s.tokens()));
    }
    assertTrue(m.settings().startsWith("crf l2 sgd"), m.settings());
    NerModel again = CrfTrainer.train(data, o, crf, null, null);
    assertArrayEquals(bytes(m), bytes(again));
    // All pairs with pruning also fits, and stores at least as many weights.
    NerModel all =
        CrfTrainer.train(data, o, new CrfTrainer.Settings(0.1, 0.5, 1.0, false, 1e-4, 2, 0), null, null);
    for (NerCorpus.Sentence s : data.subList(0, 3)) {
      assertEquals(s.labels(), all.tag(s.tokens()));
    }
  }

  private static byte[] bytes(NerModel m) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    return out.toByteArray();
  }

  private static NerCorpus.Sentence sentence(String tokens, String labels) {
    return new NerCorpus.Sentence(List.of(tokens.split(" ")), List.of(labels.split(" ")));
  }

  private static double[] random(Random r, int n, double scale) {
    double[] a = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = (r.nextDouble() * 2 - 1) * scale;
    }
    return a;
  }
}
