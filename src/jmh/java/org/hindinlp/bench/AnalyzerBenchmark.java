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
 * target/benchmarks.jar AnalyzerBenchmark}.
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

  /** Lucene's HindiAnalyzer, defaults. */
  @Benchmark
  public long luceneHindiAnalyzer() {
    return analyzeAll(lucene, documents);
  }
}
