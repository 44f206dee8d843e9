package org.hindinlp.elasticsearch;

import org.hamcrest.MatcherAssert;
import static org.hindinlp.elasticsearch.EngineTests.assertResponse;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.elasticsearch.action.admin.indices.analyze.AnalyzeAction;
import org.elasticsearch.action.bulk.BulkRequestBuilder;
import org.elasticsearch.action.bulk.BulkResponse;
import org.elasticsearch.action.search.SearchResponse;
import org.elasticsearch.action.support.WriteRequest;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.search.SearchHit;
import org.elasticsearch.search.aggregations.bucket.terms.Terms;
import org.elasticsearch.search.builder.SearchSourceBuilder;
import org.elasticsearch.search.fetch.subphase.highlight.HighlightField;
import org.elasticsearch.test.ESSingleNodeTestCase;
import org.elasticsearch.xcontent.XContentParser;
import org.elasticsearch.xcontent.XContentType;
import org.elasticsearch.xcontent.json.JsonXContent;
import org.hindinlp.ner.Entity;
import org.hindinlp.ner.EntityTagger;
import org.hindinlp.ner.EntityType;
import org.hindinlp.lucene.HindiNlpAnalyzer;
import org.hindinlp.normalize.DevanagariNormalizer;
import org.hindinlp.tokenize.HindiTokenizer;
import org.hindinlp.tokenize.Token;

/**
 * A real Elasticsearch node in the test JVM with the plugin loaded: the index definition, the
 * documents and the requests are the files under {@code examples/} that docs/search-engines/elasticsearch.md shows.
 * Expectations come from the core library run directly (its tokenizer, normalizer and tagger),
 * never from the engine's own output.
 */
@ThreadLeakFilters(defaultFilters = true, filters = {CommonPoolThreads.class})
public class HindiNlpNodeTests extends ESSingleNodeTestCase {

  @Override
  protected Collection<Class<? extends Plugin>> getPlugins() {
    return List.of(HindiNlpPlugin.class);
  }

  private void createNews() {
    createIndex("news", client().admin().indices().prepareCreate("news").setSource(Examples.indexDefinition("news-index.json")));
    index("news", Examples.documents());
  }

  private void index(String index, List<String> docs) {
    BulkRequestBuilder bulk = client().prepareBulk().setRefreshPolicy(WriteRequest.RefreshPolicy.IMMEDIATE);
    for (String doc : docs) {
      bulk.add(client().prepareIndex(index).setId((String) Examples.parse(doc).get("id")).setSource(doc, XContentType.JSON));
    }
    BulkResponse r = bulk.get();
    assertFalse(r.buildFailureMessage(), r.hasFailures());
  }

  private SearchSourceBuilder search(String exampleFile) throws IOException {
    try (XContentParser p = createParser(JsonXContent.jsonXContent, Examples.text(exampleFile))) {
      return EngineTests.searchSource(p);
    }
  }

  private static Set<String> ids(SearchResponse r) {
    Set<String> ids = new TreeSet<>();
    for (SearchHit h : r.getHits().getHits()) {
      ids.add(h.getId());
    }
    return ids;
  }

  private static String body(String doc) {
    return (String) Examples.parse(doc).get("body");
  }

  /** The ids of the documents whose body has a token that folds (search level) to {@code word}'s form. */
  private static Set<String> docsWithWord(String word) {
    DevanagariNormalizer search = DevanagariNormalizer.search();
    String key = search.normalizeToString(word);
    Set<String> ids = new TreeSet<>();
    for (String doc : Examples.documents()) {
      for (Token t : HindiTokenizer.standard().tokenize(body(doc))) {
        if (search.normalizeToString(t.text()).equals(key)) {
          ids.add((String) Examples.parse(doc).get("id"));
        }
      }
    }
    return ids;
  }

  /** Spelling variants: हिन्दी and हिंदी find each other; the hit is highlighted as written. */
  public void testVariantSpellingsFindEachOther() throws IOException {
    createNews();
    Set<String> expected = docsWithWord("हिंदी");
    // The test means something only if both spellings occur in the documents.
    MatcherAssert.assertThat(bodiesOf(expected), hasItemContaining("हिन्दी"));
    MatcherAssert.assertThat(bodiesOf(expected), hasItemContaining("हिंदी"));
    assertResponse(
        client().prepareSearch("news").setSource(search("search-variant.json")),
        r -> {
          MatcherAssert.assertThat(ids(r), equalTo(expected));
          for (SearchHit h : r.getHits().getHits()) {
            HighlightField f = h.getHighlightFields().get("body");
            assertNotNull("no highlight for " + h.getId(), f);
            String fragments = String.join(" ", textOf(f));
            String original = body(docById(h.getId())).contains("हिन्दी") ? "हिन्दी" : "हिंदी";
            logger.info("hit {}: {}", h.getId(), fragments);
            MatcherAssert.assertThat(fragments, containsString("<em>" + original + "</em>"));
          }
        });
  }

