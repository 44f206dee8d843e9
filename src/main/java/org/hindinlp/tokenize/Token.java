package org.hindinlp.tokenize;

import java.util.Objects;
import org.hindinlp.TextSpan;

/**
 * One token of a text.
 *
 * <p>{@code span} always points into the caller's original string, and {@code text} is exactly
 * {@code original.substring(span.start(), span.end())}. {@code canonical} is the text after {@link
 * org.hindinlp.normalize.DevanagariNormalizer#canonical()}; it is the same {@code String} instance
 * as {@code text} when normalization changes nothing.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the covered text, unchanged
 * @param span the half-open UTF-16 span in the original string
 * @param kind what the token is
 * @param script its writing system
 * @param canonical the canonical (lossless) normalized form of {@code text}
 */
public record Token(String text, TextSpan span, TokenKind kind, Script script, String canonical) {

  /**
   * Checks that nothing is null and that the span length matches the text.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code span.length() != text.length()}
   */
  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(script, "script");
    Objects.requireNonNull(canonical, "canonical");
    if (span.length() != text.length()) {
      throw new IllegalArgumentException("span " + span + " does not fit text of length " + text.length());
    }
  }

  /**
   * Returns the first offset of the token in the original string.
   *
   * @return {@code span().start()}
   */
  public int start() {
    return span.start();
  }

  /**
   * Returns the offset just past the token in the original string.
   *
   * @return {@code span().end()}
   */
  public int end() {
    return span.end();
  }

  @Override
  public String toString() {
    return text + span + kind;
  }
}
