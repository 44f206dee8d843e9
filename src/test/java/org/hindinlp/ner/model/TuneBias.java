package org.hindinlp.ner.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Tunes the entity-start bonus on IL-NER dev and MultiCoNER dev with a model trained on train only. */
final class TuneBias {
  public static void main(String[] args) throws Exception {
    NerData d = new NerData(Path.of("../shared"));
    List<NerCorpus.Sentence> train = new ArrayList<>(d.ilnerTrain());
    train.addAll(d.multiconerTrain());
    NerModel m = NerTrainer.train(train, NerTrainer.Options.defaults(), null);
    var dev = d.ilnerDev();
    var mcdev = d.multiconerDev();
    var test = d.ilnerTest();
    var dedup = d.ilnerTestDedup();
    for (float b : new float[] {0f, 0.5f, 1f, 2f, 3f, 4f, 6f, 8f}) {
      NerModel x = m.withEntityBias(b);
      NerEvaluation e = NerData.evaluate(x, dev);
      NerEvaluation mc = NerData.evaluate(x, mcdev);
      System.out.printf(Locale.ROOT,
          "bias %.1f: dev P %.2f R %.2f F %.2f | mcdev P %.2f R %.2f F %.2f | test %.2f dedup %.2f%n", b,
          100 * e.micro().precision(), 100 * e.micro().recall(), 100 * e.micro().f1(),
          100 * mc.micro().precision(), 100 * mc.micro().recall(), 100 * mc.micro().f1(),
          100 * NerData.evaluate(x, test).micro().f1(), 100 * NerData.evaluate(x, dedup).micro().f1());
    }
  }
}
