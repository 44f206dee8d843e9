package org.hindinlp.solr;

import com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.solr.SolrTestCaseJ4;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.util.Utils;
import org.hindinlp.ner.Entity;
import org.hindinlp.ner.EntityTagger;
import org.hindinlp.normalize.DevanagariNormalizer;
import org.hindinlp.tokenize.HindiTokenizer;
import org.hindinlp.tokenize.Token;
import org.junit.AfterClass;
import org.junit.BeforeClass;

/**
 * An embedded Solr 9 core (Solr's own test framework) loading the ready configset
 * {@code search/solr/configset/hindi-nlp}: the documents of {@code search/examples/news-docs.jsonl}
 * indexed, then searched with spelling variants, highlighted, and faceted by entity type.
 * Expectations come from the core library run directly, never from Solr's own output.
 */
@ThreadLeakFilters(defaultFilters = true, filters = {CommonPoolThreads.class})
public class HindiNlpSolrTest extends SolrTestCaseJ4 {

  static List<Map<String, String>> docs;
  static EmbeddedSolrServer solr;
  static Path conf;

  /** The configset copied into a fresh Solr home as the core's instance directory. */
  static Path solrHome(String core) throws IOException {
    Path configset = Path.of(System.getProperty("hindinlp.configset"));
    Path home = createTempDir();
    copyTree(configset, home.resolve(core));
    // A node configuration with Solr's defaults.
    Files.writeString(home.resolve("solr.xml"), "<solr/>\n", StandardCharsets.UTF_8);
    return home;
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /** The example documents (JSON objects of strings, one a line), read with Solr's own JSON parser. */
  static List<Map<String, String>> readDocs() throws IOException {
    Path file = Path.of(System.getProperty("hindinlp.configset")).resolve("../../../examples/news-docs.jsonl");
    List<Map<String, String>> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        Map<String, String> doc = new TreeMap<>();
        ((Map<?, ?>) Utils.fromJSONString(line)).forEach((k, v) -> doc.put((String) k, (String) v));
        out.add(doc);
      }
    }
    return out;
  }

  @BeforeClass
  public static void startCore() throws Exception {
    Path home = solrHome("collection1");
    conf = home.resolve("collection1/conf");
    // An index on disk, as on a Solr server (the test framework would otherwise pick one at random).
    useFactory("solr.StandardDirectoryFactory");
    initCore("solrconfig.xml", "schema.xml", home.toString());
    solr = new EmbeddedSolrServer(h.getCoreContainer(), "collection1");
    docs = readDocs();
    for (Map<String, String> d : docs) {
      SolrInputDocument doc = new SolrInputDocument();
      doc.addField("id", d.get("id"));
      doc.addField("body", d.get("body"));
      solr.add(doc);
    }
    solr.commit();
  }

  @AfterClass
  public static void stopCore() {
    // Not solr.close(): that would close the core container, which the test framework closes
    // itself (and checks for leaks) after this.
    solr = null;
    docs = null;
  }

  /** Ids of the documents with a token that folds (search level) to the same form as {@code word}. */
  static Set<String> docsWithWord(String word) {
    DevanagariNormalizer search = DevanagariNormalizer.search();
    String key = search.normalizeToString(word);
    Set<String> ids = new TreeSet<>();
    for (Map<String, String> d : docs) {
      for (Token t : HindiTokenizer.standard().tokenize(d.get("body"))) {
        if (search.normalizeToString(t.text()).equals(key)) {
          ids.add(d.get("id"));
        }
      }
    }
    return ids;
  }

  static Set<String> ids(QueryResponse r) {
    Set<String> ids = new TreeSet<>();
    for (SolrDocument d : r.getResults()) {
      ids.add((String) d.getFieldValue("id"));
    }
    return ids;
  }

  static String body(String id) {
    return docs.stream().filter(d -> d.get("id").equals(id)).findFirst().orElseThrow().get("body");
  }

  static QueryResponse query(SolrQuery q) {
    try {
      return solr.query(q);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (org.apache.solr.client.solrj.SolrServerException e) {
      throw new IllegalStateException(e);
    }
  }

  public void testSpellingVariantsFindEachOtherAndHighlightAsWritten() {
    Set<String> expected = docsWithWord("हिंदी");
    assertTrue("both spellings occur", expected.stream().anyMatch(id -> body(id).contains("हिन्दी")));
    assertTrue("both spellings occur", expected.stream().anyMatch(id -> body(id).contains("हिंदी")));
    for (String spelling : List.of("हिंदी", "हिन्दी")) {
      SolrQuery q = new SolrQuery("body:" + spelling).setRows(20);
      q.setHighlight(true).addHighlightField("body").setHighlightSimplePre("<em>").setHighlightSimplePost("</em>");
      QueryResponse r = query(q);
      assertEquals(spelling, expected, ids(r));
      for (String id : ids(r)) {
        String snippet = String.join(" ", r.getHighlighting().get(id).get("body"));
        String original = body(id).contains("हिन्दी") ? "हिन्दी" : "हिंदी";
        assertTrue(id + ": " + snippet, snippet.contains("<em>" + original + "</em>"));
      }
    }
  }

  public void testNuktaVariantsFindEachOther() {
    Set<String> expected = docsWithWord("जमीन");
    assertTrue(expected.stream().anyMatch(id -> body(id).contains("जमीन")));
    assertTrue(expected.stream().anyMatch(id -> body(id).contains("\u095Bमीन") || body(id).contains("\u091C\u093Cमीन")));
    assertEquals(expected, ids(query(new SolrQuery("body:जमीन").setRows(20))));
    assertEquals(expected, ids(query(new SolrQuery("body:\u095Bमीन").setRows(20))));
    // The canonical field keeps ज़ and ज apart.
    Set<String> exact = ids(query(new SolrQuery("body_exact:जमीन").setRows(20)));
    assertFalse(exact.isEmpty());
    assertTrue(expected.containsAll(exact) && exact.size() < expected.size());
    for (String id : exact) {
      assertTrue(body(id).contains("जमीन"));
    }
  }

  public void testWildcardTermsAreNormalizedToo() {
    assertEquals(docsWithWord("हिंदी"), ids(query(new SolrQuery("body:हिन्दी*").setRows(20))));
  }

  public void testSearchAndFacetByEntityType() {
    EntityTagger tagger = EntityTagger.builder().addList(conf.resolve("lists/parties.tsv")).build();
    Map<String, Set<String>> byType = new TreeMap<>();
    for (Map<String, String> d : docs) {
      for (Entity e : tagger.tag(d.get("body"))) {
        byType.computeIfAbsent("_" + e.type().name(), k -> new TreeSet<>()).add(d.get("id"));
      }
    }
    assertTrue(byType.toString(), byType.containsKey("_PERSON") && byType.containsKey("_PARTY"));
    for (Map.Entry<String, Set<String>> t : byType.entrySet()) {
      assertEquals(t.getKey(), t.getValue(), ids(query(new SolrQuery("entities:" + t.getKey()).setRows(20))));
    }
    // The facet counts documents per type.
    SolrQuery facet = new SolrQuery("*:*").setRows(0).setFacet(true).addFacetField("entities").setFacetMinCount(1);
    FacetField f = query(facet).getFacetField("entities");
    Map<String, Long> counts = new TreeMap<>();
    for (FacetField.Count c : f.getValues()) {
      counts.put(c.getName(), c.getCount());
    }
    Map<String, Long> expected = new TreeMap<>();
    byType.forEach((k, v) -> expected.put(k, (long) v.size()));
    assertEquals(expected, counts);
  }
}
