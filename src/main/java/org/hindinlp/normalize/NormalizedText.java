package org.hindinlp.normalize;

import java.util.Objects;
import org.hindinlp.TextSpan;

/**
 * The result of a normalization: the caller's original text, the normalized text, and the
 * {@link Alignment} between them.
 *
 * <p>Work on {@link #text()}, report in {@link #original()}: {@link #toOriginal(TextSpan)} turns a
 * span found in the normalized text into the exact span of the caller's string. Instances are
 * immutable and thread-safe.
 *
 * @param original the text as the caller gave it
 * @param text the normalized text; the very same {@code String} instance as {@code original} when
 *     nothing changed
 * @param alignment maps spans between the two
 */
public record NormalizedText(String original, String text, Alignment alignment) {

  /**
   * Checks that the alignment fits both texts.
   *
   * @throws IllegalArgumentException if the alignment's lengths differ from the texts'
   */
  public NormalizedText {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(alignment, "alignment");
    if (alignment.originalLength() != original.length()
        || alignment.normalizedLength() != text.length()) {
      throw new IllegalArgumentException(
          "alignment "
              + alignment.originalLength()
              + "->"
              + alignment.normalizedLength()
              + " does not fit texts of length "
              + original.length()
              + " and "
              + text.length());
    }
  }

  /**
   * Returns an unchanged text: the normalized text is the original.
   *
   * @param text the text
   * @return a result with an identity alignment
   */
  public static NormalizedText unchanged(String text) {
    return new NormalizedText(text, text, Alignment.identity(text.length()));
  }

  /**
   * Tells whether normalization changed anything.
   *
   * @return {@code true} if {@link #text()} differs from {@link #original()}
   */
  public boolean isChanged() {
    return !alignment.isIdentity();
  }

  /**
   * Maps a span of the normalized text to the original text.
   *
   * @param normalizedSpan a span of {@link #text()}
   * @return the span of {@link #original()} it came from
   */
  public TextSpan toOriginal(TextSpan normalizedSpan) {
    return alignment.toOriginal(normalizedSpan);
  }

  /**
   * Maps a span of the original text to the normalized text.
   *
   * @param originalSpan a span of {@link #original()}
   * @return the span of {@link #text()} it became
   */
  public TextSpan toNormalized(TextSpan originalSpan) {
    return alignment.toNormalized(originalSpan);
  }
}
