package org.hindinlp.lucene;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockCharFilter;
import org.apache.lucene.tests.util.TestUtil;
import org.hindinlp.normalize.DevanagariNormalizer;

/**
 * The invariants of Lucene's own {@link BaseTokenStreamTestCase}: terms, offsets, types, position
 * increments, final offset, the reset/close contract, reuse, offset correction through a char
 * filter, and random text analysed twice and from several threads at once.
 *
 * <p>This class is JUnit 4 ({@code LuceneTestCase} runs under the randomizedtesting runner) and is
 * run by the JUnit Vintage engine next to the JUnit 5 tests: re-implementing these checks would
 * test our reading of them rather than Lucene's. The seed of a failing run is printed as {@code
 * -Dtests.seed=...}; pass it back to reproduce.
 */
// Test classes are compiled into the org.hindinlp module (patched), which does not read Lucene's
// test framework as a module: javac's "not exported" lint about it does not apply on the class path
// the tests run on.
@SuppressWarnings("exports")
public class HindiNlpTokenStreamTest extends BaseTokenStreamTestCase {

  private static final String WORD = "<WORD>";
  private static final String NUM = "<NUMBER>";

  /** A mathematical bold digit zero (U+1D7CE) alone: the tokenizer once looped forever on it. */
  public void testSupplementaryDigitTerminates() throws Exception {
    Thread t =
        new Thread(() -> org.hindinlp.tokenize.HindiTokenizer.standard().tokenize("\uD835\uDFCE"));
    t.setDaemon(true);
    t.start();
    t.join(5000);
    assertFalse("tokenize(U+1D7CE) did not return within 5 s", t.isAlive());
  }

