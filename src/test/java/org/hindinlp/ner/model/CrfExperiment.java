package org.hindinlp.ner.model;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fourth-round experiment (task D4): the same model trained as a linear-chain CRF ({@link
 * CrfTrainer}) against the averaged perceptron, on the development sets only (IL-NER dev,
 * MultiCoNER II dev; never IL-NER test). Trains on IL-NER train + MultiCoNER II train with the
 * built-in list features, as {@link DevExperiment}. Prints micro P / R / F1 on both dev sets after
 * every {@code -Devery} epochs (and the last), the model file size, and the training CPU time.
 *
 * <pre>
 * java -Xmx3g -Dalgo=crf -Davg=1 -Dc2=1 -Deta0=0.1 -Ddecay=1 -Dpairs=observed -Dseed=42 -Depochs=9 \
 *     -cp target/classes:target/test-classes:$(cat cp.txt) org.hindinlp.ner.model.CrfExperiment ../shared
 * java -Xmx3g -Dalgo=crf -Dlbfgs=10 -Dc2=1 -Dpairs=all -Dprune=0.001 -Depochs=150 -Devery=25 -cp ... \
 *     org.hindinlp.ner.model.CrfExperiment ../shared
 * java -Xmx3g -Dalgo=perceptron -Dseed=42 -Depochs=9 -cp ... org.hindinlp.ner.model.CrfExperiment ../shared
 * </pre>
 *
 * <p>{@code -Davg=k}: average the SGD iterates from epoch k on; {@code -Dlbfgs=m}: full-batch
 * L-BFGS with memory m, {@code -Depochs} then counting iterations; {@code -Dpairs=all}: weights for
 * every (feature, label) pair, with {@code -Dprune}; {@code -Dsave=FILE}; {@code -Dquiet=true}.
 * Results: docs/model-experiments.md, "Fourth round: CRF training".
 */
final class CrfExperiment {
  public static void main(String[] args) throws Exception {
    NerData d = new NerData(Path.of(args.length > 0 ? args[0] : "../shared"));
    int epochs = Integer.getInteger("epochs", 9);
    int every = Integer.getInteger("every", 1);
    long seed = Long.getLong("seed", 42L);
    String algo = System.getProperty("algo", "crf");
    List<NerCorpus.Sentence> train = new ArrayList<>(d.ilnerTrain());
    train.addAll(d.multiconerTrain());
    var dev = d.ilnerDev();
    var mcdev = d.multiconerDev();
    EntityListFeatures gaz = EntityListFeatures.builtIn();
    NerTrainer.Options o =
        NerTrainer.Options.defaults().withEpochs(epochs).withSeed(seed).withGazetteer(gaz);
    CrfTrainer.Settings crf =
        new CrfTrainer.Settings(
            Double.parseDouble(System.getProperty("c2", "1")),
            Double.parseDouble(System.getProperty("eta0", "0.1")),
            Double.parseDouble(System.getProperty("decay", "1")),
            !"all".equals(System.getProperty("pairs", "observed")),
            Double.parseDouble(System.getProperty("prune", "0")),
            Integer.getInteger("avg", 0),
            Integer.getInteger("lbfgs", 0));
    String tag = algo.equals("crf") ? crf.toString() : "perceptron";
    System.out.println("# " + tag + " seed " + seed + " epochs " + epochs);
    var bean = java.lang.management.ManagementFactory.getThreadMXBean();
    long[] evalCpu = {0};
    long cpu0 = bean.getCurrentThreadCpuTime();
    NerTrainer.EpochListener listener =
        (ep, m) -> {
          if (ep % every != 0 && ep != epochs) {
            return;
          }
          long e0 = bean.getCurrentThreadCpuTime();
          NerEvaluation a = NerData.evaluate(m, gaz, dev);
          NerEvaluation b = NerData.evaluate(m, gaz, mcdev);
          System.out.printf(
              Locale.ROOT,
              "ep %2d feats %d  dev P %.2f R %.2f F %.2f  mcdev P %.2f R %.2f F %.2f  mean %.2f%n",
              ep, m.featureCount(),
              100 * a.micro().precision(), 100 * a.micro().recall(), 100 * a.micro().f1(),
              100 * b.micro().precision(), 100 * b.micro().recall(), 100 * b.micro().f1(),
              50 * (a.micro().f1() + b.micro().f1()));
          if (ep == epochs) {
            try {
              ByteArrayOutputStream bytes = new ByteArrayOutputStream();
              m.write(bytes);
              System.out.printf(Locale.ROOT, "model size %.2f MB%n", bytes.size() / 1e6);
              String save = System.getProperty("save");
              if (save != null) {
                m.save(Path.of(save));
              }
            } catch (java.io.IOException ex) {
              throw new java.io.UncheckedIOException(ex);
            }
          }
          evalCpu[0] += bean.getCurrentThreadCpuTime() - e0;
        };
    java.util.function.Consumer<String> progress =
        Boolean.getBoolean("quiet") ? null : System.err::println;
    if (algo.equals("crf")) {
      CrfTrainer.train(train, o, crf, progress, listener);
    } else {
      NerTrainer.train(train, o, progress, listener);
    }
    System.out.printf(
        Locale.ROOT, "train cpu %.1f s (without evaluation)%n",
        (bean.getCurrentThreadCpuTime() - cpu0 - evalCpu[0]) / 1e9);
  }
}
