package org.hindinlp.ner.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Scratch: time spent in list matching vs. the whole tag call, after warm-up. */
final class SpeedParts {
  public static void main(String[] a) throws Exception {
    List<NerCorpus.Sentence> all = new NerData(Path.of("../shared")).ilnerTest();
    NerModel m = NerModel.loadDefault();
    GazetteerFeatures g = m.defaultGazetteer();
    for (int round = 0; round < 6; round++) {
      long gz = 0;
      long tag = 0;
      long tokens = 0;
      for (int rep = 0; rep < 5; rep++) {
        for (NerCorpus.Sentence s : all) {
          long t0 = System.nanoTime();
          g.tags(s.tokens());
          long t1 = System.nanoTime();
          m.tag(s.tokens());
          long t2 = System.nanoTime();
          gz += t1 - t0;
          tag += t2 - t1;
          tokens += s.tokens().size();
        }
      }
      System.out.printf(Locale.ROOT, "lists %.0f ns/token, whole tag %.0f ns/token%n",
          (double) gz / tokens, (double) tag / tokens);
    }
  }
}