  /** ज़मीन (precomposed nukta, decomposed nukta) and जमीन find each other. */
  public void testNuktaVariantsFindEachOther() throws IOException {
    createNews();
    Set<String> expected = docsWithWord("जमीन");
    List<String> bodies = bodiesOf(expected);
    MatcherAssert.assertThat(bodies, hasItemContaining("\u095Bमीन"));
    MatcherAssert.assertThat(bodies, hasItemContaining("\u091C\u093Cमीन"));
    MatcherAssert.assertThat(bodies, hasItemContaining("जमीन"));
    logger.info("documents with जमीन in any spelling: {}", expected);
    assertResponse(client().prepareSearch("news").setSource(search("search-nukta.json")), r -> MatcherAssert.assertThat(ids(r), equalTo(expected)));
    // The canonical sub-field keeps ज़ and ज apart: the nukta-less query finds only the nukta-less text.
    assertResponse(
        client().prepareSearch("news").setQuery(org.elasticsearch.index.query.QueryBuilders.matchQuery("body.exact", "जमीन")),
        r -> {
          MatcherAssert.assertThat(ids(r), not(empty()));
          for (SearchHit h : r.getHits().getHits()) {
            MatcherAssert.assertThat(body(docById(h.getId())), containsString("जमीन"));
          }
          MatcherAssert.assertThat(ids(r).size(), org.hamcrest.Matchers.lessThan(expected.size()));
        });
  }

  /** _analyze: terms folded, offsets on the original text, stopwords gone. */
  public void testAnalyzeGivesTermsAndOriginalOffsets() throws IOException {
    createNews();
    AnalyzeAction.Request request;
    try (XContentParser p = createParser(JsonXContent.jsonXContent, Examples.text("analyze.json"))) {
      request = AnalyzeAction.Request.fromXContent(p, "news");
    }
    String text = request.text()[0];
    AnalyzeAction.Response response = client().admin().indices().analyze(request).actionGet();
    List<AnalyzeAction.AnalyzeToken> tokens = response.getTokens();
    MatcherAssert.assertThat(tokens.size(), greaterThan(0));
    DevanagariNormalizer search = DevanagariNormalizer.search();
    List<String> terms = new ArrayList<>();
    StringBuilder shown = new StringBuilder();
    for (AnalyzeAction.AnalyzeToken t : tokens) {
      shown.append(String.format(java.util.Locale.ROOT, "%n  {\"token\": \"%s\", \"start_offset\": %d, \"end_offset\": %d, \"type\": \"%s\", \"position\": %d}",
          t.getTerm(), t.getStartOffset(), t.getEndOffset(), t.getType(), t.getPosition()));
      String original = text.substring(t.getStartOffset(), t.getEndOffset());
      // Each term is its original word, folded; the offsets point at the word as written.
      MatcherAssert.assertThat(t.getTerm(), equalTo(search.normalizeToString(original.toLowerCase(java.util.Locale.ROOT))));
      terms.add(t.getTerm());
    }
    logger.info("_analyze {}: {}", text, shown);
    int at = text.indexOf("हिन्दी");
    assertTrue(at >= 0);
    AnalyzeAction.AnalyzeToken hindi =
        tokens.stream().filter(t -> t.getStartOffset() == at).findFirst().orElseThrow();
    MatcherAssert.assertThat(hindi.getTerm(), equalTo("हिंदी"));
    MatcherAssert.assertThat(hindi.getEndOffset(), equalTo(at + "हिन्दी".length()));
    // Stopwords of the bundled list are removed; names are not.
    MatcherAssert.assertThat(terms, not(hasItem("ने")));
    MatcherAssert.assertThat(terms, not(hasItem("पर")));
    MatcherAssert.assertThat(terms, hasItem("मोदी"));
  }

