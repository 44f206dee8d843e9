package org.hindinlp.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hindinlp.TextSpan;
import org.hindinlp.tokenize.Token;
import org.hindinlp.tokenize.HindiTokenizer;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  @Test
  void defaults() {
    assertFalse(SentenceSplitter.standard().pipeAsDanda());
    assertTrue(SentenceSplitter.standard().lineBreaksEndSentences());
  }

  @Test
  void splitterUsesItsTokenizersAbbreviations() {
    String s = "विभा. के लोग आए। फिर गए।";
    assertEquals(3, SentenceSplitter.standard().split(s).size());
    HindiTokenizer t = HindiTokenizer.builder().addAbbreviation("विभा.").build();
    assertEquals(2, SentenceSplitter.builder().tokenizer(t).build().split(s).size());
  }

  @Test
  void sentencesReferToTokenRanges() {
    String s = "डॉ. शर्मा आए। वे बोले!";
    List<Token> tokens = HindiTokenizer.standard().tokenize(s);
    List<Sentence> sentences = SentenceSplitter.standard().sentences(s, tokens);
    assertEquals(2, sentences.size());
    assertEquals(4, sentences.get(0).tokenCount());
    assertEquals("वे", sentences.get(1).tokens(tokens).get(0).text());
    assertEquals("वे बोले!", sentences.get(1).text(s));
    assertThrows(IllegalArgumentException.class, () -> new Sentence(TextSpan.of(0, 1), 2, 2));
  }

  @Test
  void emptyWhitespaceAndControlsOnly() {
    assertEquals(List.of(), SentenceSplitter.standard().split(""));
    assertEquals(List.of(), SentenceSplitter.standard().split(" \n\n\t\u00A0 "));
    assertEquals(List.of(), SentenceSplitter.standard().split("\u0000\u0001\u0007"));
    assertEquals(List.of(TextSpan.of(1, 7)), SentenceSplitter.standard().split("\u0000वह\u0000आया\u0000"));
  }

  @Test
  void tenMegabyteLineAndManyTerminators() {
    String s = ("क".repeat(48) + "। ").repeat(200_000);
    List<TextSpan> spans = SentenceSplitter.standard().split(s);
    assertEquals(200_000, spans.size());
    SentenceAssertions.assertValid(s, spans);
    String bangs = "!".repeat(3_000_000) + "?।. ".repeat(100_000);
    SentenceAssertions.assertValid(bangs, SentenceSplitter.standard().split(bangs));
    String newlines = "\n".repeat(5_000_000) + "क";
    assertEquals(List.of(TextSpan.of(5_000_000, 5_000_001)), SentenceSplitter.standard().split(newlines));
  }

  @Test
  void aMillionCombiningMarks() {
    String s = "क" + "\u093F".repeat(1_000_000) + "।";
    assertEquals(List.of(TextSpan.of(0, s.length())), SentenceSplitter.standard().split(s));
  }
}
