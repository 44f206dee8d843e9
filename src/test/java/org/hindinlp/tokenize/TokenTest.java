package org.hindinlp.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hindinlp.HindiNlp;
import org.hindinlp.TextSpan;
import org.junit.jupiter.api.Test;

/** {@link Token}: value semantics, whether its text was given or is copied on demand. */
class TokenTest {

  @Test
  void tokensFromTheTokenizerEqualTokensBuiltFromStrings() {
    String s = "डॉ. क़िला देखा।";
    List<Token> tokens = HindiTokenizer.standard().tokenize(s);
    for (Token t : tokens) {
      String text = s.substring(t.start(), t.end());
      Token built = new Token(text, t.span(), t.kind(), t.script(), t.canonical());
      assertEquals(built, t);
      assertEquals(t, built);
      assertEquals(built.hashCode(), t.hashCode());
      assertEquals(built.toString(), t.toString());
      assertEquals(text, t.text());
      assertEquals(TextSpan.of(t.start(), t.end()), t.span());
    }
    assertEquals("क़िला", tokens.get(1).text());
    assertEquals("\u0915\u093C\u093F\u0932\u093E", tokens.get(1).canonical());
    assertEquals(tokens, HindiNlp.standard().analyze(s).tokens());
  }

  @Test
  void textIsTheSameInstanceOnEveryCallAndCanonicalIsTextWhenUnchanged() {
    for (Token t : HindiTokenizer.standard().tokenize("भारत ने कहा, ok 10:30")) {
      assertSame(t.text(), t.text());
      assertSame(t.text(), t.canonical());
    }
    for (Token t : HindiNlp.standard().analyze("भारत\u00A0ने कहा").tokens()) {
      assertSame(t.text(), t.canonical());
    }
  }

  @Test
  void shortTextsAreSharedAndEqualTheirCharacters() {
    // one char below U+0980, two chars of the Devanagari block: shared; anything else: copied
    String s = "है के , । क x \u0980 \u00FF ab क़ \u0900\u097F \u0900\u0980 \u08FF\u0900 की है";
    List<Token> tokens = HindiTokenizer.standard().tokenize(s);
    List<Token> again = HindiTokenizer.standard().tokenize(new String(s.toCharArray()));
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      assertEquals(s.substring(t.start(), t.end()), t.text());
      assertSame(t.text(), t.text());
      int len = t.end() - t.start();
      boolean shared =
          (len == 1 && s.charAt(t.start()) < 0x980)
              || (len == 2
                  && s.charAt(t.start()) >= 0x900 && s.charAt(t.start()) < 0x980
                  && s.charAt(t.start() + 1) >= 0x900 && s.charAt(t.start() + 1) < 0x980);
      assertEquals(shared, t.text() == again.get(i).text(), t.toString());
    }
    assertSame(tokens.get(0).text(), tokens.get(tokens.size() - 1).text()); // है twice
  }

  @Test
  void firstAccessFromManyThreadsYieldsOneInstance() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 50; round++) {
        Token t = HindiTokenizer.standard().tokenize("x नमस्ते").get(1);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String[]>> got = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          got.add(pool.submit(() -> {
            go.await();
            return new String[] {t.canonical(), t.text()};
          }));
        }
        go.countDown();
        String[] first = got.get(0).get();
        for (Future<String[]> f : got) {
          String[] r = f.get();
          assertSame(first[0], r[0]);
          assertSame(first[1], r[1]);
          assertSame(r[1], r[0]);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void valueSemantics() {
    Token a = new Token("है", 3, 5, TokenKind.WORD, Script.DEVANAGARI, "है");
    assertEquals(a, new Token("है", TextSpan.of(3, 5), TokenKind.WORD, Script.DEVANAGARI, "है"));
    assertNotEquals(a, new Token("है", 4, 6, TokenKind.WORD, Script.DEVANAGARI, "है"));
    assertNotEquals(a, new Token("है", 3, 5, TokenKind.OTHER, Script.DEVANAGARI, "है"));
    assertEquals("है[3, 5)WORD", a.toString());
    String text = "ok";
    assertSame(text, new Token(text, 0, 2, TokenKind.WORD, Script.LATIN, text).canonical());
  }

  @Test
  void constructorChecksItsArguments() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Token("ab", 0, 3, TokenKind.WORD, Script.LATIN, "ab"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Token("", -1, -1, TokenKind.WORD, Script.LATIN, ""));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Token("", 2, 1, TokenKind.WORD, Script.LATIN, ""));
    assertThrows(
        NullPointerException.class, () -> new Token(null, 0, 0, TokenKind.WORD, Script.LATIN, ""));
    assertThrows(NullPointerException.class, () -> new Token("", 0, 0, null, Script.LATIN, ""));
    assertThrows(NullPointerException.class, () -> new Token("", 0, 0, TokenKind.WORD, null, ""));
    assertThrows(
        NullPointerException.class, () -> new Token("", 0, 0, TokenKind.WORD, Script.LATIN, null));
    assertThrows(
        NullPointerException.class,
        () -> new Token("", (TextSpan) null, TokenKind.WORD, Script.LATIN, ""));
  }
}
