package org.hindinlp.ner.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Self-training runs on the development sets only (IL-NER dev, MultiCoNER II dev; never IL-NER
 * test): for each seed, the base model (IL-NER train 0–5687 + MultiCoNER II train, built-in list
 * features, 9 epochs) tags the unlabelled sentences of {@link SelfTraining}, then one model per
 * variant is trained on the gold data + the selected auto-labelled sentences, same seed and epochs.
 *
 * <p>Variants ({@code -Dvariants=all:1,ent:1,all:0.5,...}): {@code all} or {@code ent} (only
 * sentences with a predicted entity), then the fraction kept by margin (1 = all of the pool);
 * {@code part} is {@code ent} with only the predicted spans as labels: every O becomes {@link
 * NerTrainer#UNKNOWN}, so the auto-labels teach names in context and never "not a name"; then
 * options joined by {@code +}: {@code il} or {@code wiki} (only that source), {@code agree}
 * (only sentences two more base models, seeds + 1000 and + 2000, label the same way), {@code r2}
 * (second round: the self-trained model relabels the same pool and a model is trained again). {@code -Dsources=il,wiki} chooses the unlabelled sources. Unlabelled sentences equal to
 * a gold training sentence or to any sentence of the IL-NER dev file or MultiCoNER dev are
 * dropped.
 *
 * <pre>
 * java -Xmx3g -Dseeds=42,1 -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     org.hindinlp.ner.model.SelfTrainingExperiment ../shared
 * </pre>
 */
final class SelfTrainingExperiment {
  public static void main(String[] args) throws Exception {
    NerData d = new NerData(Path.of(args.length > 0 ? args[0] : "../shared"));
    int epochs = Integer.getInteger("epochs", 9);
    List<NerCorpus.Sentence> gold = new ArrayList<>(d.ilnerTrain());
    gold.addAll(d.multiconerTrain());
    var dev = d.ilnerDev();
    var mcdev = d.multiconerDev();
    Set<List<String>> exclude = SelfTraining.tokensOf(gold);
    exclude.addAll(SelfTraining.tokensOf(NerCorpus.readIlNer(d.ilner("dev"), Integer.MAX_VALUE)));
    exclude.addAll(SelfTraining.tokensOf(mcdev));
    List<String> sources = Arrays.asList(System.getProperty("sources", "il,wiki").split(","));
    List<List<String>> unlabelled = SelfTraining.unlabelled(d, sources, exclude);
    long tokens = 0;
    for (List<String> s : unlabelled) {
      tokens += s.size();
    }
    System.out.printf(Locale.ROOT, "gold %d sentences; unlabelled (%s) %d sentences, %d tokens%n",
        gold.size(), sources, unlabelled.size(), tokens);
    Set<List<String>> il = new java.util.HashSet<>(SelfTraining.ilnerRemainder(d));
    EntityListFeatures gaz = EntityListFeatures.builtIn();
    String[] variants = System.getProperty("variants", "all:1,ent:1,all:0.5,ent:0.5,all:0.25,ent:0.25").split(",");
    for (String seedText : System.getProperty("seeds", "42,1").split(",")) {
      long seed = Long.parseLong(seedText.trim());
      NerTrainer.Options o = NerTrainer.Options.defaults().withEpochs(epochs).withSeed(seed).withGazetteer(gaz);
      long t0 = System.nanoTime();
      NerModel base = NerTrainer.train(gold, o, null);
      double baseSec = (System.nanoTime() - t0) / 1e9;
      report(seed, "baseline", base, gaz, dev, mcdev, gold.size(), baseSec);
      t0 = System.nanoTime();
      List<SelfTraining.Tagged> tagged = SelfTraining.tag(base, gaz, unlabelled);
      double[] m = tagged.stream().mapToDouble(SelfTraining.Tagged::margin).sorted().toArray();
      long withEnt = tagged.stream().filter(SelfTraining.Tagged::hasEntity).count();
      long mentions = 0;
      for (SelfTraining.Tagged t : tagged) {
        mentions += NerEvaluation.spans(t.sentence().labels()).size();
      }
      System.out.printf(Locale.ROOT,
          "seed %d: tagged in %.1f s; %d with entities, %d mentions; margin quartiles %.2f %.2f %.2f%n",
          seed, (System.nanoTime() - t0) / 1e9, withEnt, mentions, m[m.length / 4], m[m.length / 2],
          m[3 * m.length / 4]);
      Set<List<String>> agreed = null;
      for (String v : variants) {
        String[] p = v.split(":");
        boolean partial = p[0].equals("part");
        boolean ent = partial || p[0].equals("ent");
        double keep = Double.parseDouble(p[1]);
        List<String> opts = p.length > 2 ? Arrays.asList(p[2].split("\\+")) : List.of();
        boolean round2 = opts.contains("r2");
        if (opts.contains("agree") && agreed == null) {
          agreed = agreement(gold, o, gaz, unlabelled, tagged);
        }
        List<SelfTraining.Tagged> pool = new ArrayList<>();
        for (SelfTraining.Tagged t : tagged) {
          List<String> toks = t.sentence().tokens();
          if ((!opts.contains("il") || il.contains(toks))
              && (!opts.contains("wiki") || !il.contains(toks))
              && (!opts.contains("agree") || agreed.contains(toks))) {
            pool.add(t);
          }
        }
        double[] cut = new double[1];
        List<NerCorpus.Sentence> auto = SelfTraining.select(pool, ent, keep, cut);
        if (partial) {
          auto = SelfTraining.spansOnly(auto);
        }
        List<NerCorpus.Sentence> train = new ArrayList<>(gold);
        train.addAll(auto);
        t0 = System.nanoTime();
        NerModel self = NerTrainer.train(train, o, null);
        if (round2) {
          List<SelfTraining.Tagged> again = SelfTraining.tag(self, gaz, unlabelled);
          List<SelfTraining.Tagged> again2 = new ArrayList<>();
          Set<List<String>> chosen = SelfTraining.tokensOf(pool.stream().map(SelfTraining.Tagged::sentence).toList());
          for (SelfTraining.Tagged t : again) {
            if (chosen.contains(t.sentence().tokens())) {
              again2.add(t);
            }
          }
          auto = SelfTraining.select(again2, ent, keep, cut);
          if (partial) {
            auto = SelfTraining.spansOnly(auto);
          }
          train = new ArrayList<>(gold);
          train.addAll(auto);
          self = NerTrainer.train(train, o, null);
        }
        double sec = (System.nanoTime() - t0) / 1e9;
        report(seed, v + " (margin >= " + String.format(Locale.ROOT, "%.2f", cut[0]) + ", +" + auto.size() + ")",
            self, gaz, dev, mcdev, train.size(), sec);
      }
    }
  }

  /** Sentences on which two more base models (seeds + 1000, + 2000) give the same labels. */
  private static Set<List<String>> agreement(List<NerCorpus.Sentence> gold, NerTrainer.Options o,
      GazetteerFeatures gaz, List<List<String>> unlabelled, List<SelfTraining.Tagged> tagged) throws java.io.IOException {
    long t0 = System.nanoTime();
    List<SelfTraining.Tagged> b = SelfTraining.tag(NerTrainer.train(gold, o.withSeed(o.seed() + 1000), null), gaz, unlabelled);
    List<SelfTraining.Tagged> c = SelfTraining.tag(NerTrainer.train(gold, o.withSeed(o.seed() + 2000), null), gaz, unlabelled);
    Set<List<String>> out = new java.util.HashSet<>();
    int ent = 0;
    for (int i = 0; i < tagged.size(); i++) {
      List<String> l = tagged.get(i).sentence().labels();
      if (l.equals(b.get(i).sentence().labels()) && l.equals(c.get(i).sentence().labels())) {
        out.add(tagged.get(i).sentence().tokens());
        ent += tagged.get(i).hasEntity() ? 1 : 0;
      }
    }
    System.out.printf(Locale.ROOT, "agreement of 3 base models: %d of %d sentences (%d with entities), %.1f s%n",
        out.size(), tagged.size(), ent, (System.nanoTime() - t0) / 1e9);
    return out;
  }

  private static void report(long seed, String name, NerModel m, GazetteerFeatures gaz,
      List<NerCorpus.Sentence> dev, List<NerCorpus.Sentence> mcdev, int sentences, double sec) {
    NerEvaluation a = NerData.evaluate(m, gaz, dev);
    NerEvaluation b = NerData.evaluate(m, gaz, mcdev);
    System.out.printf(Locale.ROOT,
        "RESULT seed %d  %-40s dev %.2f  mcdev %.2f  (P/R dev %.1f/%.1f, mcdev %.1f/%.1f; %d sentences, train %.1f s)%n",
        seed, name, 100 * a.micro().f1(), 100 * b.micro().f1(), 100 * a.micro().precision(),
        100 * a.micro().recall(), 100 * b.micro().precision(), 100 * b.micro().recall(), sentences, sec);
  }
}
