package org.hindinlp.bench;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
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

  private record Task(String name, String peer, BenchmarkTexts input, InterleavedRounds.Op op) {}

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

    // Warm-up: every operation at least 40 times and for at least 3 s of CPU each.
    InterleavedRounds.Timings t =
        InterleavedRounds.run(tasks.stream().map(Task::op).toList(), rounds, 40, 3_000_000_000L);
    int n = tasks.size();
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int k = 0; k < n; k++) {
      index.put(tasks.get(k).name(), k);
    }
    System.out.println("# " + wikiTexts + "; " + unnormTexts);
    System.out.println("# " + rounds + " rounds; medians; checksum " + t.checksum());
    System.out.println();
    System.out.println("| operation | MB per CPU-s | MB/s wall | CPU share | peer | ratio (CPU) |");
    System.out.println("|---|---:|---:|---:|---|---:|");
    for (int k = 0; k < n; k++) {
      Task task = tasks.get(k);
      double mb = task.input().utf8Bytes() / 1e6;
      String ratio = task.peer() == null ? "(peer)" : t.ratio(index.get(task.peer()), k);
      System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.2f | %s | %s |%n",
          task.name(), mb / (t.medianCpu(k) / 1e9), mb / (t.medianWall(k) / 1e9),
          t.medianShare(k), task.peer() == null ? "—" : task.peer(), ratio);
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
}
