package org.hindinlp.elasticsearch;

import com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters;
import com.carrotsearch.randomizedtesting.annotations.TimeoutSuite;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.tests.util.TimeUnits;
import org.elasticsearch.action.bulk.BulkRequestBuilder;
import org.elasticsearch.action.bulk.BulkResponse;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.test.ESSingleNodeTestCase;
import org.elasticsearch.xcontent.XContentType;

/**
 * Indexing throughput through a real node: the same documents into an index whose text field uses
 * the plugin's {@code hindi_nlp} analyzer, the engine's own {@code hindi} analyzer (see {@link
 * EngineTests#hindiAnalyzerPlugin}), and {@code hindi_nlp} with an entity-type sub-field; interleaved rounds,
 * reported as a ratio. A measurement, not a test: it is not in the test suite (surefire runs
 * {@code *Tests}); run it by name:
 *
 * <pre>
 * mvn -f search/elasticsearch/es8/pom.xml test -Dtest=IndexingThroughput -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>Documents: the first {@code -Dhindinlp.throughput.sentences} (10,000) sentences of the
 * Dakshina Hindi Wikipedia text under {@code -Dhindinlp.shared}, {@code
 * -Dhindinlp.throughput.perDoc} (20) to a document; {@code -Dhindinlp.throughput.rounds} (5)
 * measured rounds after one warm-up round.
 */
@ThreadLeakFilters(defaultFilters = true, filters = {CommonPoolThreads.class})
@TimeoutSuite(millis = 30 * TimeUnits.MINUTE)
public class IndexingThroughput extends ESSingleNodeTestCase {

  @Override
  protected Collection<Class<? extends Plugin>> getPlugins() {
    return List.of(HindiNlpPlugin.class, EngineTests.hindiAnalyzerPlugin());
  }

  private static int sentencesRead;

