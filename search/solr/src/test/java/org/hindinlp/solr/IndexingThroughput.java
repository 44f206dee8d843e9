package org.hindinlp.solr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.core.CoreContainer;
import org.junit.Test;

/**
 * Indexing throughput through an embedded Solr core: the same documents into a field analyzed by
 * the configset's {@code text_hi_nlp} and into one analyzed by Solr's classic Hindi chain
 * (StandardTokenizer, LowerCase, IndicNormalization, HindiNormalization, HindiStem: the
 * {@code text_hi} of Solr's default configset), interleaved rounds, reported as a ratio. A
 * measurement, not a test (surefire runs {@code *Test}); run it by name:
 *
 * <pre>
 * mvn -f search/solr/pom.xml test -Dtest=IndexingThroughput -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>Documents: the Dakshina Hindi Wikipedia sentences under {@code -Dhindinlp.shared}, 20 to a
 * document; one warm-up and 5 measured rounds.
 */
public class IndexingThroughput {

  static final String CLASSIC =
      "<fieldType name=\"text_hi\" class=\"solr.TextField\" positionIncrementGap=\"100\"><analyzer>"
          + "<tokenizer name=\"standard\"/><filter name=\"lowercase\"/><filter name=\"indicNormalization\"/>"
          + "<filter name=\"hindiNormalization\"/><filter name=\"hindiStem\"/></analyzer></fieldType>";

  static List<String> documents(int perDoc) throws Exception {
    Path file = Path.of(System.getProperty("hindinlp.shared"), "corpora/dakshina-hi/hi.wiki-filt.valid.text.sorted.tsv.gz");
    assertTrue(file + " is missing: set -Dhindinlp.shared", Files.isRegularFile(file));
    List<String> docs = new ArrayList<>();
    StringBuilder doc = new StringBuilder();
    int n = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        doc.append(line).append(' ');
        if (++n % perDoc == 0) {
          docs.add(doc.toString());
          doc.setLength(0);
        }
      }
    }
    if (doc.length() > 0) {
      docs.add(doc.toString());
    }
    return docs;
  }

  /** A core named {@code name} whose field "text" has the given type (from the configset's schema, plus text_hi). */
  static void makeCore(Path home, String name, String type) throws Exception {
    HindiNlpSolrTest.copyTree(Path.of(System.getProperty("hindinlp.configset")), home.resolve(name));
    Files.writeString(home.resolve(name).resolve("core.properties"), "name=" + name + "\n", StandardCharsets.UTF_8);
    Path schema = home.resolve(name).resolve("conf/schema.xml");
    String s = Files.readString(schema, StandardCharsets.UTF_8);
    int cut = s.indexOf("  <fieldType name=\"string\"");
    String fields = "  <field name=\"id\" type=\"string\" indexed=\"true\" stored=\"true\" required=\"true\"/>\n"
        + "  <field name=\"_version_\" type=\"plong\" indexed=\"false\" stored=\"false\" docValues=\"true\"/>\n"
        + "  <field name=\"text\" type=\"" + type + "\" indexed=\"true\" stored=\"true\"/>\n";
    String head = s.substring(0, s.indexOf("  <field name=\"id\""));
    Files.writeString(schema, head + fields + "\n" + s.substring(cut).replace("</schema>", CLASSIC + "\n</schema>"), StandardCharsets.UTF_8);
  }

  static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  @Test
  public void measure() throws Exception {
    List<String> docs = documents(20);
    Path home = Files.createTempDirectory("solr-throughput");
    Files.writeString(home.resolve("solr.xml"), "<solr/>\n", StandardCharsets.UTF_8);
    Map<String, String> variants = new LinkedHashMap<>();
    variants.put("text_hi (Solr's Hindi chain)", "text_hi");
    variants.put("text_hi_nlp", "text_hi_nlp");
    for (String type : variants.values()) {
      makeCore(home, type, type);
    }
    int rounds = 5;
    Map<String, long[]> wall = new LinkedHashMap<>();
    Map<String, long[]> cpu = new LinkedHashMap<>();
    CoreContainer cc = CoreContainer.createAndLoad(home);
    try {
      for (int round = -1; round < rounds; round++) {
        List<String> order = new ArrayList<>(variants.keySet());
        if (round >= 0 && round % 2 == 1) {
          java.util.Collections.reverse(order);
        }
        for (String v : order) {
          String core = variants.get(v);
          try (EmbeddedSolrServer solr = new EmbeddedSolrServer(cc, core) {
                @Override
                public void close() {
                  // the container is shared: closed below
                }
              }) {
            solr.deleteByQuery("*:*");
            solr.commit();
            long w0 = System.nanoTime();
            long c0 = cpu();
            List<SolrInputDocument> batch = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
              SolrInputDocument d = new SolrInputDocument();
              d.addField("id", Integer.toString(i));
              d.addField("text", docs.get(i));
              batch.add(d);
              if (batch.size() == 100) {
                solr.add(batch);
                batch.clear();
              }
            }
            if (!batch.isEmpty()) {
              solr.add(batch);
            }
            solr.commit();
            long w = System.nanoTime() - w0;
            long c = cpu() - c0;
            assertEquals(docs.size(), solr.query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound());
            if (round >= 0) {
              wall.computeIfAbsent(v, k -> new long[rounds])[round] = w;
              cpu.computeIfAbsent(v, k -> new long[rounds])[round] = c;
            }
          }
        }
      }
    } finally {
      cc.shutdown();
    }
    System.out.printf(Locale.ROOT, "Indexing throughput, Solr %s, Java %s, %d docs, %d rounds after 1 warm-up%n",
        org.apache.solr.client.api.util.SolrVersion.LATEST, Runtime.version(), docs.size(), rounds);
    System.out.printf(Locale.ROOT, "%-32s %10s %10s %14s%n", "field type", "wall ms", "CPU ms", "docs/s (wall)");
    for (String v : variants.keySet()) {
      long w = median(wall.get(v));
      System.out.printf(Locale.ROOT, "%-32s %10d %10d %14.0f%n", v, w / 1_000_000, median(cpu.get(v)) / 1_000_000, docs.size() / (w / 1e9));
    }
    String peer = "text_hi (Solr's Hindi chain)";
    double[] ratios = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      ratios[i] = (double) cpu.get(peer)[i] / cpu.get("text_hi_nlp")[i];
    }
    Arrays.sort(ratios);
    System.out.printf(Locale.ROOT, "speed of text_hi_nlp vs text_hi (median wall / median wall): %.2fx; per-round CPU ratios: %s (median %.2fx)%n",
        (double) median(wall.get(peer)) / median(wall.get("text_hi_nlp")),
        Arrays.stream(ratios).mapToObj(r -> String.format(Locale.ROOT, "%.2f", r)).toList(), ratios[rounds / 2]);
  }

  static long median(long[] xs) {
    long[] s = xs.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }
}
