package org.hindinlp.bench;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.hindinlp.normalize.DevanagariNormalizer;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link NormalizerBenchmark} through the JMH Runner API (JSON results, with {@link
 * CpuTimeProfiler}) and prints a Markdown table: benchmark, input, ops/s, MB/s of UTF-8 input
 * (10^6 bytes) by wall clock, the share of a core the benchmark JVM got, MB per CPU-second, and
 * the ratios against the named peer that ran in the same run on the same input.
 *
 * <pre>
 * java -Dhindinlp.shared=../shared -cp target/benchmarks.jar org.hindinlp.bench.Report \
 *     [--out target/jmh-result.json] [--include REGEX] [--quick]
 * </pre>
 *
 * {@code --quick} (1 × 1 s warm-up, 2 × 1 s measurement) is a smoke test, not a measurement.
 */
public final class Report {

  /** Each benchmark and the peer its ratio is taken against (null: it is a peer). */
  static final Map<String, String> PEERS = new LinkedHashMap<>();

  static {
    PEERS.put("canon_wiki_canonicalNormalize", "canon_wiki_icuNfc");
    PEERS.put("canon_wiki_canonicalNormalizeToString", "canon_wiki_icuNfc");
    PEERS.put("canon_wiki_icuNfc", null);
    PEERS.put("canon_unnorm_canonicalNormalize", "canon_unnorm_icuNfc");
    PEERS.put("canon_unnorm_icuNfc", null);
    PEERS.put("search_wiki_searchNormalize", "search_wiki_luceneIndicHindiChain");
    PEERS.put("search_wiki_luceneIndicHindiChain", null);
    PEERS.put("search_wiki_luceneHindiAnalyzer", null);
    PEERS.put("search_unnorm_searchNormalize", "search_unnorm_luceneIndicHindiChain");
    PEERS.put("search_unnorm_luceneIndicHindiChain", null);
    PEERS.put("tok_wiki_scan", "tok_wiki_luceneStandardTokenizer");
    PEERS.put("tok_wiki_tokenize", "tok_wiki_luceneStandardTokenizer");
    PEERS.put("tok_wiki_luceneStandardTokenizer", null);
    PEERS.put("tok_wiki_icuWordBreak", null);
    PEERS.put("tok_wiki_tokenizeReadTokens", "tok_wiki_luceneStandardTokenizer");
    PEERS.put("tok_wiki_analyze", "tok_wiki_luceneHindiAnalyzer");
    PEERS.put("tok_wiki_analyzeReadTokens", "tok_wiki_luceneHindiAnalyzer");
    PEERS.put("tok_wiki_luceneHindiAnalyzer", null);
    PEERS.put("ner_wiki_tag", "ner_wiki_analyzeOnly");
    PEERS.put("ner_wiki_tagListsAndRules", "ner_wiki_analyzeOnly");
    PEERS.put("ner_wiki_analyzeOnly", null);
    PEERS.put("ner_loadBuiltInLists", null);
    // NerPeerBenchmark (its input is IL-NER, not wiki: use `NerPeerBenchmark jmh` for tokens/s;
    // the ratios here hold).
    PEERS.put("ner_tagTokens", "peer_opennlp_find");
    PEERS.put("ner_tagText", "peer_opennlp_find");
    PEERS.put("model_tag", "peer_opennlp_find");
    PEERS.put("peer_opennlp_find", null);
  }

  private Report() {}

