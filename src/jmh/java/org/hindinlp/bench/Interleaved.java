package org.hindinlp.bench;

import com.ibm.icu.text.Normalizer2;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hindinlp.normalize.DevanagariNormalizer;

/**
 * A cross-check of {@link NormalizerBenchmark}'s ratios that holds up on a busy shared machine.
 *
 * <p>JMH measures one benchmark after the other, so when other processes load the cores for a
 * minute, the benchmarks measured in that minute look slow and their ratios against peers measured
 * in another minute move a lot. This harness runs the same operations (the whole corpus per
 * operation, same inputs, same peers) in rounds: each round runs every operation once, in a
 * rotated order, timing each by the CPU time of the running thread. A ratio is taken within each
 * round, between an operation and its peer run seconds apart, and the median over the rounds is
 * reported. Thread CPU time leaves out GC threads (the heap is sized so young collections are
 * rare and cheap) and the wait for a core.
 *
 * <pre>
 * java -Dhindinlp.shared=../shared -Xms1g -Xmx1g -cp target/benchmarks.jar \
 *     org.hindinlp.bench.Interleaved [ROUNDS (default 30)]
 * </pre>
 *
 * Not a replacement for JMH (no forks, no dead-code protection beyond a checksum); it is there to
 * check that the JMH ratios are not an artefact of when each benchmark happened to run.
 */
public final class Interleaved {

  private interface Op {
    long run() throws Exception;
  }

  private record Task(String name, String peer, BenchmarkTexts input, Op op) {}

  private Interleaved() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    BenchmarkTexts wikiTexts = BenchmarkTexts.wiki();
    BenchmarkTexts unnormTexts = BenchmarkTexts.unnormalized();
    String[] wiki = wikiTexts.array();
    String[] unnorm = unnormTexts.array();
    DevanagariNormalizer canonical = DevanagariNormalizer.canonical();
    DevanagariNormalizer search = DevanagariNormalizer.search();
    Normalizer2 nfc = Normalizer2.getNFCInstance();
    NormalizerBenchmark.LuceneChain lc = new NormalizerBenchmark.LuceneChain();
    lc.setUp();

    List<Task> tasks = new ArrayList<>();
    tasks.add(new Task("canon_wiki_canonicalNormalize", "canon_wiki_icuNfc", wikiTexts,
        () -> sum(wiki, d -> canonical.normalize(d).text().length())));
    tasks.add(new Task("canon_wiki_canonicalNormalizeToString", "canon_wiki_icuNfc", wikiTexts,
        () -> sum(wiki, d -> canonical.normalizeToString(d).length())));
    tasks.add(new Task("canon_wiki_icuNfc", null, wikiTexts,
        () -> sum(wiki, d -> nfc.normalize(d).length())));
    tasks.add(new Task("canon_unnorm_canonicalNormalize", "canon_unnorm_icuNfc", unnormTexts,
        () -> sum(unnorm, d -> canonical.normalize(d).text().length())));
    tasks.add(new Task("canon_unnorm_icuNfc", null, unnormTexts,
        () -> sum(unnorm, d -> nfc.normalize(d).length())));
    tasks.add(new Task("search_wiki_searchNormalize", "search_wiki_luceneIndicHindiChain",
        wikiTexts, () -> sum(wiki, d -> search.normalize(d).text().length())));
    tasks.add(new Task("search_wiki_luceneIndicHindiChain", null, wikiTexts,
        () -> sum(wiki, lc::chain)));
    tasks.add(new Task("search_wiki_luceneHindiAnalyzer", null, wikiTexts,
        () -> sum(wiki, lc::analyzer)));
    tasks.add(new Task("search_unnorm_searchNormalize", "search_unnorm_luceneIndicHindiChain",
        unnormTexts, () -> sum(unnorm, d -> search.normalize(d).text().length())));
    tasks.add(new Task("search_unnorm_luceneIndicHindiChain", null, unnormTexts,
        () -> sum(unnorm, lc::chain)));

    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long checksum = 0;
    // Warm-up: every operation at least 40 times and for at least 3 s of CPU each.
    for (Task t : tasks) {
      long start = mx.getCurrentThreadCpuTime();
      for (int k = 0; k < 40 || mx.getCurrentThreadCpuTime() - start < 3_000_000_000L; k++) {
        checksum += t.op().run();
      }
    }
    int n = tasks.size();
    double[][] cpu = new double[n][rounds];
    double[][] wall = new double[n][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int j = 0; j < n; j++) {
        int k = (j + r) % n; // rotate the order from round to round
        long c0 = mx.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        checksum += tasks.get(k).op().run();
        wall[k][r] = System.nanoTime() - w0;
        cpu[k][r] = mx.getCurrentThreadCpuTime() - c0;
      }
    }

    Map<String, Integer> index = new LinkedHashMap<>();
    for (int k = 0; k < n; k++) {
      index.put(tasks.get(k).name(), k);
    }
    System.out.println("# " + wikiTexts + "; " + unnormTexts);
    System.out.println("# " + rounds + " rounds; medians; checksum " + checksum);
    System.out.println();
    System.out.println("| operation | MB per CPU-s | MB/s wall | CPU share | peer | ratio (CPU) |");
    System.out.println("|---|---:|---:|---:|---|---:|");
    for (int k = 0; k < n; k++) {
      Task t = tasks.get(k);
      double mb = t.input().utf8Bytes() / 1e6;
      double[] share = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        share[r] = cpu[k][r] / wall[k][r];
      }
      String ratio = "(peer)";
      if (t.peer() != null) {
        int p = index.get(t.peer());
        double[] q = new double[rounds];
        for (int r = 0; r < rounds; r++) {
          q[r] = cpu[p][r] / cpu[k][r];
        }
        ratio = String.format(Locale.ROOT, "**%.2f×** (%.2f–%.2f)",
            median(q), quantile(q, 0.25), quantile(q, 0.75));
      }
      System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.2f | %s | %s |%n",
          t.name(), mb / (median(cpu[k]) / 1e9), mb / (median(wall[k]) / 1e9), median(share),
          t.peer() == null ? "—" : t.peer(), ratio);
    }
    System.out.println();
    System.out.println("ratio: median over rounds of (peer CPU time / CPU time), with the quartiles");
  }

  private interface DocOp {
    int apply(String doc) throws Exception;
  }

  private static long sum(String[] docs, DocOp f) throws Exception {
    long s = 0;
    for (String d : docs) {
      s += f.apply(d);
    }
    return s;
  }

  private static double median(double[] a) {
    return quantile(a, 0.5);
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
