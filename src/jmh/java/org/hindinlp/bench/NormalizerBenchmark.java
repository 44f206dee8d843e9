package org.hindinlp.bench;

import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.io.StringReader;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hi.HindiNormalizationFilter;
import org.apache.lucene.analysis.in.IndicNormalizationFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.hindinlp.normalize.DevanagariNormalizer;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the Devanagari normalizer against its peers, on the same texts in the same run.
 *
 * <p>One operation processes the whole corpus ({@link BenchmarkTexts}: about 2,100 Wikipedia pages,
 * 7.4 MB of UTF-8), document by document; MB/s = ops/s × UTF-8 bytes of the input / 10^6
 * ({@link Report} prints them).
 *
 * <p>Method names are {@code group_input_subject}: {@code canon} (canonical vs ICU4J NFC) or
 * {@code search} (search vs Lucene), then {@code wiki} ({@link BenchmarkTexts#wiki()}) or {@code
 * unnorm} ({@link BenchmarkTexts#unnormalized()}). JMH runs benchmarks in name order, so each
 * benchmark runs right next to its peer: on a shared machine the load changes less between them.
 *
 * <p>Peers: canonical against ICU4J {@code Normalizer2.getNFCInstance().normalize} alone; search
 * against Lucene's {@code WhitespaceTokenizer → IndicNormalizationFilter → HindiNormalizationFilter}
 * chain; Lucene's whole {@code HindiAnalyzer} for scale.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class NormalizerBenchmark {

  private String[] wiki;
  private String[] unnormalized;
  private DevanagariNormalizer canonical;
  private DevanagariNormalizer search;
  private Normalizer2 nfc;

  @Setup
  public void setUp() {
    wiki = BenchmarkTexts.wiki().array();
    unnormalized = BenchmarkTexts.unnormalized().array();
    canonical = DevanagariNormalizer.canonical();
    search = DevanagariNormalizer.search();
    nfc = Normalizer2.getNFCInstance();
  }

  /** Lucene components, reused across documents; one set per benchmark thread. */
  @State(Scope.Thread)
  public static class LuceneChain {
    Tokenizer tokenizer;
    TokenStream stream;
    CharTermAttribute term;
    Analyzer analyzer;

    @Setup
    public void setUp() {
      tokenizer = new WhitespaceTokenizer();
      stream = new HindiNormalizationFilter(new IndicNormalizationFilter(tokenizer));
      term = stream.addAttribute(CharTermAttribute.class);
      analyzer = new HindiAnalyzer();
    }

    @TearDown
    public void tearDown() {
      analyzer.close();
    }

    /** Runs one document through the chain; returns the total term length, to be consumed. */
    int chain(String doc) throws IOException {
      tokenizer.setReader(new StringReader(doc));
      int total = 0;
      stream.reset();
      while (stream.incrementToken()) {
        total += term.length();
      }
      stream.end();
      stream.close();
      return total;
    }

    int analyzer(String doc) throws IOException {
      int total = 0;
      try (TokenStream ts = analyzer.tokenStream("body", doc)) {
        CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          total += t.length();
        }
        ts.end();
      }
      return total;
    }
  }

  // ---- (a) (b) canonical vs (d) ICU4J NFC ------------------------------------------------------

  @Benchmark
  public void canon_wiki_canonicalNormalize(Blackhole bh) {
    for (String d : wiki) {
      bh.consume(canonical.normalize(d));
    }
  }

  @Benchmark
  public void canon_wiki_canonicalNormalizeToString(Blackhole bh) {
    for (String d : wiki) {
      bh.consume(canonical.normalizeToString(d));
    }
  }

  @Benchmark
  public void canon_wiki_icuNfc(Blackhole bh) {
    for (String d : wiki) {
      bh.consume(nfc.normalize(d));
    }
  }

  // ---- (c) search vs (e) the Lucene Indic + Hindi normalization chain, (f) HindiAnalyzer -------

  @Benchmark
  public void search_wiki_searchNormalize(Blackhole bh) {
    for (String d : wiki) {
      bh.consume(search.normalize(d));
    }
  }

  @Benchmark
  public void search_wiki_luceneIndicHindiChain(LuceneChain lc, Blackhole bh) throws IOException {
    for (String d : wiki) {
      bh.consume(lc.chain(d));
    }
  }

  @Benchmark
  public void search_wiki_luceneHindiAnalyzer(LuceneChain lc, Blackhole bh) throws IOException {
    for (String d : wiki) {
      bh.consume(lc.analyzer(d));
    }
  }

  // ---- the same on text that needs work: precomposed nukta letters and NBSPs -----------------

  @Benchmark
  public void canon_unnorm_canonicalNormalize(Blackhole bh) {
    for (String d : unnormalized) {
      bh.consume(canonical.normalize(d));
    }
  }

  @Benchmark
  public void canon_unnorm_icuNfc(Blackhole bh) {
    for (String d : unnormalized) {
      bh.consume(nfc.normalize(d));
    }
  }

  @Benchmark
  public void search_unnorm_searchNormalize(Blackhole bh) {
    for (String d : unnormalized) {
      bh.consume(search.normalize(d));
    }
  }

  @Benchmark
  public void search_unnorm_luceneIndicHindiChain(LuceneChain lc, Blackhole bh) throws IOException {
    for (String d : unnormalized) {
      bh.consume(lc.chain(d));
    }
  }
}
