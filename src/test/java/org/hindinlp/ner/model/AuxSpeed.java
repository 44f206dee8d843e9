package org.hindinlp.ner.model;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Model-only tagging cost of models with more labels (task C3), as a ratio of thread CPU time
 * against the first model, measured in interleaved, rotated rounds in one JVM on the tokens of
 * IL-NER dev and MultiCoNER II dev (labels not read), each model with its trained list features.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.hindinlp.ner.model.AuxSpeed \
 *     ../shared /tmp/base.bin /tmp/aux.bin [more models]
 * </pre>
 */
final class AuxSpeed {
  public static void main(String[] args) throws Exception {
    NerData d = new NerData(Path.of(args[0]));
    List<List<String>> sents = new ArrayList<>();
    d.ilnerDev().forEach(s -> sents.add(s.tokens()));
    d.multiconerDev().forEach(s -> sents.add(s.tokens()));
    long tokens = sents.stream().mapToLong(List::size).sum();
    List<NerModel> models = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      models.add(NerModel.load(Path.of(args[i])));
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    int rounds = Integer.getInteger("rounds", 15);
    int reps = Integer.getInteger("reps", 3);
    int k = models.size();
    double[][] cpu = new double[k][rounds];
    for (int r = -3; r < rounds; r++) { // 3 warm-up rounds
      for (int j = 0; j < k; j++) {
        int m = Math.floorMod(j + r, k);
        NerModel model = models.get(m);
        GazetteerFeatures g = model.defaultGazetteer();
        long c0 = mx.getCurrentThreadCpuTime();
        for (int rep = 0; rep < reps; rep++) {
          for (List<String> s : sents) {
            model.tag(s, g);
          }
        }
        long c1 = mx.getCurrentThreadCpuTime();
        if (r >= 0) {
          cpu[m][r] = (c1 - c0) / 1e9;
        }
      }
    }
    for (int m = 0; m < k; m++) {
      double[] ratio = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratio[r] = cpu[m][r] / cpu[0][r];
      }
      Arrays.sort(ratio);
      double[] c = cpu[m].clone();
      Arrays.sort(c);
      System.out.printf(Locale.ROOT,
          "%s: types %s, %d features; median %.0f k tokens per CPU-second; CPU ratio to first: median %.2f (min %.2f, max %.2f)%n",
          args[m + 1], models.get(m).types(), models.get(m).featureCount(),
          tokens * reps / c[rounds / 2] / 1e3, ratio[rounds / 2], ratio[0], ratio[rounds - 1]);
    }
  }
}
