package org.hindinlp.lucene10;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Version;
import org.hindinlp.lucene.HindiNlpAnalyzer;
import org.hindinlp.ner.EntityTagger;
import org.hindinlp.ner.EntityType;
import org.junit.jupiter.api.Test;

/**
 * What a Lucene 10 user does with the core jar: the components by SPI name, {@link
 * HindiNlpAnalyzer}, a real index searched with spelling variants, highlighting, and the entity
 * filter, on the Lucene 10 release this build resolved (the core's own Lucene tests run beside it).
 */
class Lucene10Test {

  static final String[] DOCS = {
    "प्रधानमंत्री नरेंद्र मोदी ने हिन्दी दिवस पर भाषण दिया।",
    "किसानों की ज़मीन बाढ़ में डूब गई, असम सरकार ने राहत भेजी।",
    "मौसम विभाग ने कहा कि बारिश जारी रहेगी।",
  };

  @Test
  void runsOnTheLuceneReleaseThisBuildAsksFor() throws URISyntaxException {
    String expected = System.getProperty("lucene.expected.version");
    assertEquals(expected, Version.LATEST.toString(), "Lucene on the class path");
    assertEquals(10, Version.LATEST.major);
    // The components come from the core jar itself, not from a copy compiled here.
    Path jar = Path.of(HindiNlpAnalyzer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertTrue(jar.getFileName().toString().startsWith("hindi-nlp-"), jar.toString());
  }

  @Test
  void spiNamesAreFound() {
    assertTrue(TokenizerFactory.availableTokenizers().contains("hindiNlp"),
        TokenizerFactory.availableTokenizers().toString());
    Set<String> filters = TokenFilterFactory.availableTokenFilters();
    for (String name : List.of("devanagariNormalization", "hindiNlpStop", "hindiEntities")) {
      assertTrue(filters.contains(name), name + " in " + filters);
    }
  }

  record Tok(String term, int start, int end) {}

  static List<Tok> analyze(Analyzer a, String text) throws IOException {
    List<Tok> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(new Tok(term.toString(), off.startOffset(), off.endOffset()));
      }
      ts.end();
    }
    return out;
  }

  @Test
  void chainBySpiNameEqualsTheAnalyzer() throws IOException {
    String text = "किम जोंग उन ने हिन्दी में कहा, ज़मीन ४२ एकड़ है।";
    try (Analyzer custom = CustomAnalyzer.builder()
            .withTokenizer("hindiNlp")
            .addTokenFilter("lowercase")
            .addTokenFilter("devanagariNormalization", "level", "search")
            .addTokenFilter("hindiNlpStop", "level", "search")
            .build();
        Analyzer ready = new HindiNlpAnalyzer()) {
      List<Tok> a = analyze(custom, text);
      assertEquals(a, analyze(ready, text));
      List<String> terms = a.stream().map(Tok::term).toList();
      assertEquals(List.of("किम", "जोंग", "उन", "हिंदी", "जमीन", "42", "एकड"), terms);
      for (Tok t : a) {
        // Offsets point at the original words, whatever the term became.
        String original = text.substring(t.start(), t.end());
        assertEquals(t.term(), ready.normalize("body", original).utf8ToString());
      }
    }
  }

  @Test
  void indexSearchHighlightAndEntities() throws IOException {
    FieldType withOffsets = new FieldType(TextField.TYPE_STORED);
    withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    withOffsets.freeze();
    try (Analyzer analyzer = new HindiNlpAnalyzer();
        Analyzer entities = CustomAnalyzer.builder()
            .withTokenizer("hindiNlp")
            .addTokenFilter("hindiEntities")
            .addTokenFilter("type", "types", "entity-types.txt", "useWhitelist", "true")
            .build();
        Directory dir = new ByteBuffersDirectory()) {
      Analyzer perField = new org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper(
          analyzer, java.util.Map.of("entities", entities));
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(perField))) {
        for (int i = 0; i < DOCS.length; i++) {
          Document d = new Document();
          d.add(new StringField("id", Integer.toString(i), Field.Store.YES));
          d.add(new Field("body", DOCS[i], withOffsets));
          d.add(new TextField("entities", DOCS[i], Field.Store.NO));
          w.addDocument(d);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        // Spelling variants find each other: the query's spelling need not be the document's.
        assertEquals(Set.of("0"), ids(searcher, termQuery(analyzer, "हिंदी")));
        assertEquals(Set.of("0"), ids(searcher, termQuery(analyzer, "हिन्दी")));
        assertEquals(Set.of("1"), ids(searcher, termQuery(analyzer, "जमीन")));
        assertEquals(Set.of("1"), ids(searcher, termQuery(analyzer, "ज़मीन")));

        Query q = termQuery(analyzer, "जमीन");
        TopDocs top = searcher.search(q, 10);
        String[] snippets = UnifiedHighlighter.builder(searcher, analyzer).build()
            .highlight("body", q, top);
        assertTrue(snippets[0].contains("<b>ज़मीन</b>"), snippets[0]);

        // Persons and places, by the entity filter's type tokens: exactly the documents in which
        // the tagger finds one.
        for (EntityType type : List.of(EntityType.PERSON, EntityType.LOCATION)) {
          Set<String> expected = new TreeSet<>();
          for (int i = 0; i < DOCS.length; i++) {
            if (EntityTagger.standard().tag(DOCS[i]).stream().anyMatch(e -> e.type() == type)) {
              expected.add(Integer.toString(i));
            }
          }
          // नरेंद्र मोदी in document 0, असम in document 1.
          assertTrue(expected.contains(type == EntityType.PERSON ? "0" : "1"), type + ": " + expected);
          assertEquals(expected, ids(searcher, new TermQuery(new Term("entities", "_" + type.name()))),
              type.toString());
        }
      }
    }
  }

  static Query termQuery(Analyzer a, String word) {
    return new TermQuery(new Term("body", a.normalize("body", word)));
  }

  static Set<String> ids(IndexSearcher s, Query q) throws IOException {
    Set<String> ids = new TreeSet<>();
    for (ScoreDoc sd : s.search(q, 10).scoreDocs) {
      ids.add(s.storedFields().document(sd.doc).get("id"));
    }
    return ids;
  }
}
