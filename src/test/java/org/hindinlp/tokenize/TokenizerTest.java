package org.hindinlp.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  private static String texts(Tokenizer t, String s) {
    return t.tokenize(s).stream().map(Token::text).collect(Collectors.joining(" "));
  }

  @Test
  void keepCompoundsOptionKeepsHyphenatedAndSlashedCompoundsOfOneScript() {
    Tokenizer keep = Tokenizer.builder().keepCompounds(true).build();
    assertTrue(keep.keepsCompounds());
    assertFalse(Tokenizer.standard().keepsCompounds());
    assertEquals("रूस-डीपीआरके मित्रता", texts(keep, "रूस-डीपीआरके मित्रता"));
    assertEquals("उत्तर-पूर्व और/या", texts(keep, "उत्तर-पूर्व और/या"));
    assertEquals("KCNA - की", texts(keep, "KCNA-की"), "mixed-script compounds still split");
    assertEquals("रूस - डीपीआरके", texts(Tokenizer.standard(), "रूस-डीपीआरके"));
  }

  @Test
  void userAbbreviationsExtendTheBundledList() {
    Tokenizer t = Tokenizer.builder().addAbbreviation("ले.जन.").addAbbreviation("विभा.").build();
    assertEquals("विभा. के", texts(t, "विभा. के"));
    assertEquals("विभा . के", texts(Tokenizer.standard(), "विभा. के"));
    assertTrue(t.abbreviations().contains("डॉ."), "bundled entries stay");
    Tokenizer none = Tokenizer.builder().clearAbbreviations().build();
    assertEquals("डॉ . शर्मा", texts(none, "डॉ. शर्मा"));
    assertEquals("U.N.", texts(none, "U.N."), "dotted chains are rules, not list entries");
  }

  @Test
  void abbreviationsMatchInEitherNuktaSpelling() {
    String precomposed = "\u095Bि.";
    String decomposed = "\u091C\u093C\u093F.";
    Tokenizer t = Tokenizer.builder().addAbbreviation(precomposed).build();
    assertEquals(1, t.tokenize(decomposed + " क").size() - 1);
  }

  @Test
  void badAbbreviationsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Tokenizer.builder().addAbbreviation("डॉ"));
    assertThrows(IllegalArgumentException.class, () -> Tokenizer.builder().addAbbreviation("."));
    assertThrows(IllegalArgumentException.class, () -> Tokenizer.builder().addAbbreviation("ले. जन."));
  }

  @Test
  void bundledAbbreviationsArePresent() {
    List<String> list = Tokenizer.bundledAbbreviations();
    assertTrue(list.containsAll(List.of("डॉ.", "श्री.", "प्रो.", "ई.", "Dr.", "Mr.")), list.toString());
    assertTrue(list.stream().allMatch(a -> a.endsWith(".")));
  }

  @Test
  void canonicalFormReusesTheTextWhenNothingChanges() {
    Token t = Tokenizer.standard().tokenize("किताब").get(0);
    assertSame(t.text(), t.canonical());
    Token nukta = Tokenizer.standard().tokenize("\u0958िताब").get(0);
    assertEquals("\u0958िताब", nukta.text());
    assertEquals("\u0915\u093Cिताब", nukta.canonical());
  }

  @Test
  void scriptsAndKinds() {
    List<Token> t = Tokenizer.standard().tokenize("KCNA की 2024 २०२४ । 🇮🇳 ® 東京");
    assertEquals(Script.LATIN, t.get(0).script());
    assertEquals(Script.DEVANAGARI, t.get(1).script());
    assertEquals(Script.OTHER, t.get(2).script());
    assertEquals(Script.DEVANAGARI, t.get(3).script());
    assertEquals(Script.DEVANAGARI, t.get(4).script());
    assertEquals(TokenKind.EMOJI, t.get(5).kind());
    assertEquals(TokenKind.SYMBOL, t.get(6).kind());
    assertEquals(TokenKind.WORD, t.get(7).kind());
    assertEquals(Script.OTHER, t.get(7).script());
  }

  @Test
  void supplementaryCharactersKeepUtf16Offsets() {
    String s = "भारत 🇮🇳 जीता😀! 𝐀𝐁 ok";
    List<Token> t = Tokenizer.standard().tokenize(s);
    TokenAssertions.assertCovers(s, t);
    assertEquals("भारत 🇮🇳 जीता 😀 ! 𝐀𝐁 ok", t.stream().map(Token::text).collect(Collectors.joining(" ")));
    assertEquals(5, t.get(1).start());
    assertEquals(9, t.get(1).end());
  }

  @Test
  void emptyAndWhitespaceOnly() {
    assertEquals(List.of(), Tokenizer.standard().tokenize(""));
    assertEquals(List.of(), Tokenizer.standard().tokenize(" \t\n\r\u00A0\u2028\u200B\uFEFF "));
  }

  @Test
  void controlCharactersAndUnpairedSurrogates() {
    String s = "\u0000क\u0001ख\u001F\u007F ग\uD800 \uDC00घ \uDBFF\u093E a\uD83D";
    List<Token> t = Tokenizer.standard().tokenize(s);
    TokenAssertions.assertCovers(s, t);
    assertTrue(t.stream().anyMatch(x -> x.text().equals("\uD800") && x.kind() == TokenKind.OTHER));
  }

  @Test
  void tenMegabyteLineIsLinear() {
    StringBuilder sb = new StringBuilder(10_000_000);
    while (sb.length() < 10_000_000) {
      sb.append("रूस-डीपीआरके ने 1,20,000 KCNA-की बात कही।");
    }
    String s = sb.toString();
    List<Token> t = Tokenizer.standard().tokenize(s);
    assertEquals(s.length(), t.get(t.size() - 1).end() + (s.length() - t.get(t.size() - 1).end()));
    assertTrue(t.size() > 1_000_000);
    String noSpaces = "क".repeat(5_000_000) + "a".repeat(5_000_000);
    List<Token> u = Tokenizer.standard().tokenize(noSpaces);
    assertEquals(2, u.size());
    String dots = "a.".repeat(2_000_000) + "1.".repeat(2_000_000);
    TokenAssertions.assertCovers(dots, Tokenizer.standard().tokenize(dots));
  }

  @Test
  void aMillionCombiningMarks() {
    String marks = "\u093E".repeat(1_000_000);
    List<Token> t = Tokenizer.standard().tokenize(marks);
    assertEquals(1, t.size());
    assertEquals(TokenKind.OTHER, t.get(0).kind());
    List<Token> u = Tokenizer.standard().tokenize("क" + "\u094D\u200D".repeat(500_000) + " ख");
    assertEquals(2, u.size());
    assertEquals(1_000_001, u.get(0).end());
  }

  @Test
  void sameResultsFromEightThreads() throws Exception {
    Tokenizer t = Tokenizer.standard();
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      inputs.add("डॉ. शर्मा " + i + " ने कहा। KCNA-की रिपोर्ट https://x.org/" + i + " 🇮🇳 U.N.");
    }
    List<List<Token>> expected = inputs.stream().map(t::tokenize).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<List<Token>>>> futures = new ArrayList<>();
      for (int k = 0; k < 8; k++) {
        futures.add(pool.submit(() -> inputs.stream().map(t::tokenize).toList()));
      }
      for (Future<List<List<Token>>> f : futures) {
        assertEquals(expected, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