  public static void main(String[] args) throws Exception {
    String out = "target/jmh-result.json";
    String include = NormalizerBenchmark.class.getName() + "\\.";
    boolean quick = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = args[++i];
        case "--include" -> include = args[++i];
        case "--quick" -> quick = true;
        default -> {
          System.err.println("unknown option: " + args[i]
              + " (usage: Report [--out FILE] [--include REGEX] [--quick])");
          System.exit(2);
        }
      }
    }

    BenchmarkTexts wiki = BenchmarkTexts.wiki();
    BenchmarkTexts unnormalized = BenchmarkTexts.unnormalized();
    System.out.println("# " + wiki);
    System.out.println("# " + unnormalized);
    System.out.println("# " + fastPathShare(wiki) + "; " + fastPathShare(unnormalized));
    long tokens = 0;
    for (String d : wiki.documents()) {
      tokens += org.hindinlp.tokenize.HindiTokenizer.standard().tokenize(d).size();
    }
    System.out.println("# wiki: " + tokens + " hindi-nlp tokens per operation (tokens/s = ops/s x this)");

    ChainedOptionsBuilder ob = new OptionsBuilder()
        .include(include)
        .resultFormat(ResultFormatType.JSON)
        .result(out)
        .addProfiler(CpuTimeProfiler.class)
        .jvmArgsAppend("-Xms1g", "-Xmx1g",
            "-D" + BenchmarkTexts.PROPERTY + "=" + BenchmarkTexts.sharedRoot());
    if (quick) {
      ob.warmupIterations(1).warmupTime(TimeValue.seconds(1))
          .measurementIterations(2).measurementTime(TimeValue.seconds(1));
    }
    Collection<RunResult> results = new Runner(ob.build()).run();

    Map<String, RunResult> byName = new LinkedHashMap<>();
    for (RunResult r : results) {
      String full = r.getParams().getBenchmark();
      byName.put(full.substring(full.lastIndexOf('.') + 1), r);
    }
    System.out.println();
    System.out.println("JSON results: " + Path.of(out).toAbsolutePath());
    System.out.println();
    System.out.println("| benchmark | input | ops/s (± 99.9% CI) | MB/s wall | CPU share"
        + " | MB per CPU-s | peer | ratio wall | ratio CPU |");
    System.out.println("|---|---|---:|---:|---:|---:|---|---:|---:|");
    for (String name : order(byName)) {
      RunResult r = byName.get(name);
      Result<?> p = r.getPrimaryResult();
      BenchmarkTexts in = name.contains("_unnorm_") ? unnormalized : wiki;
      double mbs = p.getScore() * in.utf8Bytes() / 1e6;
      double cpuNs = secondary(r, "cpu.ns/op");
      double mbPerCpuS = in.utf8Bytes() / 1e6 / (cpuNs / 1e9);
      String peer = PEERS.get(name);
      String ratioWall = "(peer)";
      String ratioCpu = "(peer)";
      if (peer != null && byName.containsKey(peer)) {
        RunResult q = byName.get(peer);
        ratioWall = String.format(Locale.ROOT, "**%.2f×**",
            p.getScore() / q.getPrimaryResult().getScore());
        ratioCpu = String.format(Locale.ROOT, "**%.2f×**", secondary(q, "cpu.ns/op") / cpuNs);
      } else if (peer != null) {
        ratioWall = ratioCpu = "(peer not run)";
      }
      System.out.printf(Locale.ROOT, "| %s | %s | %.2f ± %.2f | %.0f | %.2f | %.0f | %s | %s | %s |%n",
          name, in.name(), p.getScore(), p.getScoreError(), mbs, secondary(r, "cpu.share"),
          mbPerCpuS, peer == null ? "—" : peer, ratioWall, ratioCpu);
    }
  }

  private static double secondary(RunResult r, String label) {
    Result<?> s = r.getSecondaryResults().get(label);
    return s == null ? Double.NaN : s.getScore();
  }

  private static Iterable<String> order(Map<String, RunResult> byName) {
    java.util.List<String> names = new java.util.ArrayList<>();
    for (String n : PEERS.keySet()) {
      if (byName.containsKey(n)) {
        names.add(n);
      }
    }
    for (String n : byName.keySet()) {
      if (!names.contains(n)) {
        names.add(n);
      }
    }
    return names;
  }

  /** How many documents the canonical normalizer returns as the same instance (no copy). */
  private static String fastPathShare(BenchmarkTexts t) {
    DevanagariNormalizer c = DevanagariNormalizer.canonical();
    int same = 0;
    for (String d : t.documents()) {
      if (c.normalizeToString(d) == d) {
        same++;
      }
    }
    return String.format(Locale.ROOT, "%s: canonical leaves %d of %d documents unchanged",
        t.name(), same, t.documents().size());
  }
}