  private static List<String> documents(int sentences, int perDoc) throws IOException {
    Path file = Path.of(System.getProperty("hindinlp.shared", "../shared"), "corpora/dakshina-hi/hi.wiki-filt.valid.text.sorted.tsv.gz");
    assertTrue(file.toAbsolutePath() + " is missing: set -Dhindinlp.shared", Files.isRegularFile(file));
    List<String> docs = new ArrayList<>();
    StringBuilder doc = new StringBuilder();
    int inDoc = 0;
    int read = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      while (read < sentences && (line = r.readLine()) != null) {
        String[] f = line.split("\t", 7);
        if (f.length < 7 || f[6].isBlank()) {
          continue;
        }
        doc.append(f[6].strip()).append(' ');
        read++;
        if (++inDoc == perDoc) {
          docs.add(doc.toString().strip());
          doc.setLength(0);
          inDoc = 0;
        }
      }
    }
    if (inDoc > 0) {
      docs.add(doc.toString().strip());
    }
    sentencesRead = read;
    return docs;
  }

  private static Map<String, Object> mapping(String variant) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "text");
    body.put("analyzer", variant.equals("hindi") ? "hindi" : "hindi_nlp");
    if (variant.equals("hindi_nlp+entities")) {
      body.put("fields", Map.of("entities", Map.of("type", "text", "analyzer", "entity_types")));
    }
    return Map.of("_doc", Map.of("properties", Map.of("body", body)));
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** Indexes all documents into a fresh index; returns {wall ms, process CPU ms}. */
  private double[] round(String variant, List<String> docs, int n) {
    String index = "t-" + n + "-" + variant.replace('+', '-');
    Map<String, Object> settings =
        Map.of(
            "number_of_shards", 1,
            "number_of_replicas", 0,
            "refresh_interval", "-1",
            "analysis",
            Map.of(
                "analyzer",
                Map.of("entity_types", Map.of("type", "custom", "tokenizer", "hindi_nlp", "filter", List.of("hindi_nlp_entities", "hindi_nlp_entity_types")))));
    client().admin().indices().prepareCreate(index).setSource(Map.of("settings", settings, "mappings", mapping(variant))).get();
    long wall = System.nanoTime();
    long cpu = cpuNanos();
    for (int from = 0; from < docs.size(); from += 100) {
      BulkRequestBuilder bulk = client().prepareBulk();
      for (int i = from; i < Math.min(docs.size(), from + 100); i++) {
        bulk.add(client().prepareIndex(index).setId(Integer.toString(i)).setSource(Map.of("body", docs.get(i)), XContentType.JSON));
      }
      BulkResponse r = bulk.get();
      assertFalse(r.buildFailureMessage(), r.hasFailures());
    }
    client().admin().indices().prepareRefresh(index).get();
    double[] out = {(System.nanoTime() - wall) / 1e6, (cpuNanos() - cpu) / 1e6};
    assertHitCountOf(index, docs.size());
    client().admin().indices().prepareDelete(index).get();
    return out;
  }

  private void assertHitCountOf(String index, int expected) {
    EngineTests.assertHitCount(client().prepareSearch(index).setSize(0).setTrackTotalHits(true), expected);
  }

  public void testMeasure() throws IOException {
    int sentences = Integer.getInteger("hindinlp.throughput.sentences", 10_000);
    int perDoc = Integer.getInteger("hindinlp.throughput.perDoc", 20);
    int rounds = Integer.getInteger("hindinlp.throughput.rounds", 5);
    List<String> docs = documents(sentences, perDoc);
    long chars = docs.stream().mapToLong(String::length).sum();
    List<String> variants = List.of("hindi", "hindi_nlp", "hindi_nlp+entities");
    Map<String, List<double[]>> results = new LinkedHashMap<>();
    variants.forEach(v -> results.put(v, new ArrayList<>()));
    List<Double> ratios = new ArrayList<>(); // per round: hindi CPU / hindi_nlp CPU
    for (int n = 0; n <= rounds; n++) {
      List<String> order = new ArrayList<>(variants);
      java.util.Collections.rotate(order, n); // each variant goes first in turn
      Map<String, double[]> thisRound = new LinkedHashMap<>();
      for (String v : order) {
        thisRound.put(v, round(v, docs, n));
      }
      if (n == 0) {
        continue; // warm-up
      }
      thisRound.forEach((v, r) -> results.get(v).add(r));
      ratios.add(thisRound.get("hindi")[1] / thisRound.get("hindi_nlp")[1]);
    }
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%nIndexing throughput, Elasticsearch %s, Java %s, %d docs (%d sentences, %d chars), %d rounds after 1 warm-up%n",
        EngineTests.version(), Runtime.version(), docs.size(), sentencesRead, chars, rounds));
    out.append(String.format(Locale.ROOT, "%-20s %12s %12s %14s %16s%n", "analyzer", "wall ms", "CPU ms", "docs/s (wall)", "kchars/s (CPU)"));
    for (String v : variants) {
      double wall = median(results.get(v), 0);
      double cpu = median(results.get(v), 1);
      out.append(String.format(Locale.ROOT, "%-20s %12.0f %12.0f %14.0f %16.2f%n", v, wall, cpu, docs.size() / (wall / 1000), chars / cpu));
    }
    double medWallRatio = median(results.get("hindi"), 0) / median(results.get("hindi_nlp"), 0);
    ratios.sort(null);
    out.append(String.format(Locale.ROOT, "speed of hindi_nlp vs hindi (median wall / median wall): %.2fx; per-round CPU ratios: %s (median %.2fx)%n",
        medWallRatio, ratios.stream().map(r -> String.format(Locale.ROOT, "%.2f", r)).toList(), ratios.get(ratios.size() / 2)));
    System.out.println(out);
    logger.info("{}", out);
  }

  private static double median(List<double[]> values, int column) {
    double[] v = values.stream().mapToDouble(a -> a[column]).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
