package org.hindinlp.bench;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.hindinlp.HindiNlp;
import org.hindinlp.tokenize.HindiTokenizer;
import org.hindinlp.tokenize.Script;
import org.hindinlp.tokenize.Token;
import org.hindinlp.tokenize.TokenKind;
import org.hindinlp.tokenize.TokenSink;
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
 * The tokenizer and the whole {@code analyze} call (normalize, tokenize, split sentences) against
 * Lucene's {@code StandardTokenizer}, Lucene's {@code HindiAnalyzer} and ICU4J's word {@code
 * BreakIterator}, on the same texts in the same run. One operation is the whole {@code wiki} input
 * ({@link BenchmarkTexts}), document by document.
 *
 * <p>Peers: {@code tok_wiki_scan} (the streaming {@link HindiTokenizer#scan}, which like {@code
 * StandardTokenizer} creates no object per token; the sink sums the token lengths, as the peer
 * sums its term lengths) and {@code tok_wiki_tokenize} (token objects) against {@code
 * tok_wiki_luceneStandardTokenizer} (goal ≥ 1×); {@code tok_wiki_analyze} against {@code
 * tok_wiki_luceneHindiAnalyzer} (goal ≥ 3×). Tokens copy their text and compute their canonical
 * form on first use, so the {@code *ReadTokens} variants also read every token's {@code text()}
 * and {@code canonical()}: the cost for a caller that uses every token.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class TokenizerBenchmark {

  private String[] wiki;
  private HindiTokenizer tokenizer;
  private HindiNlp nlp;

  @Setup
  public void setUp() {
    wiki = BenchmarkTexts.wiki().array();
    tokenizer = HindiTokenizer.standard();
    nlp = HindiNlp.standard();
  }

  /** Lucene and ICU components, reused across documents; one set per benchmark thread. */
  @State(Scope.Thread)
  public static class Peers {
    StandardTokenizer standard;
    CharTermAttribute standardTerm;
    Analyzer hindi;
    BreakIterator words;

    @Setup
    public void setUp() {
      standard = new StandardTokenizer();
      standardTerm = standard.addAttribute(CharTermAttribute.class);
      hindi = new HindiAnalyzer();
      words = BreakIterator.getWordInstance(new ULocale("hi"));
    }

    @TearDown
    public void tearDown() throws IOException {
      standard.close();
      hindi.close();
    }
  }

  @Benchmark
  public void tok_wiki_tokenize(Blackhole bh) {
    for (String d : wiki) {
      bh.consume(tokenizer.tokenize(d));
    }
  }

  /** Sums the lengths of the tokens it receives; one per benchmark thread. */
  @State(Scope.Thread)
  public static class LengthSink implements TokenSink {
    int chars;

    @Override
    public void token(int start, int end, TokenKind kind, Script script) {
      chars += end - start;
    }
  }

  @Benchmark
  public void tok_wiki_scan(LengthSink sink, Blackhole bh) {
    for (String d : wiki) {
      sink.chars = 0;
      tokenizer.scan(d, sink);
      bh.consume(sink.chars);
    }
  }

  @Benchmark
  public void tok_wiki_luceneStandardTokenizer(Peers p, Blackhole bh) throws IOException {
    for (String d : wiki) {
      p.standard.setReader(new StringReader(d));
      p.standard.reset();
      int n = 0;
      while (p.standard.incrementToken()) {
        n += p.standardTerm.length();
      }
      p.standard.end();
      p.standard.close();
      bh.consume(n);
    }
  }

  @Benchmark
  public void tok_wiki_icuWordBreak(Peers p, Blackhole bh) {
    for (String d : wiki) {
      BreakIterator it = p.words;
      it.setText(d);
      int words = 0;
      for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
        if (it.getRuleStatus() != BreakIterator.WORD_NONE) {
          words++;
        }
      }
      bh.consume(words);
    }
  }

  @Benchmark
  public void tok_wiki_analyze(Blackhole bh) {
    for (String d : wiki) {
      bh.consume(nlp.analyze(d));
    }
  }

  /**
   * {@code analyze}, then every token's {@code text()} and {@code canonical()}: tokens copy their
   * text on first use, so this is what a caller that reads every token pays.
   */
  @Benchmark
  public void tok_wiki_analyzeReadTokens(Blackhole bh) {
    for (String d : wiki) {
      bh.consume(readTokens(nlp.analyze(d).tokens()));
    }
  }

  /** {@code tokenize}, then every token's {@code text()} and {@code canonical()}. */
  @Benchmark
  public void tok_wiki_tokenizeReadTokens(Blackhole bh) {
    for (String d : wiki) {
      bh.consume(readTokens(tokenizer.tokenize(d)));
    }
  }

  static long readTokens(List<Token> tokens) {
    long n = 0;
    for (Token t : tokens) {
      n += t.text().length() + t.canonical().length();
    }
    return n;
  }

  @Benchmark
  public void tok_wiki_luceneHindiAnalyzer(Peers p, Blackhole bh) throws IOException {
    for (String d : wiki) {
      try (TokenStream ts = p.hindi.tokenStream("body", d)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        int n = 0;
        while (ts.incrementToken()) {
          n += term.length();
        }
        ts.end();
        bh.consume(n);
      }
    }
  }
}
