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
 * Runs {@link NormalizerBenchmark} through the JMH Runner API (JSON results) and prints a Markdown
 * table: benchmark, input, ops/s, MB/s of UTF-8 input, and the ratio against the named peer that
 * ran in the same JVM session on the same input.
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
    PEERS.put("canonicalNormalize", "icuNfc");
    PEERS.put("canonicalNormalizeToString", "icuNfc");
    PEERS.put("icuNfc", null);
    PEERS.put("searchNormalize", "luceneIndicHindiChain");
    PEERS.put("luceneIndicHindiChain", null);
    PEERS.put("luceneHindiAnalyzer", null);
    PEERS.put("canonicalNormalizeUnnormalized", "icuNfcUnnormalized");
    PEERS.put("icuNfcUnnormalized", null);
    PEERS.put("searchNormalizeUnnormalized", "luceneIndicHindiChainUnnormalized");
    PEERS.put("luceneIndicHindiChainUnnormalized", null);
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

    ChainedOptionsBuilder ob = new OptionsBuilder()
        .include(include)
        .resultFormat(ResultFormatType.JSON)
        .result(out)
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
    System.out.println(
        "| benchmark | input | ops/s (± 99.9% CI) | MB/s | peer | ratio vs peer |");
    System.out.println("|---|---|---:|---:|---|---:|");
    for (String name : order(byName)) {
      Result<?> p = byName.get(name).getPrimaryResult();
      BenchmarkTexts in = name.endsWith("Unnormalized") ? unnormalized : wiki;
      double mbs = p.getScore() * in.utf8Bytes() / 1e6;
      String peer = PEERS.get(name);
      String ratio = "(peer)";
      if (peer != null && byName.containsKey(peer)) {
        ratio = String.format(Locale.ROOT, "**%.2f×**",
            p.getScore() / byName.get(peer).getPrimaryResult().getScore());
      } else if (peer != null) {
        ratio = "(peer not run)";
      }
      System.out.printf(Locale.ROOT, "| %s | %s | %.2f ± %.2f | %.0f | %s | %s |%n",
          name, in.name(), p.getScore(), p.getScoreError(), mbs, peer == null ? "—" : peer, ratio);
    }
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
