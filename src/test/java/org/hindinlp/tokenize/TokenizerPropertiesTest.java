package org.hindinlp.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hindinlp.TextSpan;
import org.hindinlp.sentence.Sentence;
import org.hindinlp.sentence.SentenceAssertions;
import org.hindinlp.sentence.SentenceSplitter;

/** Random Devanagari, Latin, marks, joiners, punctuation, surrogates and controls never break the invariants. */
class TokenizerPropertiesTest {

  private static final String ALPHABET =
      "कखगघङचजञटडणतथदधनपबभमयरलवशषसह"
          + "अआइईउऊएऐओऔ"
          + "ािीुूेैोौ्ंँः़ॅॉ"
          + "\u0958\u095B\u0929"
          + "\u200C\u200D\u00AD\u200B\uFEFF"
          + "abcXYZ0123456789०१२९"
          + ".,;:!?।॥|-—/\"'“”‘’()[]@#%$₹*_&=+"
          + "  \t\n\r\u00A0\u2028"
          + "\u0000\u0007\u001F\u007F"
          + "\uD83D\uDE00\uD800\uDC00\uDBFF"
          + "wh.tp:/";

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMinLength(0).ofMaxLength(120);
  }

  @Property(tries = 1500)
  void tokensAndSeparatorsCoverTheInput(@ForAll("texts") String s) {
    TokenAssertions.assertCovers(s, Tokenizer.standard().tokenize(s));
  }

  @Property(tries = 500)
  void keepCompoundsAlsoCovers(@ForAll("texts") String s) {
    TokenAssertions.assertCovers(s, Tokenizer.builder().keepCompounds(true).build().tokenize(s));
  }

  @Property(tries = 1000)
  void sentencesPartitionTheTokens(@ForAll("texts") String s) {
    List<Token> tokens = Tokenizer.standard().tokenize(s);
    for (SentenceSplitter sp :
        List.of(
            SentenceSplitter.standard(),
            SentenceSplitter.builder().pipeAsDanda(true).lineBreaksEndSentences(false).build())) {
      List<Sentence> sentences = sp.sentences(s, tokens);
      SentenceAssertions.assertPartition(tokens, sentences);
      List<TextSpan> spans = sp.split(s);
      SentenceAssertions.assertValid(s, spans);
      assertEquals(sentences.stream().map(Sentence::span).toList(), spans);
    }
  }

  @Property(tries = 300)
  void anyUnicodeStringIsSafe(@ForAll String s) {
    TokenAssertions.assertCovers(s, Tokenizer.standard().tokenize(s));
    SentenceAssertions.assertValid(s, SentenceSplitter.standard().split(s));
  }

  @Property(tries = 300)
  void tokenizationIsDeterministicAndLocalToSeparators(@ForAll("texts") String a, @ForAll("texts") String b) {
    // Joining two texts with a blank line never changes the tokens of either side.
    List<Token> ta = Tokenizer.standard().tokenize(a);
    List<Token> tb = Tokenizer.standard().tokenize(b);
    List<Token> joined = Tokenizer.standard().tokenize(a + "\n\n" + b);
    assertEquals(ta.size() + tb.size(), joined.size(), () -> "a=" + a + " b=" + b);
  }
}
