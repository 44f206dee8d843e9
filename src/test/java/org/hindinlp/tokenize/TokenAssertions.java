package org.hindinlp.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
      final int from = pos;
      java.util.function.Supplier<String> where =
          () -> "token " + t + " in \"" + Escapes.escape(text) + "\"";
      if (t.start() < from || t.end() <= t.start() || t.end() > text.length()
          || !text.regionMatches(t.start(), t.text(), 0, t.text().length())) {
        assertTrue(t.start() >= from, where);
        assertTrue(t.end() > t.start(), where);
        assertTrue(t.end() <= text.length(), where);
        assertEquals(text.substring(t.start(), t.end()), t.text(), where);
      }
      assertSeparators(text, pos, t.start());
      pos = t.end();
    }
    assertSeparators(text, pos, text.length());
  }

  private static void assertSeparators(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      byte k = CharClass.of(text.charAt(i));
      if (k != CharClass.GAP && k != CharClass.JOINER) {
        fail("character \\u" + String.format("%04X", (int) text.charAt(i)) + " at " + i
            + " is in no token: \"" + Escapes.escape(text) + "\"");
      }
    }
  }
}
