package org.hindinlp.ner.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.hindinlp.ner.EntityTagger;

/**
 * Development-set diagnosis (never on a test set): the mentions where the combined tagger and the
 * model alone disagree, each marked whether it was right by the gold, on IL-NER dev or MultiCoNER
 * II dev ({@code -Dset=mc|il}), trained on the train parts only.
 *
 * <pre>
 * java -Dset=mc -cp target/classes:target/test-classes:$(cat target/cp.txt) org.hindinlp.ner.model.CombinationDiff ../shared
 * </pre>
 */
final class CombinationDiff {
  public static void main(String[] args) throws Exception {
    NerData d = new NerData(Path.of(args.length > 0 ? args[0] : "../shared"));
    List<NerCorpus.Sentence> train = new ArrayList<>(d.ilnerTrain());
    train.addAll(d.multiconerTrain());
    EntityListFeatures lists = EntityListFeatures.builtIn();
    double sp = Double.parseDouble(System.getProperty("sp", "0.1"));
    double mp = Double.parseDouble(System.getProperty("mp", "0.3"));
    NerModel m = NerTrainer.train(train, NerTrainer.Options.defaults().withEpochs(9).withSeed(42)
        .withGazetteer(sp == 0 && mp == 0 ? lists : lists.withDropout(sp, mp, 42)), s -> {});
    EntityTagger combined = TestModels.builder(m).build();
    var dev = System.getProperty("set", "mc").equals("mc") ? d.multiconerDev() : d.ilnerDev();
    TreeMap<String, Integer> kinds = new TreeMap<>();
    for (NerCorpus.Sentence s : dev) {
      Set<String> gold = spans(s.tokens(), s.labels());
      Set<String> model = spans(s.tokens(), m.tag(s.tokens(), lists));
      Set<String> comb = spans(s.tokens(), combined.tagTokens(s.tokens()));
      for (String x : comb) {
        if (!model.contains(x)) {
          String k = gold.contains(x) ? "combined only, right" : "combined only, wrong";
          kinds.merge(k, 1, Integer::sum);
          System.out.println(k + "\t" + x + "\t" + String.join(" ", s.tokens()));
        }
      }
      for (String x : model) {
        if (!comb.contains(x)) {
          String k = gold.contains(x) ? "model only, right" : "model only, wrong";
          kinds.merge(k, 1, Integer::sum);
          System.out.println(k + "\t" + x + "\t" + String.join(" ", s.tokens()));
        }
      }
    }
    System.out.println(kinds);
  }

  static Set<String> spans(List<String> tokens, List<String> labels) {
    Set<String> out = new HashSet<>();
    for (NerEvaluation.Span sp : NerEvaluation.spans(labels)) {
      out.add(sp.type() + ":" + String.join(" ", tokens.subList(sp.start(), sp.end())) + "@" + sp.start());
    }
    return out;
  }
}