  /** Search and facet by entity type, against the documents the core's tagger finds persons in. */
  public void testSearchAndFacetByEntityType() throws IOException {
    createNews();
    EntityTagger tagger = EntityTagger.standard();
    Set<String> withPerson = new TreeSet<>();
    Map<String, Integer> docsPerType = new HashMap<>();
    for (String doc : Examples.documents()) {
      Set<String> types = new TreeSet<>();
      for (Entity e : tagger.tag(body(doc))) {
        types.add("_" + e.type().name());
        if (e.type().equals(EntityType.PERSON)) {
          withPerson.add((String) Examples.parse(doc).get("id"));
        }
      }
      types.forEach(t -> docsPerType.merge(t, 1, Integer::sum));
    }
    MatcherAssert.assertThat("the documents name persons", withPerson, not(empty()));
    MatcherAssert.assertThat("and some do not", withPerson.size(), org.hamcrest.Matchers.lessThan(Examples.documents().size()));
    assertResponse(client().prepareSearch("news").setSource(search("search-person.json")), r -> MatcherAssert.assertThat(ids(r), equalTo(withPerson)));
    assertResponse(
        client().prepareSearch("news").setSource(search("facet-entity-types.json")),
        r -> {
          Terms types = r.getAggregations().get("entity_types");
          Map<String, Integer> got = new HashMap<>();
          for (Terms.Bucket b : types.getBuckets()) {
            got.put(b.getKeyAsString(), (int) b.getDocCount());
          }
          logger.info("entity types per document count: {}; documents naming a person: {}", got, withPerson);
          MatcherAssert.assertThat(got, equalTo(docsPerType));
        });
  }

  /** A user list from the config directory adds its own type (PARTY). */
  public void testUserListFromConfigDirectory() throws IOException {
    Path config = Examples.configDir(getInstanceFromNode(Environment.class));
    Path list = config.resolve("hindi-nlp/parties.tsv");
    Files.createDirectories(list.getParent());
    Files.writeString(list, Examples.text("config/hindi-nlp/parties.tsv"), StandardCharsets.UTF_8);
    try {
      createIndex("parties", client().admin().indices().prepareCreate("parties").setSource(Examples.indexDefinition("news-index-lists.json")));
      index("parties", Examples.documents());
      EntityTagger tagger = EntityTagger.builder().addList(org.hindinlp.ner.EntityList.load(list)).build();
      Set<String> withParty = new TreeSet<>();
      for (String doc : Examples.documents()) {
        for (Entity e : tagger.tag(body(doc))) {
          if (e.type().name().equals("PARTY")) {
            withParty.add((String) Examples.parse(doc).get("id"));
          }
        }
      }
      MatcherAssert.assertThat(withParty, not(empty()));
      assertResponse(
          client().prepareSearch("parties").setQuery(org.elasticsearch.index.query.QueryBuilders.termQuery("body.entities", "_PARTY")),
          r -> MatcherAssert.assertThat(ids(r), equalTo(withParty)));
    } finally {
      Files.deleteIfExists(list);
    }
  }

  /** The ready analyzer and the bare component names work without any analysis settings. */
  public void testBareNamesWorkWithoutSettings() {
    createIndex("bare");
    for (String[] chain :
        new String[][] {
          {"analyzer", "hindi_nlp"}, {"tokenizer", "hindi_nlp"},
        }) {
      AnalyzeAction.Request request = new AnalyzeAction.Request("bare").text("हिन्दी ज़मीन");
      if (chain[0].equals("analyzer")) {
        request.analyzer(chain[1]);
      } else {
        request.tokenizer(chain[1]);
        request.addTokenFilter("hindi_nlp_normalization");
      }
      List<String> terms = new ArrayList<>();
      for (AnalyzeAction.AnalyzeToken t : client().admin().indices().analyze(request).actionGet().getTokens()) {
        terms.add(t.getTerm());
      }
      DevanagariNormalizer search = DevanagariNormalizer.search();
      MatcherAssert.assertThat(chain[1], terms, equalTo(List.of(search.normalizeToString("हिन्दी"), search.normalizeToString("ज़मीन"))));
    }
  }

