package org.hindinlp.bench;

import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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

  private interface Op {
    long run() throws Exception;
  }

  private record Task(String name, String peer, Op op) {}

  private TokenizerInterleaved() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    BenchmarkTexts texts = BenchmarkTexts.wiki();
    String[] wiki = texts.array();
    HindiTokenizer tokenizer = HindiTokenizer.standard();
    HindiNlp nlp = HindiNlp.standard();
    StandardTokenizer standard = new StandardTokenizer();
    CharTermAttribute standardTerm = standard.addAttribute(CharTermAttribute.class);
    Analyzer hindi = new HindiAnalyzer();

    List<Task> tasks = new ArrayList<>();
    tasks.add(new Task("tok_wiki_tokenize", "tok_wiki_luceneStandardTokenizer", () -> {
      long s = 0;
      for (String d : wiki) {
        s += tokenizer.tokenize(d).size();
      }
      return s;
    }));
    tasks.add(new Task("tok_wiki_tokenizeReadTokens", "tok_wiki_luceneStandardTokenizer", () -> {
      long s = 0;
      for (String d : wiki) {
        s += TokenizerBenchmark.readTokens(tokenizer.tokenize(d));
      }
      return s;
    }));
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
    tasks.add(new Task("tok_wiki_analyze", "tok_wiki_luceneHindiAnalyzer", () -> {
      long s = 0;
      for (String d : wiki) {
        s += nlp.analyze(d).tokens().size();
      }
      return s;
    }));
    tasks.add(new Task("tok_wiki_analyzeReadTokens", "tok_wiki_luceneHindiAnalyzer", () -> {
      long s = 0;
      for (String d : wiki) {
        s += TokenizerBenchmark.readTokens(nlp.analyze(d).tokens());
      }
      return s;
    }));
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

    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long checksum = 0;
    for (Task t : tasks) {
      long start = mx.getCurrentThreadCpuTime();
      for (int k = 0; k < 10 || mx.getCurrentThreadCpuTime() - start < 3_000_000_000L; k++) {
        checksum += t.op().run();
      }
    }
    int n = tasks.size();
    double[][] cpu = new double[n][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int j = 0; j < n; j++) {
        int k = (j + r) % n;
        long c0 = mx.getCurrentThreadCpuTime();
        checksum += tasks.get(k).op().run();
        cpu[k][r] = mx.getCurrentThreadCpuTime() - c0;
      }
    }
    double mb = texts.utf8Bytes() / 1e6;
    System.out.println("# " + texts + "; " + rounds + " rounds; medians; checksum " + checksum);
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
        double[] q = new double[rounds];
        for (int r = 0; r < rounds; r++) {
          q[r] = cpu[p][r] / cpu[k][r];
        }
        ratio = String.format(Locale.ROOT, "**%.2f×** (%.2f–%.2f)",
            quantile(q, 0.5), quantile(q, 0.25), quantile(q, 0.75));
      }
      System.out.printf(Locale.ROOT, "| %s | %.0f | %s | %s |%n", t.name(),
          mb / (quantile(cpu[k], 0.5) / 1e9), t.peer() == null ? "—" : t.peer(), ratio);
    }
    standard.close();
    hindi.close();
  }

  private static double quantile(double[] a, double q) {
    double[] b = a.clone();
    Arrays.sort(b);
    double pos = q * (b.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(lo + 1, b.length - 1);
    return b[lo] + (b[hi] - b[lo]) * (pos - lo);
  }
}
