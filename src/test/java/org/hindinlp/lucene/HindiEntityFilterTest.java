package org.hindinlp.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.hindinlp.ner.Entity;
import org.hindinlp.ner.EntityTagger;
import org.hindinlp.ner.EntityType;
import org.hindinlp.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code hindiEntities} filter: token types, extra type tokens, and searching by type. */
class HindiEntityFilterTest {

  @TempDir Path dir;

  static Analyzer analyzer() throws IOException {
    return CustomAnalyzer.builder()
        .withTokenizer("hindiNlp")
        .addTokenFilter("hindiEntities")
        .addTokenFilter("devanagariNormalization", "level", "search")
        .build();
  }

  record Tok(String term, String type, int posInc, int start, int end) {}

  static List<Tok> tokens(Analyzer a, String text) throws IOException {
    List<Tok> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("body", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(new Tok(term.toString(), type.type(), pos.getPositionIncrement(), off.startOffset(), off.endOffset()));
      }
      ts.end();
    }
    return out;
  }

  @Test
  void marksEntityTokensAndAddsTypeTokensAtTheSamePosition() throws IOException {
    try (Analyzer a = analyzer()) {
      List<Tok> t = tokens(a, "राष्ट्रपति व्लादिमीर पुतिन ने रूस में कहा।");
      assertEquals(new Tok("राष्ट्रपति", "<WORD>", 1, 0, 10), t.get(0));
      assertEquals(new Tok("व्लादिमीर", "PERSON", 1, 11, 20), t.get(1));
      assertEquals(new Tok("_PERSON", "<ENTITY>", 0, 11, 20), t.get(2));
      assertEquals(new Tok("पुतिन", "PERSON", 1, 21, 26), t.get(3));
      assertEquals(new Tok("_PERSON", "<ENTITY>", 0, 21, 26), t.get(4));
      assertEquals(new Tok("ने", "<WORD>", 1, 27, 29), t.get(5));
      assertEquals(new Tok("रूस", "LOCATION", 1, 30, 33), t.get(6));
      assertEquals(new Tok("_LOCATION", "<ENTITY>", 0, 30, 33), t.get(7));
      // The stream is reusable: a second document is tagged afresh.
      List<Tok> second = tokens(a, "केसीएनए ने बताया");
      assertEquals(new Tok("_ORGANIZATION", "<ENTITY>", 0, 0, 7), second.get(1));
    }
  }

  @Test
  void factoryParameters() throws IOException {
    assertTrue(TokenFilterFactory.availableTokenFilters().contains("hindiEntities"));
    assertSame(HindiEntityFilterFactory.class, TokenFilterFactory.lookupClass("hindiEntities"));
    assertThrows(
        IllegalArgumentException.class,
        () -> TokenFilterFactory.forName("hindiEntities", new HashMap<>(Map.of("bogus", "1"))));
    assertThrows(
        IllegalArgumentException.class,
        () -> TokenFilterFactory.forName("hindiEntities", new HashMap<>(Map.of("matchLevel", "loose"))));
    Files.writeString(dir.resolve("parties.tsv"), "#types: PARTY\nभाजपा\tPARTY\tparty:bjp\n");
    try (Analyzer a =
        CustomAnalyzer.builder(dir)
            .withTokenizer("hindiNlp")
            .addTokenFilter("hindiEntities", "lists", "parties.tsv", "builtInLists", "false", "model", "false")
            .build()) {
      List<Tok> t = tokens(a, "भाजपा और रूस");
      assertEquals(new Tok("_PARTY", "<ENTITY>", 0, 0, 5), t.get(1));
      assertEquals("<WORD>", t.get(t.size() - 1).type(), "no built-in lists, no model: रूस unmarked");
    }
  }

  /** A real index on disk: a query on _PERSON finds exactly the documents that mention a person. */
  @Test
  void searchingByEntityType() throws IOException {
    List<String> sentences = new ArrayList<>();
    for (String line :
        Files.readAllLines(SharedData.require("corpora/ud-hindi-pud/hi_pud-ud-test.conllu"), StandardCharsets.UTF_8)) {
      if (line.startsWith("# text = ")) {
        sentences.add(line.substring("# text = ".length()));
      }
      if (sentences.size() == 300) {
        break;
      }
    }
    int withPerson = 0;
    int withOrg = 0;
    for (String s : sentences) {
      List<Entity> e = EntityTagger.standard().tag(s);
      withPerson += e.stream().anyMatch(x -> x.type().equals(EntityType.PERSON)) ? 1 : 0;
      withOrg += e.stream().anyMatch(x -> x.type().equals(EntityType.ORGANIZATION)) ? 1 : 0;
    }
    assertTrue(withPerson >= 10, "PUD sentences with a person: " + withPerson);
    try (Analyzer a = analyzer();
        FSDirectory d = FSDirectory.open(dir.resolve("index"))) {
      try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(a))) {
        for (int i = 0; i < sentences.size(); i++) {
          Document doc = new Document();
          doc.add(new StringField("id", Integer.toString(i), Field.Store.YES));
          doc.add(new TextField("body", sentences.get(i), Field.Store.YES));
          w.addDocument(doc);
        }
      }
      try (DirectoryReader r = DirectoryReader.open(d)) {
        IndexSearcher s = new IndexSearcher(r);
        assertEquals(withPerson, s.count(new TermQuery(new Term("body", "_PERSON"))));
        assertEquals(withOrg, s.count(new TermQuery(new Term("body", "_ORGANIZATION"))));
        for (ScoreDoc hit : s.search(new TermQuery(new Term("body", "_PERSON")), 5).scoreDocs) {
          String text = s.storedFields().document(hit.doc).get("body");
          assertTrue(
              EntityTagger.standard().tag(text).stream().anyMatch(x -> x.type().equals(EntityType.PERSON)), text);
        }
      }
    }
  }
}