  private static Analyzer tokenizerOnly(boolean keepPunctuation) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(
            new HindiNlpTokenizer(org.hindinlp.tokenize.HindiTokenizer.standard(), keepPunctuation));
      }
    };
  }

  public void testTokenizerTermsOffsetsTypes() throws IOException {
    String text = "किम जोंग उन ने कहा, “हिन्दी” 1,20,000 लोग।";
    try (Analyzer a = tokenizerOnly(false)) {
      assertAnalyzesTo(
          a,
          text,
          new String[] {"किम", "जोंग", "उन", "ने", "कहा", "हिन्दी", "1,20,000", "लोग"},
          new int[] {0, 4, 9, 12, 15, 21, 29, 38},
          new int[] {3, 8, 11, 14, 18, 27, 37, 41},
          new String[] {WORD, WORD, WORD, WORD, WORD, WORD, NUM, WORD},
          new int[] {1, 1, 1, 1, 1, 1, 1, 1});
    }
    try (Analyzer a = tokenizerOnly(false)) {
      assertTokenStreamContents(
          a.tokenStream("f", text),
          new String[] {"किम", "जोंग", "उन", "ने", "कहा", "हिन्दी", "1,20,000", "लोग"},
          null,
          null,
          text.length());
    }
  }

  public void testKeepPunctuation() throws IOException {
    try (Analyzer a = tokenizerOnly(true)) {
      assertAnalyzesTo(
          a,
          "कहा। ₹5",
          new String[] {"कहा", "।", "₹", "5"},
          new int[] {0, 3, 5, 6},
          new int[] {3, 4, 6, 7},
          new String[] {WORD, "<PUNCTUATION>", "<SYMBOL>", NUM},
          new int[] {1, 1, 1, 1});
    }
  }

  public void testFinalOffsetCountsTrailingSpace() throws IOException {
    try (Analyzer a = tokenizerOnly(false)) {
      assertTokenStreamContents(
          a.tokenStream("f", "भारत ।  \n"), new String[] {"भारत"}, new int[] {0}, new int[] {4}, 9);
      assertTokenStreamContents(a.tokenStream("f", ""), new String[0], null, null, 0);
      assertTokenStreamContents(a.tokenStream("f", " । "), new String[0], null, null, 3);
    }
  }

  public void testOffsetsThroughCharFilter() throws IOException {
    // MockCharFilter inserts characters; the tokenizer must map its offsets back.
    Analyzer a =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new HindiNlpTokenizer());
          }

          @Override
          protected java.io.Reader initReader(String fieldName, java.io.Reader reader) {
            return new MockCharFilter(reader, 7);
          }
        };
    checkAnalysisConsistency(random(), a, false, "हिन्दी समाचार, ज़मीन और चाँद");
    a.close();
  }

  public void testAnalyzerDefault() throws IOException {
    try (Analyzer a = new HindiNlpAnalyzer()) {
      // उन stays (Lucene's list drops it); ने and कहा are stopwords: positions keep the gap.
      assertAnalyzesTo(
          a,
          "किम जोंग उन ने कहा",
          new String[] {"किम", "जोंग", "उन"},
          new int[] {0, 4, 9},
          new int[] {3, 8, 11},
          new int[] {1, 1, 1});
      assertAnalyzesTo(
          a,
          "उन्होंने आप के गया में",
          new String[] {"उन्होंने", "आप", "गया"},
          new int[] {1, 1, 2});
      // Search folding, Latin lowercased, digits to ASCII, offsets on the original words.
      assertAnalyzesTo(
          a,
          "हिन्दी ज़मीन चाँद BJP ४२",
          new String[] {"हिंदी", "जमीन", "चांद", "bjp", "42"},
          new int[] {0, 7, 13, 18, 22},
          new int[] {6, 12, 17, 21, 24});
      // The _analyze example of docs/search-engines.md.
      assertAnalyzesTo(
          a,
          "किम जोंग उन ने हिन्दी में कहा",
          new String[] {"किम", "जोंग", "उन", "हिंदी"},
          new int[] {0, 4, 9, 15},
          new int[] {3, 8, 11, 21});
      checkOneTerm(a, "हिंदी", "हिंदी");
      checkOneTerm(a, "सम्बन्ध", "संबंध");
    }
  }

  public void testAnalyzerNormalizeForQueries() {
    try (Analyzer a = new HindiNlpAnalyzer()) {
      assertEquals("हिंदी", a.normalize("f", "हिन्दी").utf8ToString());
      assertEquals("जमीन*", a.normalize("f", "ज़मीन*").utf8ToString());
      assertEquals("bjp", a.normalize("f", "BJP").utf8ToString());
    }
  }

  public void testCanonicalKeepsDistinctWords() throws IOException {
    try (Analyzer a =
        HindiNlpAnalyzer.builder().normalizer(DevanagariNormalizer.canonical()).build()) {
      assertAnalyzesTo(a, "जंग ज़ंग दिन दीन", new String[] {"जंग", "ज\u093Cंग", "दिन", "दीन"});
      // The stopword काफ़ी, listed with a precomposed-or-not nukta, is normalized like the text.
      assertAnalyzesTo(a, "काफ़ी काफ़ी बारिश", new String[] {"बारिश"}, new int[] {3});
    }
  }

  public void testStemmingWithExclusions() throws IOException {
    try (Analyzer a =
        HindiNlpAnalyzer.builder()
            .stem(true)
            .stemExclusions(new CharArraySet(java.util.List.of("लड़कियों"), false))
            .build()) {
      assertAnalyzesTo(a, "किताबें लड़कियों", new String[] {"किताब", "लडकियों"});
    }
  }

  public void testKeywordAttributeIsRespected() throws IOException {
    CharArraySet keep = new CharArraySet(java.util.List.of("हिन्दी"), false);
    Analyzer a =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer t = new HindiNlpTokenizer();
            TokenStream s = new SetKeywordMarkerFilter(t, keep);
            return new TokenStreamComponents(t, new DevanagariNormalizationFilter(s));
          }
        };
    assertAnalyzesTo(a, "हिन्दी सम्बन्ध", new String[] {"हिन्दी", "संबंध"});
    a.close();
  }

  public void testTermThatNormalizesToNothingIsKept() throws IOException {
    // A lone nukta is an OTHER token; removing the nukta would leave an empty term.
    try (Analyzer a = new HindiNlpAnalyzer()) {
      assertAnalyzesTo(a, "क \u093C ख", new String[] {"क", "\u093C", "ख"});
      assertEquals("\u093C", a.normalize("f", "\u093C").utf8ToString());
    }
  }

  public void testResetAndCloseContract() throws IOException {
    try (Analyzer a = new HindiNlpAnalyzer()) {
      checkResetException(a, "हिंदी समाचार");
    }
    try (Analyzer a = tokenizerOnly(false)) {
      checkResetException(a, "भारत ने कहा");
    }
  }

  public void testEndWithoutIncrementToken() throws IOException {
    Tokenizer t = new HindiNlpTokenizer();
    t.setReader(new StringReader("भारत ने"));
    t.reset();
    t.end();
    assertEquals(
        7,
        t.getAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class)
            .endOffset());
    t.close();
  }

  public void testSourceTokenAttribute() throws IOException {
    Tokenizer t = new HindiNlpTokenizer();
    String text = "डॉ. मनमोहन सिंह";
    t.setReader(new StringReader(text));
    SourceTokenAttribute src = t.addAttribute(SourceTokenAttribute.class);
    t.reset();
    assertTrue(t.incrementToken());
    assertEquals(text, src.sourceText());
    assertEquals("डॉ.", src.token().text());
    assertEquals(org.hindinlp.tokenize.TokenKind.WORD, src.token().kind());
    t.end();
    t.close();
  }

  public void testLargeInput() throws IOException {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 300_000) {
      sb.append("भारत ने कहा कि हिन्दी समाचार ");
    }
    String text = sb.toString();
    try (Analyzer a = new HindiNlpAnalyzer();
        TokenStream ts = a.tokenStream("f", text)) {
      org.apache.lucene.analysis.tokenattributes.OffsetAttribute off =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
      ts.reset();
      int last = -1;
      while (ts.incrementToken()) {
        last = off.endOffset();
      }
      ts.end();
      assertEquals(text.length(), off.endOffset());
      assertEquals(text.length() - 1, last);
    }
  }

  public void testRandomStrings() throws IOException {
    for (Analyzer a :
        new Analyzer[] {
          tokenizerOnly(false),
          tokenizerOnly(true),
          new HindiNlpAnalyzer(),
          HindiNlpAnalyzer.builder().stem(true).keepPunctuation(true).build()
        }) {
      checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
      a.close();
    }
  }

  public void testRandomHugeStrings() throws IOException {
    try (Analyzer a = new HindiNlpAnalyzer()) {
      checkRandomData(random(), a, 10 * RANDOM_MULTIPLIER, 8192);
    }
  }

  /** Random text drawn mostly from Devanagari, where the tokenizer and normalizer do their work. */
  public void testRandomDevanagari() throws IOException {
    Random r = random();
    String alphabet =
        "कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसहक़ज़फ़ड़ािीुूेैोौंँःृ़्ॅॉअआइईउऊएऐओऔ।॥०१२३४५६७८९"
            + "\u200C\u200D\u00AD\u00A0 ,.?!-/\"'“”‘’()₹%@#abcXYZ12😀\n";
    try (Analyzer a = new HindiNlpAnalyzer();
        Analyzer t = tokenizerOnly(true);
        Analyzer c = HindiNlpAnalyzer.builder().normalizer(DevanagariNormalizer.canonical()).build()) {
      for (int i = 0; i < 500 * RANDOM_MULTIPLIER; i++) {
        int len = TestUtil.nextInt(r, 0, 60);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < len; ) {
          int cp = alphabet.codePointAt(r.nextInt(alphabet.length()));
          if (Character.isLowSurrogate((char) cp)) {
            continue;
          }
          sb.appendCodePoint(cp);
          k++;
        }
        String text = sb.toString();
        checkAnalysisConsistency(r, a, r.nextBoolean(), text);
        checkAnalysisConsistency(r, t, r.nextBoolean(), text);
        checkAnalysisConsistency(r, c, r.nextBoolean(), text);
      }
    }
  }
}
