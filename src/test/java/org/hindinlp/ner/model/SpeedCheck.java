package org.hindinlp.ner.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Scratch: single-thread tagging speed on IL-NER test after warm-up (JMH is the real benchmark). */
final class SpeedCheck {
  public static void main(String[] args) throws Exception {
    NerData d = new NerData(Path.of("../shared"));
    List<NerCorpus.Sentence> all = d.ilnerTest();
    NerModel m = NerModel.loadDefault();
    for (int round = 0; round < 6; round++) {
      long tokens = 0;
      long t0 = System.nanoTime();
      for (int rep = 0; rep < 5; rep++) {
        for (NerCorpus.Sentence s : all) {
          m.tag(s.tokens());
          tokens += s.tokens().size();
        }
      }
      System.out.printf(Locale.ROOT, "round %d: %.0f tokens/s%n", round, tokens / ((System.nanoTime() - t0) / 1e9));
    }
  }
}
