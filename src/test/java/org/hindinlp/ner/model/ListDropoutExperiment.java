package org.hindinlp.ner.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hindinlp.eval.NewsDevEvaluation;
import org.hindinlp.eval.NewsDevSet;
import org.hindinlp.ner.EntityTagger;

/**
 * List-feature dropout, on the development sets only: trains on IL-NER train + MultiCoNER II train
 * with the built-in list features, without and with dropout ({@code -Dvariants=0:0,0.1:0.3,…} as
 * sentence:match probabilities), and prints for each model: the model alone with and without the
 * lists, and the combined tagger, on IL-NER dev, MultiCoNER II dev and the news development set.
 *
 * <pre>
 * java -Xmx3g -cp target/classes:target/test-classes:$(cat target/cp.txt) org.hindinlp.ner.model.ListDropoutExperiment ../shared
 * </pre>
 */
final class ListDropoutExperiment {
  public static void main(String[] args) throws Exception {
    NerData d = new NerData(Path.of(args.length > 0 ? args[0] : "../shared"));
    List<NerCorpus.Sentence> train = new ArrayList<>(d.ilnerTrain());
    train.addAll(d.multiconerTrain());
    var ilDev = d.ilnerDev();
    var mcDev = d.multiconerDev();
    List<NewsDevSet.Article> news = NewsDevSet.read(NewsDevSet.ROOT.resolve(System.getProperty("news", "gold")));
    int epochs = Integer.getInteger("epochs", 9);
    long seed = Long.getLong("seed", 42L);
    for (String v : System.getProperty("variants", "0:0,0.1:0.3,0.2:0.5").split(",")) {
      String[] p = v.split(":");
      double sp = Double.parseDouble(p[0]);
      double mp = Double.parseDouble(p[1]);
      EntityListFeatures lists = EntityListFeatures.builtIn();
      long t0 = System.nanoTime();
      NerModel m =
          NerTrainer.train(
              train,
              NerTrainer.Options.defaults().withEpochs(epochs).withSeed(seed).withDescription("dropout " + v)
                  .withGazetteer(sp == 0 && mp == 0 ? lists : lists.withDropout(sp, mp, seed)),
              s -> {});
      double secs = (System.nanoTime() - t0) / 1e9;
      EntityTagger combined = TestModels.builder(m).build();
      EntityTagger noLists = TestModels.builder(m).builtInLists(false).build();
      System.out.printf(Locale.ROOT,
          "dropout %s (%.0f s): model+listfeat IL %.2f MC %.2f | model nolists IL %.2f MC %.2f |"
              + " combined IL %.2f MC %.2f news %.2f | builtInLists(false) news %.2f%n",
          v, secs,
          NerData.evaluate(m, lists, ilDev).micro().f1() * 100, NerData.evaluate(m, lists, mcDev).micro().f1() * 100,
          NerData.evaluate(m, GazetteerFeatures.NONE, ilDev).micro().f1() * 100,
          NerData.evaluate(m, GazetteerFeatures.NONE, mcDev).micro().f1() * 100,
          EvaluateTagger.evaluate(combined::tagTokens, ilDev).micro().f1() * 100,
          EvaluateTagger.evaluate(combined::tagTokens, mcDev).micro().f1() * 100,
          NewsDevEvaluation.score(news, t -> NewsDevEvaluation.mentions(combined.tag(t)), null).microF1(),
          NewsDevEvaluation.score(news, t -> NewsDevEvaluation.mentions(noLists.tag(t)), null).microF1());
    }
  }
}
