package org.hindinlp.ner.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Scratch experiment runner (not part of the build's tests). */
final class Experiment {
  public static void main(String[] args) throws Exception {
    NerData d = new NerData(Path.of(args.length > 0 ? args[0] : "../shared"));
    int epochs = Integer.getInteger("epochs", 12);
    boolean clusters = Boolean.parseBoolean(System.getProperty("clusters", "true"));
    int minCount = Integer.getInteger("minCount", 1);
    boolean mc = Boolean.parseBoolean(System.getProperty("mc", "true"));
    List<NerCorpus.Sentence> train = new ArrayList<>(d.ilnerTrain());
    if (mc) {
      train.addAll(d.multiconerTrain());
    }
    if (Boolean.getBoolean("withDev")) {
      train.addAll(d.ilnerDev());
    }
    var dev = d.ilnerDev();
    var test = d.ilnerTest();
    var dedup = d.ilnerTestDedup();
    var mcdev = d.multiconerDev();
    System.err.printf("train %d sentences; mentions dev %d test %d dedup %d mcdev %d%n", train.size(),
        NerData.mentions(dev), NerData.mentions(test), NerData.mentions(dedup), NerData.mentions(mcdev));
    long t0 = System.nanoTime();
    NerTrainer.Options o = NerTrainer.Options.defaults().withEpochs(epochs).withClusters(clusters)
        .withSeed(Long.getLong("seed", 42L))
        .withMinCount(minCount);
    GazetteerFeatures gaz = GazetteerFeatures.NONE;
    if (Boolean.getBoolean("builtin")) {
      EntityListFeatures g = EntityListFeatures.builtIn();
      System.err.println("built-in list names: " + g.size());
      gaz = g;
      o = o.withGazetteer(g);
    }
    if (Boolean.getBoolean("gaz")) {
      ListGazetteer g = ListGazetteer.fromShared(d.shared);
      System.err.println("gazetteer names: " + g.size());
      gaz = g;
      o = o.withGazetteer(g);
    }
    final GazetteerFeatures gz = gaz;
    NerTrainer.train(train, o, System.err::println, (ep, m) -> {
      System.err.printf(Locale.ROOT, "ep %2d feats %d  dev %.2f  test %.2f  dedup %.2f  mcdev %.2f%n", ep,
          m.featureCount(), 100 * NerData.evaluate(m, gz, dev).micro().f1(),
          100 * NerData.evaluate(m, gz, test).micro().f1(), 100 * NerData.evaluate(m, gz, dedup).micro().f1(),
          100 * NerData.evaluate(m, gz, mcdev).micro().f1());
      if (ep == epochs) {
        System.err.println("test\n" + NerData.evaluate(m, gz, test).report(NerCorpus.TYPES));
        System.err.println("dedup\n" + NerData.evaluate(m, gz, dedup).report(NerCorpus.TYPES));
        System.err.println("mcdev\n" + NerData.evaluate(m, gz, mcdev).report(NerCorpus.TYPES));
      }
    });
    System.err.printf("total %.1f s%n", (System.nanoTime() - t0) / 1e9);
  }
}
