package org.hindinlp.ner.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Scratch: trains like Experiment and prints the span errors on a gold set. */
final class ErrorDump {
  public static void main(String[] args) throws Exception {
    NerData d = new NerData(Path.of("../shared"));
    List<NerCorpus.Sentence> train = new ArrayList<>(d.ilnerTrain());
    if (!Boolean.getBoolean("noMc")) {
      train.addAll(d.multiconerTrain());
    }
    String which = System.getProperty("set", "dev");
    List<NerCorpus.Sentence> gold =
        which.equals("dev") ? d.ilnerDev() : which.equals("test") ? d.ilnerTest() : d.multiconerDev();
    NerModel m =
        Boolean.getBoolean("shipped")
            ? NerModel.loadDefault()
            : NerTrainer.train(
                train, NerTrainer.Options.defaults().withGazetteer(EntityListFeatures.builtIn()), null);
    Map<String, Integer> kinds = new HashMap<>();
    for (NerCorpus.Sentence s : gold) {
      List<String> pred = m.tag(s.tokens());
      Set<NerEvaluation.Span> g = new HashSet<>(NerEvaluation.spans(s.labels()));
      Set<NerEvaluation.Span> p = new HashSet<>(NerEvaluation.spans(pred));
      StringBuilder sb = new StringBuilder();
      for (NerEvaluation.Span x : g) {
        if (!p.contains(x)) {
          String kind = "FN";
          for (NerEvaluation.Span y : p) {
            if (y.start() < x.end() && x.start() < y.end()) {
              kind = y.start() == x.start() && y.end() == x.end() ? "TYPE" : "BOUND";
            }
          }
          kinds.merge(kind + " " + x.type(), 1, Integer::sum);
          sb.append("  ").append(kind).append(" gold ").append(x.type()).append(" [")
              .append(String.join(" ", s.tokens().subList(x.start(), x.end()))).append("]\n");
        }
      }
      for (NerEvaluation.Span y : p) {
        if (!g.contains(y)) {
          boolean overlap = false;
          for (NerEvaluation.Span x : g) {
            overlap |= y.start() < x.end() && x.start() < y.end();
          }
          if (!overlap) {
            kinds.merge("FP " + y.type(), 1, Integer::sum);
          }
          sb.append("  ").append(overlap ? "~" : "FP").append(" pred ").append(y.type()).append(" [")
              .append(String.join(" ", s.tokens().subList(y.start(), y.end()))).append("]\n");
        }
      }
      if (sb.length() > 0) {
        System.out.println(String.join(" ", s.tokens()));
        System.out.print(sb);
      }
    }
    System.out.println(kinds);
  }
}
