package org.hindinlp.ner.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Scratch: how much the figures move with the shuffle seed (model trained on train only). */
final class SeedSpread {
  public static void main(String[] args) throws Exception {
    NerData d = new NerData(Path.of("../shared"));
    List<NerCorpus.Sentence> train = new ArrayList<>(d.ilnerTrain());
    train.addAll(d.multiconerTrain());
    var dev = d.ilnerDev();
    var test = d.ilnerTest();
    var dedup = d.ilnerTestDedup();
    var mcdev = d.multiconerDev();
    for (long seed : new long[] {1, 2, 3, 4}) {
      NerModel m = NerTrainer.train(train, NerTrainer.Options.defaults().withSeed(seed), null);
      System.out.printf(Locale.ROOT, "seed %d: dev %.2f test %.2f dedup %.2f mcdev %.2f%n", seed,
          100 * NerData.evaluate(m, dev).micro().f1(), 100 * NerData.evaluate(m, test).micro().f1(),
          100 * NerData.evaluate(m, dedup).micro().f1(), 100 * NerData.evaluate(m, mcdev).micro().f1());
    }
  }
}
