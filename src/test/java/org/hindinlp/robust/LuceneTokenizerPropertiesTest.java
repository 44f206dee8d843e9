package org.hindinlp.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.hindinlp.lucene.HindiNlpAnalyzer;
import org.hindinlp.lucene.HindiNlpTokenizer;
import org.hindinlp.testing.Escapes;
import org.hindinlp.tokenize.HindiTokenizer;
import org.hindinlp.tokenize.Token;
import org.hindinlp.tokenize.TokenKind;

/**
 * The Lucene tokenizer and analyzer on hostile random text (10,000 tries): no exception, offsets
 * inside the text, ordered and non-overlapping; the tokenizer's terms are the library tokenizer's
 * tokens, punctuation and symbols left out. The analyzer is reused across tries, as Lucene reuses it.
 */
class LuceneTokenizerPropertiesTest {

  private static final Analyzer ANALYZER = new HindiNlpAnalyzer();
  private static final Tokenizer TOKENIZER = new HindiNlpTokenizer();

  @Provide
  Arbitrary<String> texts() {
    return RandomText.texts(24);
  }

  @Property(tries = EntryPointPropertiesTest.TRIES)
  void tokenizerOffsetsAreTheLibraryTokens(@ForAll("texts") String s) throws IOException {
    TOKENIZER.setReader(new StringReader(s));
    List<String> got = new ArrayList<>();
    try (TokenStream ts = TOKENIZER) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int prevEnd = 0;
      while (ts.incrementToken()) {
        assertTrue(off.startOffset() >= prevEnd && off.endOffset() > off.startOffset() && off.endOffset() <= s.length(),
            () -> off.startOffset() + "-" + off.endOffset() + " in \"" + Escapes.escape(s) + "\"");
        got.add(off.startOffset() + ":" + s.substring(off.startOffset(), off.endOffset()));
        prevEnd = off.endOffset();
        assertTrue(term.length() > 0);
      }
      ts.end();
      assertEquals(s.length(), off.endOffset());
    }
    List<String> expected = new ArrayList<>();
    for (Token t : HindiTokenizer.standard().tokenize(s)) {
      if (t.kind() != TokenKind.PUNCTUATION && t.kind() != TokenKind.SYMBOL) {
        expected.add(t.start() + ":" + t.text());
      }
    }
    assertEquals(expected, got, () -> Escapes.escape(s));
  }

  @Property(tries = EntryPointPropertiesTest.TRIES)
  void analyzerOffsetsStayInsideTheText(@ForAll("texts") String s) throws IOException {
    try (TokenStream ts = ANALYZER.tokenStream("body", s)) {
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int prevStart = 0;
      while (ts.incrementToken()) {
        assertTrue(off.startOffset() >= prevStart && off.endOffset() >= off.startOffset() && off.endOffset() <= s.length(),
            () -> off.startOffset() + "-" + off.endOffset() + " in \"" + Escapes.escape(s) + "\"");
        assertTrue(inc.getPositionIncrement() >= 0);
        prevStart = off.startOffset();
      }
      ts.end();
    }
  }
}
