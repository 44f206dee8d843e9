package org.hindinlp.ner.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tuning runs on the development sets only (IL-NER dev, MultiCoNER II dev): trains on IL-NER train
 * + MultiCoNER II train with the built-in list features and, with {@code -Ddict=true}, the
 * jackknifed dictionary of the training entities ({@link TrainDictionary}, {@code -Dfolds=10}).
 * Prints dev F1 after each epoch. Never looks at IL-NER test. Other switches: {@code
 * -DfoldByText=true} (jackknife folds by sentence text, so that duplicate sentences share a fold),
 * {@code -DilnerCopies=2} (IL-NER train twice), {@code -Daugment=true} (mention replacement: a
 * copy of every training sentence with entities, each span replaced by a random training span of
 * the same type), {@code -Ddomain=true} (a corpus tag on every
 * token). (The feature variants of the ablation in docs/history/model.md ran on commit b2affe1, whose
 * feature switches main no longer has: check that commit out to rerun them.)
 *
 * <pre>
 * java -Xmx3g -Dseed=42 -Depochs=12 -Ddict=true -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.hindinlp.ner.model.DevExperiment ../shared
 * </pre>
 */
final class DevExperiment {
  public static void main(String[] args) throws Exception {
    NerData d = new NerData(Path.of(args.length > 0 ? args[0] : "../shared"));
    int epochs = Integer.getInteger("epochs", 12);
    List<NerCorpus.Sentence> train = new ArrayList<>(d.ilnerTrain());
    for (int r = 1; r < Integer.getInteger("ilnerCopies", 1); r++) {
      for (NerCorpus.Sentence s : d.ilnerTrain()) {
        train.add(new NerCorpus.Sentence(new ArrayList<>(s.tokens()), s.labels()));
      }
    }
    train.addAll(d.multiconerTrain());
    if (Boolean.getBoolean("augment")) {
      train.addAll(substituted(train, Long.getLong("seed", 42L), Integer.getInteger("augCopies", 1)));
    }
    var dev = d.ilnerDev();
    var mcdev = d.multiconerDev();
    boolean dict = Boolean.getBoolean("dict");
    int folds = Integer.getInteger("folds", 10);
    EntityListFeatures builtIn = EntityListFeatures.builtIn();
    GazetteerFeatures trainGaz = builtIn;
    GazetteerFeatures evalGaz = builtIn;
    if (dict) {
      TrainDictionary full = TrainDictionary.build(train);
      Map<List<String>, TrainDictionary> bySentence = new IdentityHashMap<>();
      boolean byHash = Boolean.getBoolean("foldByText");
      int[] fold = new int[train.size()];
      for (int i = 0; i < fold.length; i++) {
        fold[i] = byHash ? Math.floorMod(train.get(i).tokens().hashCode(), folds) : i % folds;
      }
      for (int f = 0; f < folds; f++) {
        List<NerCorpus.Sentence> rest = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
          if (fold[i] != f) {
            rest.add(train.get(i));
          }
        }
        TrainDictionary td = TrainDictionary.build(rest);
        for (int i = 0; i < train.size(); i++) {
          if (fold[i] == f) {
            bySentence.put(train.get(i).tokens(), td);
          }
        }
      }
      System.err.println("dictionary names: " + full.size());
      trainGaz = tokens -> TrainDictionary.merge(builtIn.tags(tokens), bySentence.get(tokens).tags(tokens));
      evalGaz = tokens -> TrainDictionary.merge(builtIn.tags(tokens), full.tags(tokens));
    }
    if (Boolean.getBoolean("domain")) {
      java.util.Set<List<String>> mc = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      for (NerCorpus.Sentence s : train.subList(train.size() - d.multiconerTrain().size(), train.size())) {
        mc.add(s.tokens());
      }
      java.util.Set<List<String>> mcd = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      for (NerCorpus.Sentence s : mcdev) {
        mcd.add(s.tokens());
      }
      boolean evalNews = Boolean.getBoolean("evalNews");
      GazetteerFeatures tg = trainGaz;
      GazetteerFeatures egz = evalGaz;
      trainGaz = tokens -> withDomain(tg.tags(tokens), tokens.size(), mc.contains(tokens) ? "mc" : "il");
      evalGaz = tokens -> withDomain(egz.tags(tokens), tokens.size(),
          !evalNews && mcd.contains(tokens) ? "mc" : "il");
    }
    NerTrainer.Options o = NerTrainer.Options.defaults().withEpochs(epochs)
        .withSeed(Long.getLong("seed", 42L)).withGazetteer(trainGaz);
    long t0 = System.nanoTime();
    final GazetteerFeatures eg = evalGaz;
    NerTrainer.train(train, o, null, (ep, m) -> {
      NerEvaluation a = NerData.evaluate(m, eg, dev);
      NerEvaluation b = NerData.evaluate(m, eg, mcdev);
      System.out.printf(Locale.ROOT, "ep %2d feats %d  dev %.2f  mcdev %.2f  mean %.2f%n", ep, m.featureCount(),
          100 * a.micro().f1(), 100 * b.micro().f1(), 50 * (a.micro().f1() + b.micro().f1()));
      if (ep == epochs) {
        System.out.println("dev\n" + a.report(NerCorpus.TYPES));
        System.out.println("mcdev\n" + b.report(NerCorpus.TYPES));
      }
    });
    System.err.printf("total %.1f s%n", (System.nanoTime() - t0) / 1e9);
  }

  /** Mention replacement: copies of the sentences with entities, each span replaced by a random span of the same type. */
  static List<NerCorpus.Sentence> substituted(List<NerCorpus.Sentence> data, long seed, int copies) {
    Map<String, List<List<String>>> byType = new java.util.TreeMap<>();
    for (NerCorpus.Sentence s : data) {
      for (NerEvaluation.Span sp : NerEvaluation.spans(s.labels())) {
        byType.computeIfAbsent(sp.type(), k -> new ArrayList<>()).add(s.tokens().subList(sp.start(), sp.end()));
      }
    }
    java.util.Random rnd = new java.util.Random(seed ^ 0x5DEECE66DL);
    List<NerCorpus.Sentence> out = new ArrayList<>();
    for (int c = 0; c < copies; c++) {
      for (NerCorpus.Sentence s : data) {
        List<NerEvaluation.Span> spans = NerEvaluation.spans(s.labels());
        if (spans.isEmpty()) {
          continue;
        }
        List<String> toks = new ArrayList<>();
        List<String> labs = new ArrayList<>();
        int i = 0;
        for (NerEvaluation.Span sp : spans) {
          for (; i < sp.start(); i++) {
            toks.add(s.tokens().get(i));
            labs.add(s.labels().get(i));
          }
          List<List<String>> pool = byType.get(sp.type());
          List<String> repl = pool.get(rnd.nextInt(pool.size()));
          for (int k = 0; k < repl.size(); k++) {
            toks.add(repl.get(k));
            labs.add((k == 0 ? "B-" : "I-") + sp.type());
          }
          i = sp.end();
        }
        for (; i < s.tokens().size(); i++) {
          toks.add(s.tokens().get(i));
          labs.add(s.labels().get(i));
        }
        out.add(new NerCorpus.Sentence(toks, labs));
      }
    }
    return out;
  }

  static List<List<String>> withDomain(List<List<String>> tags, int n, String domain) {
    List<List<String>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<String> t = new ArrayList<>();
      if (tags != null && tags.get(i) != null) {
        t.addAll(tags.get(i));
      }
      t.add("DOM@" + domain);
      out.add(t);
    }
    return out;
  }
}
