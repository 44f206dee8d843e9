package org.hindinlp.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hindinlp.testing.Escapes;

/** Invariants every tokenization must satisfy, whatever the input. */
public final class TokenAssertions {

  private TokenAssertions() {}

  /**
   * Checks that the spans are valid, ordered and non-overlapping, that each token's text is its span
   * of the input, and that every character outside the tokens is a separator: tokens and
   * separators cover the input exactly.
   */
  public static void assertCovers(String text, List<Token> tokens) {
    int pos = 0;
    for (Token t : tokens) {
      String where = "token " + t + " in \"" + Escapes.escape(text) + "\"";
      assertTrue(t.start() >= pos, "overlap or disorder: " + where);
      assertTrue(t.end() > t.start(), "empty token: " + where);
      assertTrue(t.end() <= text.length(), "past the end: " + where);
      assertEquals(text.substring(t.start(), t.end()), t.text(), where);
      assertSeparators(text, pos, t.start());
      pos = t.end();
    }
    assertSeparators(text, pos, text.length());
  }

  private static void assertSeparators(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      byte k = CharClass.of(text.charAt(i));
      assertTrue(
          k == CharClass.GAP || k == CharClass.JOINER,
          "character \\u" + String.format("%04X", (int) text.charAt(i)) + " at " + i
              + " is in no token: \"" + Escapes.escape(text) + "\"");
    }
  }
}
