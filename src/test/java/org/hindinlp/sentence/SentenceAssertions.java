package org.hindinlp.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hindinlp.TextSpan;
import org.hindinlp.testing.Escapes;
import org.hindinlp.tokenize.Token;

/** Invariants of sentence spans. */
public final class SentenceAssertions {

  private SentenceAssertions() {}

  /** Spans are inside the text, ordered, non-empty, non-overlapping and trimmed of whitespace. */
  public static void assertValid(String text, List<TextSpan> spans) {
    int pos = 0;
    for (TextSpan s : spans) {
      String where = s + " in \"" + Escapes.escape(text) + "\"";
      assertTrue(s.start() >= pos && s.end() <= text.length() && s.end() > s.start(), where);
      assertFalse(Character.isWhitespace(text.charAt(s.start())), "not trimmed: " + where);
      assertFalse(Character.isWhitespace(text.charAt(s.end() - 1)), "not trimmed: " + where);
      pos = s.end();
    }
  }

  /** Sentences partition the token list in order, and their spans run from first to last token. */
  public static void assertPartition(List<Token> tokens, List<Sentence> sentences) {
    int next = 0;
    for (Sentence s : sentences) {
      assertEquals(next, s.firstToken());
      assertEquals(tokens.get(s.firstToken()).start(), s.span().start());
      assertEquals(tokens.get(s.endToken() - 1).end(), s.span().end());
      next = s.endToken();
    }
    assertEquals(tokens.size(), next, "every token is in a sentence");
  }
}
