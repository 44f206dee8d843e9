package org.hindinlp.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.hindinlp.lucene.HindiNlpAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link HindiNlpAnalyzer} against Lucene's {@link HindiAnalyzer} on the same Hindi text: one
 * operation analyzes every document of the sample and reads every term, as indexing does.
 *
 * <p>The sample is the first {@value #LINES} sentences of the Dakshina Hindi Wikipedia text ({@code
 * corpora/dakshina-hi/hi.wiki-filt.valid.text.sorted.tsv.gz} under {@code -Dhindinlp.shared},
 * default {@code ../shared}), grouped {@value #PER_DOC} sentences to a document, about the size of
 * a news article. Run: {@code mvn -B -Pbench -DskipTests package && java -jar
 * target/benchmarks.jar AnalyzerBenchmark -prof org.hindinlp.bench.CpuTimeProfiler}.
 *
 * <p>{@link #main(String[])} is a cross-check for a busy machine: rounds that run the three
 * analyzers one after the other in a rotated order, timed by the thread's CPU time, with the
 * ratio taken within each round and the median reported ({@code java -cp target/benchmarks.jar
 * org.hindinlp.bench.AnalyzerBenchmark [ROUNDS]}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalyzerBenchmark {

  static final int LINES = 2000;
  static final int PER_DOC = 20;

  private List<String> documents;
  private Analyzer hindiNlp;
  private Analyzer hindiNlpStem;
  private Analyzer lucene;

  /** Loads the sample; a small loader of its own, to stay independent of other benchmarks. */
  static List<String> loadDocuments() {
    String shared = System.getProperty("hindinlp.shared", "../shared");
    Path file =
        Path.of(shared, "corpora/dakshina-hi/hi.wiki-filt.valid.text.sorted.tsv.gz").toAbsolutePath();
    List<String> docs = new ArrayList<>();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", LINES + 1);
      StringBuilder doc = new StringBuilder();
      for (int i = 0; i < Math.min(LINES, lines.length); i++) {
        String line = lines[i];
        doc.append(line, line.lastIndexOf('\t') + 1, line.length()).append('\n');
        if ((i + 1) % PER_DOC == 0) {
          docs.add(doc.toString());
          doc.setLength(0);
        }
      }
      if (doc.length() > 0) {
        docs.add(doc.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("benchmark text not found: " + file, e);
    }
    return docs;
  }

  @Setup
  public void setUp() {
    documents = loadDocuments();
    hindiNlp = new HindiNlpAnalyzer();
    hindiNlpStem = HindiNlpAnalyzer.builder().stem(true).build();
    lucene = new HindiAnalyzer();
  }

  @TearDown
  public void tearDown() {
    hindiNlp.close();
    hindiNlpStem.close();
    lucene.close();
  }

  static long analyzeAll(Analyzer a, List<String> docs) {
    long sum = 0;
    try {
      for (String d : docs) {
        try (TokenStream ts = a.tokenStream("body", d)) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          ts.reset();
          while (ts.incrementToken()) {
            sum += term.length();
          }
          ts.end();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sum;
  }

  /** Our analyzer, defaults: search level, name-safe stopwords, no stemming. */
  @Benchmark
  public long hindiNlp() {
    return analyzeAll(hindiNlp, documents);
  }

  /** Our analyzer with Lucene's HindiStemFilter, the same last stage as HindiAnalyzer. */
  @Benchmark
  public long hindiNlpStem() {
    return analyzeAll(hindiNlpStem, documents);
  }

  /**
   * Interleaved cross-check: prints the median CPU time per pass over the sample and the median
   * within-round ratio against Lucene's HindiAnalyzer.
   *
   * @param args optional number of rounds (default 30)
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    int passes = 10;
    AnalyzerBenchmark b = new AnalyzerBenchmark();
    b.setUp();
    String[] names = {"hindiNlp", "hindiNlpStem", "luceneHindiAnalyzer"};
    Analyzer[] analyzers = {b.hindiNlp, b.hindiNlpStem, b.lucene};
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long check = 0;
    for (int w = 0; w < 200; w++) { // warm-up
      for (Analyzer a : analyzers) {
        check += analyzeAll(a, b.documents);
      }
    }
    double[][] ns = new double[analyzers.length][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < analyzers.length; k++) {
        int i = (k + r) % analyzers.length;
        long t0 = mx.getCurrentThreadCpuTime();
        for (int p = 0; p < passes; p++) {
          check += analyzeAll(analyzers[i], b.documents);
        }
        ns[i][r] = (mx.getCurrentThreadCpuTime() - t0) / (double) passes;
      }
    }
    for (int i = 0; i < analyzers.length; i++) {
      double[] ratio = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        ratio[r] = ns[2][r] / ns[i][r];
      }
      System.out.printf(
          java.util.Locale.ROOT,
          "%-20s %8.2f ms CPU/pass  %5.2fx Lucene's speed (median of %d rounds)%n",
          names[i],
          median(ns[i]) / 1e6,
          median(ratio),
          rounds);
    }
    System.out.println("checksum " + check);
    b.tearDown();
  }

  private static double median(double[] v) {
    double[] c = v.clone();
    java.util.Arrays.sort(c);
    return c[c.length / 2];
  }

  /** Lucene's HindiAnalyzer, defaults. */
  @Benchmark
  public long luceneHindiAnalyzer() {
    return analyzeAll(lucene, documents);
  }
}
