package org.hindinlp.ner.model;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Scratch: writes the sorted feature hashes of every token of a gold set (refactoring check). */
final class FeatureDump {
  public static void main(String[] args) throws Exception {
    NerData d = new NerData(Path.of("../shared"));
    List<NerCorpus.Sentence> all = new ArrayList<>(d.ilnerTest());
    all.addAll(d.multiconerDev());
    FeatureExtractor fx = new FeatureExtractor(WordClusters.loadDefault());
    ListGazetteer g = ListGazetteer.fromShared(d.shared);
    try (PrintWriter w = new PrintWriter(args[0])) {
      for (NerCorpus.Sentence s : all) {
        for (long[] tok : fx.extract(s.tokens(), g)) {
          long[] c = tok.clone();
          Arrays.sort(c);
          w.println(Arrays.toString(c));
        }
      }
    }
  }
}