  /** Settings of the ready analyzer and the tokenizer, and the keyword normalizer, against the core library run directly. */
  public void testSettingsAgainstTheCoreLibrary() throws IOException {
    Map<String, Object> analysis =
        Map.of(
            "tokenizer", Map.of("compounds", Map.of("type", "hindi_nlp", "keep_compounds", true)),
            "analyzer",
                Map.of(
                    "stemming", Map.of("type", "hindi_nlp", "stem", true),
                    "no_stopwords", Map.of("type", "hindi_nlp", "stopwords", "_none_"),
                    "canonical", Map.of("type", "hindi_nlp", "level", "canonical")),
            "normalizer", Map.of("hindi_keyword", Map.of("type", "custom", "filter", List.of("lowercase", "hindi_nlp_normalization"))));
    createIndex("settings", client().admin().indices().prepareCreate("settings").setSource(Map.of("settings", Map.of("analysis", analysis))));
    String text = "रूस-डीपीआरके वार्ता में किसानों की ज़मीन और हिन्दी अख़बारों की चर्चा हुई";
    // Each setting changes the terms of this text (else the comparisons below would prove nothing).
    List<String> defaults = luceneTerms(new HindiNlpAnalyzer(), text);
    MatcherAssert.assertThat(esTerms(new AnalyzeAction.Request("settings").analyzer("hindi_nlp").text(text)), equalTo(defaults));
    for (HindiNlpAnalyzer other :
        List.of(
            HindiNlpAnalyzer.builder().stem(true).build(),
            HindiNlpAnalyzer.builder().stopwords(List.of()).build(),
            HindiNlpAnalyzer.builder().normalizer(DevanagariNormalizer.canonical()).build())) {
      MatcherAssert.assertThat(luceneTerms(other, text), not(equalTo(defaults)));
    }
    MatcherAssert.assertThat(esTerms(new AnalyzeAction.Request("settings").analyzer("stemming").text(text)),
        equalTo(luceneTerms(HindiNlpAnalyzer.builder().stem(true).build(), text)));
    MatcherAssert.assertThat(esTerms(new AnalyzeAction.Request("settings").analyzer("no_stopwords").text(text)),
        equalTo(luceneTerms(HindiNlpAnalyzer.builder().stopwords(List.of()).build(), text)));
    MatcherAssert.assertThat(esTerms(new AnalyzeAction.Request("settings").analyzer("canonical").text(text)),
        equalTo(luceneTerms(HindiNlpAnalyzer.builder().normalizer(DevanagariNormalizer.canonical()).build(), text)));
    List<String> compounds = new ArrayList<>();
    for (Token t : HindiTokenizer.builder().keepCompounds(true).build().tokenize(text)) {
      compounds.add(t.text());
    }
    MatcherAssert.assertThat(esTerms(new AnalyzeAction.Request("settings").tokenizer("compounds").text(text)), equalTo(compounds));
    MatcherAssert.assertThat(compounds, hasItem("रूस-डीपीआरके"));
    // A keyword normalizer folds the whole value.
    MatcherAssert.assertThat(esTerms(new AnalyzeAction.Request("settings").normalizer("hindi_keyword").text("हिन्दी ज़मीन")),
        equalTo(List.of(DevanagariNormalizer.search().normalizeToString("हिन्दी ज़मीन"))));
  }

  /** Wildcard terms in a query string are folded like indexed terms: हिन्दी* finds हिंदी. */
  public void testWildcardQueryTermsAreFolded() {
    createNews();
    Set<String> expected = docsWithWord("हिंदी");
    assertResponse(
        client().prepareSearch("news").setQuery(org.elasticsearch.index.query.QueryBuilders.queryStringQuery("हिन्दी*").defaultField("body")),
        r -> MatcherAssert.assertThat(ids(r), equalTo(expected)));
  }

  private List<String> esTerms(AnalyzeAction.Request request) {
    List<String> terms = new ArrayList<>();
    for (AnalyzeAction.AnalyzeToken t : client().admin().indices().analyze(request).actionGet().getTokens()) {
      terms.add(t.getTerm());
    }
    return terms;
  }

  private static List<String> luceneTerms(org.apache.lucene.analysis.Analyzer analyzer, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (analyzer;
        org.apache.lucene.analysis.TokenStream ts = analyzer.tokenStream("f", text)) {
      org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    }
    return terms;
  }

  // --- helpers

  private static String docById(String id) {
    return Examples.documents().stream()
        .filter(d -> id.equals(Examples.parse(d).get("id")))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> bodiesOf(Set<String> ids) {
    List<String> out = new ArrayList<>();
    ids.forEach(id -> out.add(body(docById(id))));
    return out;
  }

  private static List<String> textOf(HighlightField f) {
    List<String> out = new ArrayList<>();
    for (var t : f.fragments()) {
      out.add(t.string());
    }
    return out;
  }

  private static org.hamcrest.Matcher<Iterable<? super String>> hasItemContaining(String s) {
    return hasItem(containsString(s));
  }
}
