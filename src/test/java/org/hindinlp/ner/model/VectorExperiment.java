package org.hindinlp.ner.model;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Experiment of docs/model-experiments.md, "Fourth round: dense word vectors": trains on IL-NER
 * train 0–5687 + MultiCoNER II train with the built-in list features (as {@link DevExperiment})
 * and, with {@code -Dvectors=FILE} (from {@link VectorBuilder}), the word's vector and those of
 * its neighbours at −1 and +1 as real-valued features, each value multiplied by {@code -Dscale=}
 * (default 0.1) and cut to the first {@code -Ddims=} dimensions ({@code -DownOnly=true}: the
 * token's vector only; {@code -Dclusters=false}: without the word clusters). Scores IL-NER dev and MultiCoNER
 * II dev only (never IL-NER test). {@code -Dspeed=true} also trains the baseline of the same seed
 * and compares the tagging CPU time of the two models (interleaved rounds, the list tags computed
 * beforehand, so that only the model is timed).
 *
 * <pre>
 * java -Xmx3g -Dvectors=/tmp/vec-ppmi50.tsv.gz -Dscale=0.1 -Dseed=42 \
 *     -cp target/classes:target/test-classes:$(cat cp.txt) org.hindinlp.ner.model.VectorExperiment ../shared
 * </pre>
 */
final class VectorExperiment {
  public static void main(String[] args) throws Exception {
    NerData d = new NerData(Path.of(args.length > 0 ? args[0] : "../shared"));
    int epochs = Integer.getInteger("epochs", 9);
    long seed = Long.getLong("seed", 42L);
    List<NerCorpus.Sentence> train = new ArrayList<>(d.ilnerTrain());
    train.addAll(d.multiconerTrain());
    List<NerCorpus.Sentence> dev = d.ilnerDev();
    List<NerCorpus.Sentence> mcdev = d.multiconerDev();
    WordVectors vectors = null;
    String file = System.getProperty("vectors");
    if (file != null) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of(file)))) {
        vectors = WordVectors.read(in, file, Float.parseFloat(System.getProperty("scale", "0.1")),
            Integer.getInteger("dims", Integer.MAX_VALUE));
      }
      if (Boolean.getBoolean("ownOnly")) {
        vectors = vectors.withoutNeighbours();
      }
    }
    EntityListFeatures gaz = EntityListFeatures.builtIn();
    NerTrainer.Options o =
        NerTrainer.Options.defaults().withEpochs(epochs).withSeed(seed).withGazetteer(gaz)
            .withClusters(!"false".equals(System.getProperty("clusters")));
    long t0 = System.nanoTime();
    NerModel m = NerTrainer.train(train, o, null, null, vectors);
    double secs = (System.nanoTime() - t0) / 1e9;
    NerEvaluation a = NerData.evaluate(m, gaz, dev);
    NerEvaluation b = NerData.evaluate(m, gaz, mcdev);
    System.out.printf(Locale.ROOT,
        "vectors %s scale %s dims %s%s%s seed %d epochs %d: features %d, %.1f s%n"
            + "  IL-NER dev F1 %.2f (P %.2f R %.2f)  MultiCoNER dev F1 %.2f (P %.2f R %.2f)%n",
        file == null ? "none" : file, System.getProperty("scale", "0.1"),
        vectors == null ? "-" : String.valueOf(vectors.dim()),
        vectors != null && !vectors.neighbours() ? " own only" : "",
        o.useClusters() ? "" : " no clusters", seed, epochs, m.featureCount(), secs,
        100 * a.micro().f1(), 100 * a.micro().precision(), 100 * a.micro().recall(),
        100 * b.micro().f1(), 100 * b.micro().precision(), 100 * b.micro().recall());
    if (Boolean.getBoolean("report")) {
      System.out.println("dev\n" + a.report(NerCorpus.TYPES));
      System.out.println("mcdev\n" + b.report(NerCorpus.TYPES));
    }
    if (Boolean.getBoolean("speed")) {
      NerModel base = NerTrainer.train(train, o, null, null, null);
      speed(base, m, dev, mcdev, gaz);
    }
  }

  /** Median and range of the per-round CPU-time ratios of {@code m} to {@code base}. */
  static void speed(NerModel base, NerModel m, List<NerCorpus.Sentence> dev,
      List<NerCorpus.Sentence> mcdev, GazetteerFeatures gaz) {
    List<List<String>> sents = new ArrayList<>();
    Map<List<String>, List<List<String>>> tags = new IdentityHashMap<>();
    long tokens = 0;
    for (List<NerCorpus.Sentence> set : List.of(dev, mcdev)) {
      for (NerCorpus.Sentence s : set) {
        sents.add(s.tokens());
        tags.put(s.tokens(), gaz.tags(s.tokens()));
        tokens += s.tokens().size();
      }
    }
    GazetteerFeatures pre = tags::get;
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    int reps = Integer.getInteger("reps", 20);
    int rounds = Integer.getInteger("rounds", 15);
    NerModel[] models = {base, m};
    double[] ratio = new double[rounds];
    long baseCpu = 0;
    for (int r = -3; r < rounds; r++) {
      long[] cpu = new long[2];
      for (int k = 0; k < 2; k++) {
        int which = (r + k) & 1; // rotated order
        long c0 = mx.getCurrentThreadCpuTime();
        for (int rep = 0; rep < reps; rep++) {
          for (List<String> s : sents) {
            models[which].tag(s, pre);
          }
        }
        cpu[which] = mx.getCurrentThreadCpuTime() - c0;
      }
      if (r >= 0) {
        ratio[r] = (double) cpu[1] / cpu[0];
        baseCpu += cpu[0];
      }
    }
    double[] sorted = ratio.clone();
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT,
        "speed: vectors / baseline CPU time, median of %d rounds %.2fx (%.2f-%.2f); baseline %.2f M tokens"
            + " per CPU-second%n",
        rounds, sorted[rounds / 2], sorted[0], sorted[rounds - 1],
        (double) tokens * reps * rounds / (baseCpu / 1e9) / 1e6);
  }
}
