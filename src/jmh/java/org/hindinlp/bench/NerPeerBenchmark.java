package org.hindinlp.bench;

import static org.hindinlp.bench.InterleavedRounds.sumOver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.hindinlp.ner.EntityTagger;
import org.hindinlp.ner.model.NerCorpus;
import org.hindinlp.ner.model.NerEvaluation;
import org.hindinlp.ner.model.NerModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The combined entity tagger against its peer from issue 5, Apache OpenNLP's {@code NameFinderME}
 * (a benchmark-only dependency), on the same sentences in the same run.
 *
 * <p>The peer: OpenNLP 2.5, {@code NameFinderME} with its default feature generators and BIO codec,
 * trained with the perceptron (100 iterations, feature cut-off 0: see {@link #CUTOFF}) on IL-NER train
 * (annotated part, sentences 0–5687) and MultiCoNER II train, mapped to PERSON / LOCATION /
 * ORGANIZATION by our own readers ({@link NerCorpus}). The model is trained once and kept in
 * {@value #OPENNLP_MODEL} (below the working directory); delete it to retrain.
 *
 * <p>Input: the sentences of IL-NER test (0–711) and dev (0–712), as the readers give them
 * (canonically normalized tokens); every operation tags all of them. Tokens per second = ops/s ×
 * the token count printed by {@link #main} (the same token lists for every benchmark):
 *
 * <ul>
 *   <li>{@code peer_opennlp_find}: {@code NameFinderME.find(String[])} per sentence, {@code
 *       clearAdaptiveData()} after each sentence (IL-NER has no document boundaries);
 *   <li>{@code ner_tagTokens}: {@code EntityTagger.standard().tagTokens(tokens)}, the same
 *       pre-tokenized input: <b>the fair comparison</b>;
 *   <li>{@code ner_tagText}: {@code EntityTagger.standard().tag(text)} on the tokens joined by
 *       spaces: also normalizes, tokenizes and splits sentences (more work than the peer does);
 *   <li>{@code model_tag}: the statistical model alone, {@code NerModel.loadDefault().tag(tokens)}
 *       (with its built-in list features).
 * </ul>
 *
 * <p>Run (after {@code mvn -B -Pbench -DskipTests package}):
 *
 * <pre>
 * java -Dhindinlp.shared=../shared -cp target/benchmarks.jar org.hindinlp.bench.NerPeerBenchmark train
 *     # trains the OpenNLP model if absent, prints its F1 on IL-NER test and the token count
 * java -Dhindinlp.shared=../shared -cp target/benchmarks.jar org.hindinlp.bench.NerPeerBenchmark jmh
 *     # one JMH run of the four benchmarks, tokens/s and the ratios to OpenNLP (wall and CPU)
 * java -Dhindinlp.shared=../shared -Xms1g -Xmx1g -cp target/benchmarks.jar \
 *     org.hindinlp.bench.NerPeerBenchmark interleaved [ROUNDS]
 * java -Dhindinlp.shared=../shared -cp target/benchmarks.jar org.hindinlp.bench.NerPeerBenchmark heap
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
// Long warm-up: the tagger's hot path is large, and on a loaded 2-core machine C2 takes 10-40 s
// to compile it; until then it runs about 4x slower (measured pass by pass), and the compiler
// thread's CPU counts in cpu.ns/op.
@Warmup(iterations = 12, time = 3)
@Measurement(iterations = 5, time = 3)
@State(Scope.Benchmark)
public class NerPeerBenchmark {

  /** Where the trained OpenNLP model is kept, relative to the working directory. */
  public static final String OPENNLP_MODEL = "target/opennlp-ner-hi.bin";

  private List<List<String>> sentences;
  private String[][] arrays;
  private String[] texts;
  private NameFinderME opennlp;
  private EntityTagger tagger;
  private NerModel model;

  @Setup
  public void setUp() throws IOException {
    sentences = evalSentences();
    arrays = arrays(sentences);
    texts = texts(sentences);
    opennlp = new NameFinderME(openNlpModel());
    tagger = EntityTagger.standard();
    model = NerModel.loadDefault();
  }

  @Benchmark
  public void peer_opennlp_find(Blackhole bh) {
    for (String[] s : arrays) {
      bh.consume(opennlp.find(s));
      opennlp.clearAdaptiveData();
    }
  }

  @Benchmark
  public void ner_tagTokens(Blackhole bh) {
    for (List<String> s : sentences) {
      bh.consume(tagger.tagTokens(s));
    }
  }

  @Benchmark
  public void ner_tagText(Blackhole bh) {
    for (String t : texts) {
      bh.consume(tagger.tag(t));
    }
  }

  @Benchmark
  public void model_tag(Blackhole bh) {
    for (List<String> s : sentences) {
      bh.consume(model.tag(s));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Data and the peer's model

  static Path shared() {
    return BenchmarkTexts.sharedRoot();
  }

  /** IL-NER test (0–711) then dev (0–712): the same token lists for every benchmark. */
  static List<List<String>> evalSentences() throws IOException {
    List<List<String>> out = new ArrayList<>();
    for (NerCorpus.Sentence s : ilNerTest()) {
      out.add(List.copyOf(s.tokens()));
    }
    Path dev = shared().resolve("corpora/il-ner-hi/Hindi-dev.txt");
    for (NerCorpus.Sentence s : NerCorpus.readIlNer(dev, 713, false)) {
      out.add(List.copyOf(s.tokens()));
    }
    return out;
  }

  static List<NerCorpus.Sentence> ilNerTest() throws IOException {
    return NerCorpus.readIlNer(shared().resolve("corpora/il-ner-hi/Hindi-test.txt"), 712, false);
  }

  static String[][] arrays(List<List<String>> sentences) {
    String[][] a = new String[sentences.size()][];
    for (int i = 0; i < a.length; i++) {
      a[i] = sentences.get(i).toArray(String[]::new);
    }
    return a;
  }

  static String[] texts(List<List<String>> sentences) {
    String[] a = new String[sentences.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = String.join(" ", sentences.get(i));
    }
    return a;
  }

  static long tokenCount(List<List<String>> sentences) {
    long n = 0;
    for (List<String> s : sentences) {
      n += s.size();
    }
    return n;
  }

  /** The peer's model: loaded from {@value #OPENNLP_MODEL}, trained and saved there if absent. */
  static synchronized TokenNameFinderModel openNlpModel() throws IOException {
    Path file = Path.of(OPENNLP_MODEL);
    if (Files.isRegularFile(file)) {
      return new TokenNameFinderModel(file);
    }
    long t0 = System.nanoTime();
    TokenNameFinderModel m = trainOpenNlp();
    System.err.printf(Locale.ROOT, "# OpenNLP model trained in %.0f s%n", (System.nanoTime() - t0) / 1e9);
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    m.serialize(tmp);
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return m;
  }

  /**
   * The peer's feature count cut-off. OpenNLP's default (5) scores only 45.3 F1 on IL-NER test
   * here (and 28.9 trained on IL-NER alone); with 0 it scores 69.8, close to the 70.7 of issue 5.
   */
  static final int CUTOFF = 0;

  /**
   * Exactly the shipped model's training data: IL-NER train 0–5687 and dev 0–712 (dash tags
   * repaired) + MultiCoNER II train; perceptron, 100 iterations, cut-off {@value #CUTOFF}, default
   * features.
   */
  static TokenNameFinderModel trainOpenNlp() throws IOException {
    List<NerCorpus.Sentence> train = new ArrayList<>();
    train.addAll(NerCorpus.readIlNer(shared().resolve("corpora/il-ner-hi/Hindi-train.txt"), 5688, true));
    train.addAll(NerCorpus.readIlNer(shared().resolve("corpora/il-ner-hi/Hindi-dev.txt"), 713, true));
    train.addAll(NerCorpus.readMultiConer(shared().resolve("corpora/multiconer2-hi/hi-train.conll")));
    List<NameSample> samples = new ArrayList<>(train.size());
    for (NerCorpus.Sentence s : train) {
      samples.add(new NameSample(s.tokens().toArray(String[]::new), spans(s.labels()), true));
    }
    TrainingParameters p = TrainingParameters.defaultParams();
    p.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
    p.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
    return NameFinderME.train(
        "hi", null, ObjectStreamUtils.createObjectStream(samples), p, new TokenNameFinderFactory());
  }

  /** BIO labels to OpenNLP spans. */
  static Span[] spans(List<String> labels) {
    List<Span> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= labels.size(); i++) {
      String l = i < labels.size() ? labels.get(i) : "O";
      boolean inside = l.startsWith("I-") && l.substring(2).equals(type);
      if (start >= 0 && !inside) {
        out.add(new Span(start, i, type));
        start = -1;
        type = null;
      }
      if (l.startsWith("B-") || (l.startsWith("I-") && start < 0)) {
        start = i;
        type = l.substring(2);
      }
    }
    return out.toArray(Span[]::new);
  }

  /** OpenNLP spans to BIO labels. */
  static List<String> bio(Span[] spans, int n) {
    String[] l = new String[n];
    Arrays.fill(l, "O");
    for (Span s : spans) {
      for (int i = s.getStart(); i < s.getEnd(); i++) {
        l[i] = (i == s.getStart() ? "B-" : "I-") + s.getType();
      }
    }
    return List.of(l);
  }

  // ---------------------------------------------------------------------------------------------
  // Command line: train + F1, interleaved CPU-time rounds, heap after loading

  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "train";
    switch (mode) {
      case "train" -> trainAndScore();
      case "interleaved" -> interleaved(args.length > 1 ? Integer.parseInt(args[1]) : 20);
      case "heap" -> heap();
      case "jmh" -> jmh(args.length > 1 && args[1].equals("--quick"));
      default -> {
        System.err.println("usage: NerPeerBenchmark train | jmh [--quick] | interleaved [ROUNDS] | heap");
        System.exit(2);
      }
    }
  }

  private static void trainAndScore() throws IOException {
    TokenNameFinderModel m = openNlpModel();
    System.out.printf(Locale.ROOT, "# OpenNLP model %s: %,d bytes%n", OPENNLP_MODEL, Files.size(Path.of(OPENNLP_MODEL)));
    List<NerCorpus.Sentence> test = ilNerTest();
    for (boolean perSentence : new boolean[] {true, false}) {
      NameFinderME f = new NameFinderME(m);
      NerEvaluation ev = new NerEvaluation();
      for (NerCorpus.Sentence s : test) {
        Span[] found = f.find(s.tokens().toArray(String[]::new));
        if (perSentence) {
          f.clearAdaptiveData();
        }
        ev.add(s.labels(), bio(found, s.tokens().size()));
      }
      System.out.printf(Locale.ROOT, "# OpenNLP on IL-NER test (0-711), adaptive data cleared %s: micro F1 %.2f (%s)%n",
          perSentence ? "after every sentence" : "never", 100 * ev.micro().f1(), ev.micro());
    }
    EntityTagger t = EntityTagger.standard();
    NerEvaluation ev = new NerEvaluation();
    for (NerCorpus.Sentence s : test) {
      ev.add(s.labels(), t.tagTokens(s.tokens()));
    }
    System.out.printf(Locale.ROOT, "# combined tagger (tagTokens) on IL-NER test: micro F1 %.2f (%s)%n",
        100 * ev.micro().f1(), ev.micro());
    List<List<String>> eval = evalSentences();
    System.out.printf(Locale.ROOT, "# benchmark input: %d sentences, %d tokens per operation (tokens/s = ops/s x this)%n",
        eval.size(), tokenCount(eval));
  }

  /**
   * One JMH run of the four benchmarks (with {@link CpuTimeProfiler}); prints tokens/s by wall
   * clock and per CPU-second, and the ratios to OpenNLP measured in the same run.
   */
  private static void jmh(boolean quick) throws Exception {
    openNlpModel(); // trained here, once, not inside a fork
    long tokens = tokenCount(evalSentences());
    String[] names = {"peer_opennlp_find", "ner_tagTokens", "ner_tagText", "model_tag"};
    org.openjdk.jmh.runner.options.ChainedOptionsBuilder ob =
        new org.openjdk.jmh.runner.options.OptionsBuilder()
            .include(NerPeerBenchmark.class.getName() + "\\.")
            .resultFormat(org.openjdk.jmh.results.format.ResultFormatType.JSON)
            .result("target/jmh-ner-peer.json")
            .addProfiler(CpuTimeProfiler.class)
            .jvmArgsAppend("-D" + BenchmarkTexts.PROPERTY + "=" + BenchmarkTexts.sharedRoot());
    if (quick) {
      ob.warmupIterations(1).warmupTime(org.openjdk.jmh.runner.options.TimeValue.seconds(1))
          .measurementIterations(2).measurementTime(org.openjdk.jmh.runner.options.TimeValue.seconds(1));
    }
    java.util.Map<String, org.openjdk.jmh.results.RunResult> byName = new java.util.HashMap<>();
    for (org.openjdk.jmh.results.RunResult r : new org.openjdk.jmh.runner.Runner(ob.build()).run()) {
      String full = r.getParams().getBenchmark();
      byName.put(full.substring(full.lastIndexOf('.') + 1), r);
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "# %d tokens per operation; JSON in target/jmh-ner-peer.json%n", tokens);
    System.out.println("| benchmark | ops/s (± 99.9% CI) | tokens/s wall | CPU share | tokens per CPU-s"
        + " | ratio vs OpenNLP wall | ratio CPU |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|");
    org.openjdk.jmh.results.RunResult peer = byName.get(names[0]);
    for (String name : names) {
      org.openjdk.jmh.results.RunResult r = byName.get(name);
      if (r == null) {
        continue;
      }
      double ops = r.getPrimaryResult().getScore();
      double cpuNs = secondary(r, "cpu.ns/op");
      String wall = "(peer)";
      String cpu = "(peer)";
      if (r != peer && peer != null) {
        wall = String.format(Locale.ROOT, "**%.2f×**", ops / peer.getPrimaryResult().getScore());
        cpu = String.format(Locale.ROOT, "**%.2f×**", secondary(peer, "cpu.ns/op") / cpuNs);
      }
      System.out.printf(Locale.ROOT, "| %s | %.2f ± %.2f | %.0f | %.2f | %.0f | %s | %s |%n", name, ops,
          r.getPrimaryResult().getScoreError(), ops * tokens, secondary(r, "cpu.share"),
          tokens / (cpuNs / 1e9), wall, cpu);
    }
  }

  private static double secondary(org.openjdk.jmh.results.RunResult r, String label) {
    org.openjdk.jmh.results.Result<?> s = r.getSecondaryResults().get(label);
    return s == null ? Double.NaN : s.getScore();
  }

  private record Task(String name, InterleavedRounds.Op op) {}

  /**
   * Rounds of every operation in rotated order, each timed by the CPU time of the running thread;
   * ratios (peer CPU time / CPU time) taken within a round, median over rounds (see {@link
   * Interleaved}).
   */
  private static void interleaved(int rounds) throws Exception {
    List<List<String>> sentences = evalSentences();
    String[][] arrays = arrays(sentences);
    String[] texts = texts(sentences);
    long tokens = tokenCount(sentences);
    NameFinderME opennlp = new NameFinderME(openNlpModel());
    EntityTagger tagger = EntityTagger.standard();
    NerModel model = NerModel.loadDefault();
    List<Task> tasks = List.of(
        new Task("peer_opennlp_find",
            sumOver(Arrays.asList(arrays), a -> {
              long found = opennlp.find(a).length;
              opennlp.clearAdaptiveData();
              return found;
            })),
        new Task("ner_tagTokens",
            sumOver(sentences, a -> tagger.tagTokens(a).hashCode())),
        new Task("ner_tagText",
            sumOver(Arrays.asList(texts), a -> tagger.tag(a).size())),
        new Task("model_tag",
            sumOver(sentences, a -> model.tag(a).hashCode())));
    // Warm-up: at least 40 runs and 6 s of CPU each (see the @Warmup note).
    InterleavedRounds.Timings t =
        InterleavedRounds.run(tasks.stream().map(Task::op).toList(), rounds, 40, 6_000_000_000L);
    int n = tasks.size();
    System.out.printf(Locale.ROOT, "# %d sentences, %d tokens per operation; %d rounds; medians; checksum %d%n",
        sentences.size(), tokens, rounds, t.checksum());
    System.out.println();
    System.out.println("| operation | tokens per CPU-s | tokens/s wall | CPU share | ratio vs OpenNLP (CPU) |");
    System.out.println("|---|---:|---:|---:|---:|");
    for (int k = 0; k < n; k++) {
      String ratio = k == 0 ? "(peer)" : t.ratio(0, k);
      System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.2f | %s |%n", tasks.get(k).name(),
          tokens / (t.medianCpu(k) / 1e9), tokens / (t.medianWall(k) / 1e9), t.medianShare(k),
          ratio);
    }
    System.out.println();
    System.out.println("ratio: median over rounds of (OpenNLP CPU time / CPU time), with the quartiles");
  }

  /** Heap used after loading the standard tagger (lists, lexicon, model, clusters) and one tag. */
  private static void heap() throws IOException {
    Runtime rt = Runtime.getRuntime();
    long before = usedAfterGc(rt);
    long t0 = System.nanoTime();
    NerModel.loadDefault();
    long t1 = System.nanoTime();
    EntityTagger t = EntityTagger.standard();
    t.tag("नई दिल्ली में प्रधानमंत्री नरेंद्र मोदी ने कहा।");
    long t2 = System.nanoTime();
    long after = usedAfterGc(rt);
    System.out.printf(Locale.ROOT,
        "# model load %.0f ms (first NerModel.loadDefault, with clusters); standard tagger ready %.0f ms later%n",
        (t1 - t0) / 1e6, (t2 - t1) / 1e6);
    System.out.printf(Locale.ROOT, "# heap used after GC: %.1f MB before loading, %.1f MB after (+%.1f MB)%n",
        before / 1e6, after / 1e6, (after - before) / 1e6);
    // After a full pass over the benchmark sentences (the per-token caches filled as in use).
    for (List<String> s : evalSentences()) {
      t.tagTokens(s);
    }
    long warm = usedAfterGc(rt);
    System.out.printf(Locale.ROOT, "# heap used after GC once the benchmark sentences were tagged: %.1f MB%n", warm / 1e6);
  }

  private static long usedAfterGc(Runtime rt) {
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
