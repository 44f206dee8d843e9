package org.hindinlp.bench;

import static org.hindinlp.bench.InterleavedRounds.sumOver;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.hindinlp.HindiNlp;
import org.hindinlp.tokenize.HindiTokenizer;
import org.hindinlp.tokenize.TokenSink;

/**
 * {@link TokenizerBenchmark}'s operations in interleaved rounds, timed by the CPU time of the
 * running thread, for a busy shared machine (see {@link Interleaved}): each ratio is taken within a
 * round against the peer and the median over the rounds is reported.
 *
 * <pre>
 * java -Dhindinlp.shared=../shared -Xms1g -Xmx1g -cp target/benchmarks.jar \
 *     org.hindinlp.bench.TokenizerInterleaved [ROUNDS (default 20)]
 * </pre>
 */
public final class TokenizerInterleaved {

  private record Task(String name, String peer, InterleavedRounds.Op op) {}

  private TokenizerInterleaved() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    BenchmarkTexts texts = BenchmarkTexts.wiki();
    String[] wiki = texts.array();
    List<String> wikiList = Arrays.asList(wiki);
    HindiTokenizer tokenizer = HindiTokenizer.standard();
    HindiNlp nlp = HindiNlp.standard();
    StandardTokenizer standard = new StandardTokenizer();
    CharTermAttribute standardTerm = standard.addAttribute(CharTermAttribute.class);
    Analyzer hindi = new HindiAnalyzer();

    List<Task> tasks = new ArrayList<>();
    tasks.add(new Task("tok_wiki_tokenize", "tok_wiki_luceneStandardTokenizer",
        sumOver(wikiList, d -> tokenizer.tokenize(d).size())));
    tasks.add(new Task("tok_wiki_tokenizeReadTokens", "tok_wiki_luceneStandardTokenizer",
        sumOver(wikiList, d -> TokenizerBenchmark.readTokens(tokenizer.tokenize(d)))));
    long[] sum = new long[1];
    TokenSink sink = (start, end, kind, script) -> sum[0] += end - start;
    tasks.add(new Task("tok_wiki_scan", "tok_wiki_luceneStandardTokenizer", () -> {
      sum[0] = 0;
      for (String d : wiki) {
        tokenizer.scan(d, sink);
      }
      return sum[0];
    }));
    tasks.add(new Task("tok_wiki_luceneStandardTokenizer", null, () -> {
      long s = 0;
      for (String d : wiki) {
        standard.setReader(new StringReader(d));
        standard.reset();
        while (standard.incrementToken()) {
          s += standardTerm.length();
        }
        standard.end();
        standard.close();
      }
      return s;
    }));
    tasks.add(new Task("tok_wiki_analyze", "tok_wiki_luceneHindiAnalyzer",
        sumOver(wikiList, d -> nlp.analyze(d).tokens().size())));
    tasks.add(new Task("tok_wiki_analyzeReadTokens", "tok_wiki_luceneHindiAnalyzer",
        sumOver(wikiList, d -> TokenizerBenchmark.readTokens(nlp.analyze(d).tokens()))));
    tasks.add(new Task("tok_wiki_luceneHindiAnalyzer", null, () -> {
      long s = 0;
      for (String d : wiki) {
        try (TokenStream ts = hindi.tokenStream("body", d)) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          ts.reset();
          while (ts.incrementToken()) {
            s += term.length();
          }
          ts.end();
        }
      }
      return s;
    }));

    InterleavedRounds.Timings timings =
        InterleavedRounds.run(tasks.stream().map(Task::op).toList(), rounds, 10, 3_000_000_000L);
    int n = tasks.size();
    double mb = texts.utf8Bytes() / 1e6;
    System.out.println("# " + texts + "; " + rounds + " rounds; medians; checksum " + timings.checksum());
    System.out.println("| operation | MB per CPU-s | peer | ratio (CPU) |");
    System.out.println("|---|---:|---|---:|");
    for (int k = 0; k < n; k++) {
      Task t = tasks.get(k);
      String ratio = "(peer)";
      if (t.peer() != null) {
        int p = -1;
        for (int x = 0; x < n; x++) {
          if (tasks.get(x).name().equals(t.peer())) {
            p = x;
          }
        }
        ratio = timings.ratio(p, k);
      }
      System.out.printf(Locale.ROOT, "| %s | %.0f | %s | %s |%n", t.name(),
          mb / (timings.medianCpu(k) / 1e9), t.peer() == null ? "—" : t.peer(), ratio);
    }
    standard.close();
    hindi.close();
  }
}
