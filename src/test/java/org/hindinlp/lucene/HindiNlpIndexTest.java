package org.hindinlp.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.hindinlp.normalize.DevanagariNormalizer;
import org.hindinlp.testing.SharedData;
import org.hindinlp.tokenize.Token;
import org.hindinlp.tokenize.HindiTokenizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real index on disk: the 1,000 sentences of UD Hindi PUD plus the Dakshina Wikipedia sentences
 * that contain one of the spelling variants under test, indexed with {@link HindiNlpAnalyzer}
 * (search level), then searched and highlighted. The corpora are read from {@code ../shared}; the
 * test is skipped where they are absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HindiNlpIndexTest {

  private static final String BODY = "body";
  private static final FieldType BODY_TYPE = new FieldType();

  static {
    BODY_TYPE.setTokenized(true);
    BODY_TYPE.setStored(true);
    BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    BODY_TYPE.setStoreTermVectors(true);
    BODY_TYPE.setStoreTermVectorPositions(true);
    BODY_TYPE.setStoreTermVectorOffsets(true);
    BODY_TYPE.freeze();
  }

  /** Variant pairs that the search level must conflate: one spelling finds the other. */
  private static final List<List<String>> PAIRS =
      List.of(
          List.of("हिन्दी", "हिंदी"),
          List.of("चाँद", "चांद"),
          List.of("ज़मीन", "जमीन"),
          List.of("ज़िला", "जिला"));

  private final Analyzer analyzer = new HindiNlpAnalyzer();
  private final List<String> texts = new ArrayList<>();
  private Directory directory;
  private DirectoryReader reader;
  private IndexSearcher searcher;

  @BeforeAll
  void buildIndex(@TempDir Path dir) throws IOException {
    texts.addAll(pudSentences());
    texts.addAll(dakshinaSentencesWithVariants(40));
    texts.add("उत्तर कोरिया के नेता किम जोंग उन ने कहा कि परीक्षण सफल रहा।");
    texts.add("आप नेता ने गया जिले में रैली की।");
    directory = FSDirectory.open(dir.resolve("index"));
    try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (int i = 0; i < texts.size(); i++) {
        Document d = new Document();
        d.add(new StoredField("id", i));
        d.add(new Field(BODY, texts.get(i), BODY_TYPE));
        w.addDocument(d);
      }
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
  }

  @AfterAll
  void close() throws IOException {
    if (reader != null) {
      reader.close();
    }
    if (directory != null) {
      directory.close();
    }
    analyzer.close();
  }

  private static List<String> pudSentences() throws IOException {
    Path pud = SharedData.require("corpora/ud-hindi-pud/hi_pud-ud-test.conllu");
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(pud, StandardCharsets.UTF_8)) {
      if (line.startsWith("# text = ")) {
        out.add(line.substring("# text = ".length()));
      }
    }
    assertEquals(1000, out.size());
    return out;
  }

  /** Up to {@code perWord} sentences for each spelling in {@link #PAIRS}. */
  private static List<String> dakshinaSentencesWithVariants(int perWord) throws IOException {
    Path file = SharedData.require("corpora/dakshina-hi/hi.wiki-filt.valid.text.sorted.tsv.gz");
    Map<String, Integer> counts = new HashMap<>();
    List<String> out = new ArrayList<>();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String text = line.substring(line.lastIndexOf('\t') + 1).strip();
        for (List<String> pair : PAIRS) {
          for (String w : pair) {
            if (counts.getOrDefault(w, 0) < perWord && containsWord(text, w)) {
              counts.merge(w, 1, Integer::sum);
              out.add(text);
            }
          }
        }
      }
    }
    return out;
  }

  private static boolean containsWord(String text, String word) {
    String c = DevanagariNormalizer.canonical().normalizeToString(word);
    return text.contains(word)
        && HindiTokenizer.standard().tokenize(text).stream().anyMatch(t -> t.canonical().equals(c));
  }

  /** The single term the analyzer makes of a word. */
  private String term(String word) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(BODY, word)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(t.toString());
      }
      ts.end();
    }
    assertEquals(1, terms.size(), word + " -> " + terms);
    return terms.get(0);
  }

  private Set<Integer> search(Query q) throws IOException {
    Set<Integer> ids = new TreeSet<>();
    for (ScoreDoc sd : searcher.search(q, 10_000).scoreDocs) {
      ids.add(searcher.storedFields().document(sd.doc).getField("id").numericValue().intValue());
    }
    return ids;
  }

  /** Documents that contain one of the words as a token (canonical comparison, no Lucene). */
  private Set<Integer> containing(List<String> words) {
    Set<String> canon = new HashSet<>();
    for (String w : words) {
      canon.add(DevanagariNormalizer.canonical().normalizeToString(w));
    }
    Set<Integer> ids = new TreeSet<>();
    for (int i = 0; i < texts.size(); i++) {
      for (Token t : HindiTokenizer.standard().tokenize(texts.get(i))) {
        if (canon.contains(t.canonical())) {
          ids.add(i);
          break;
        }
      }
    }
    return ids;
  }

  @Test
  void indexHoldsTheCorpus() {
    assertTrue(reader.numDocs() > 1100, "documents: " + reader.numDocs());
  }

  @Test
  void spellingVariantsFindEachOther() throws IOException {
    for (List<String> pair : PAIRS) {
      Set<Integer> expected = containing(pair);
      assertFalse(containing(List.of(pair.get(0))).isEmpty(), pair.get(0) + " not in the corpus");
      assertFalse(containing(List.of(pair.get(1))).isEmpty(), pair.get(1) + " not in the corpus");
      for (String w : pair) {
        assertEquals(expected, search(new TermQuery(new Term(BODY, term(w)))), "query " + w);
      }
    }
  }

  /**
   * Every group of spellings in PUD that the search level conflates (found by the normalizer, not
   * listed by hand: ज़्यादा and ज्यादा, शान्ति and शांति ...) finds the union of its documents.
   */
  @Test
  void corpusVariantGroupsFindEachOther() throws IOException {
    Map<String, Set<String>> groups = new LinkedHashMap<>();
    for (int i = 0; i < 1000; i++) {
      for (Token t : HindiTokenizer.standard().tokenize(texts.get(i))) {
        if (t.kind() == org.hindinlp.tokenize.TokenKind.WORD) {
          groups
              .computeIfAbsent(DevanagariNormalizer.search().normalizeToString(t.canonical()), k -> new TreeSet<>())
              .add(t.canonical());
        }
      }
    }
    int checked = 0;
    for (Set<String> spellings : groups.values()) {
      if (spellings.size() < 2 || spellings.stream().anyMatch(s -> HindiNlpAnalyzer.getDefaultStopSet().contains(s))) {
        continue;
      }
      List<String> list = new ArrayList<>(spellings);
      Set<Integer> expected = containing(list);
      for (String w : list) {
        assertEquals(expected, search(new TermQuery(new Term(BODY, term(w)))), "query " + w + " of " + list);
      }
      checked++;
    }
    assertTrue(checked >= 10, "variant groups in PUD: " + checked);
  }

  @Test
  void namesSurviveStopwords() throws IOException {
    int kimDoc = texts.size() - 2;
    int aapDoc = texts.size() - 1;
    PhraseQuery kim = new PhraseQuery(BODY, term("किम"), term("जोंग"), term("उन"));
    assertEquals(Set.of(kimDoc), search(kim));
    // Lucene's list drops आप (the party) and गया (the city); ours keeps them.
    assertTrue(search(new TermQuery(new Term(BODY, term("आप")))).contains(aapDoc));
    assertTrue(search(new TermQuery(new Term(BODY, term("गया")))).contains(aapDoc));
  }

  /** No word tagged PROPN in UD Hindi PUD is dropped by the stopword filter. */
  @Test
  void noProperNounOfPudIsAStopword() throws IOException {
    Path pud = SharedData.require("corpora/ud-hindi-pud/hi_pud-ud-test.conllu");
    Set<String> dropped = new TreeSet<>();
    int seen = 0;
    for (String line : Files.readAllLines(pud, StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t");
      if (cols.length == 10 && cols[3].equals("PROPN")) {
        seen++;
        try (TokenStream ts = analyzer.tokenStream(BODY, cols[1])) {
          ts.reset();
          if (!ts.incrementToken()) {
            dropped.add(cols[1]);
          }
          while (ts.incrementToken()) {
            // drain
          }
          ts.end();
        }
      }
    }
    assertTrue(seen > 1000, "PROPN tokens: " + seen);
    assertEquals(Set.of(), dropped);
  }

  /**
   * Highlights land on the original words: the highlighted field, tags removed, is the stored text
   * unchanged, and every highlighted passage is one of the spellings searched for.
   */
  @Test
  void highlightsLandOnOriginalWords() throws IOException {
    UnifiedHighlighter hl =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withBreakIterator(WholeBreakIterator::new)
            .withMaxLength(100_000)
            .build();
    Pattern bold = Pattern.compile("<b>(.*?)</b>");
    for (List<String> pair : PAIRS) {
      Query q = new TermQuery(new Term(BODY, term(pair.get(0))));
      TopDocs top = searcher.search(q, 10_000);
      String[] snippets = hl.highlight(BODY, q, top, 10_000);
      Set<String> highlighted = new TreeSet<>();
      for (int i = 0; i < snippets.length; i++) {
        String stored = searcher.storedFields().document(top.scoreDocs[i].doc).get(BODY);
        assertEquals(stored, snippets[i].replace("<b>", "").replace("</b>", ""));
        Matcher m = bold.matcher(snippets[i]);
        while (m.find()) {
          highlighted.add(DevanagariNormalizer.canonical().normalizeToString(m.group(1)));
        }
      }
      Set<String> allowed = new TreeSet<>();
      for (String w : pair) {
        allowed.add(DevanagariNormalizer.canonical().normalizeToString(w));
      }
      assertEquals(allowed, highlighted, "highlights for " + pair);
    }
  }

  /**
   * For every document and every indexed occurrence, the stored offsets cover exactly a token of
   * the library tokenizer, and that original text analyses to the indexed term.
   */
  @Test
  void everyStoredOffsetCoversItsOriginalWord() throws IOException {
    int occurrences = 0;
    for (int doc = 0; doc < reader.maxDoc(); doc++) {
      String text = searcher.storedFields().document(doc).get(BODY);
      Map<Integer, Token> byStart = new HashMap<>();
      for (Token t : HindiTokenizer.standard().tokenize(text)) {
        byStart.put(t.start(), t);
      }
      Terms tv = reader.termVectors().get(doc, BODY);
      TermsEnum te = tv.iterator();
      PostingsEnum pe = null;
      for (BytesRef b = te.next(); b != null; b = te.next()) {
        String term = b.utf8ToString();
        pe = te.postings(pe, PostingsEnum.OFFSETS);
        pe.nextDoc();
        for (int k = 0; k < pe.freq(); k++) {
          pe.nextPosition();
          int s = pe.startOffset();
          int e = pe.endOffset();
          Token t = byStart.get(s);
          assertTrue(t != null && t.end() == e, "offsets " + s + "-" + e + " in: " + text);
          assertEquals(term, analyzer.normalize(BODY, text.substring(s, e)).utf8ToString());
          occurrences++;
        }
      }
    }
    assertTrue(occurrences > 15_000, "occurrences: " + occurrences);
  }

  /** Stopwords leave position gaps, so positions still count every word. */
  @Test
  void positionsCountStopwords() throws IOException {
    try (TokenStream ts = analyzer.tokenStream(BODY, "किम जोंग उन ने कहा कि परीक्षण सफल रहा")) {
      PositionIncrementAttribute pi = ts.addAttribute(PositionIncrementAttribute.class);
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      List<String> got = new ArrayList<>();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += pi.getPositionIncrement();
        got.add(t + "@" + pos);
      }
      ts.end();
      assertEquals(List.of("किम@0", "जोंग@1", "उन@2", "परीक्षण@6", "सफल@7"), got);
    }
  }
}
