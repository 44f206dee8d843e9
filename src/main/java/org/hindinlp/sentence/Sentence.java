package org.hindinlp.sentence;

import java.util.List;
import java.util.Objects;
import org.hindinlp.TextSpan;
import org.hindinlp.tokenize.Token;

/**
 * One sentence: its span in the original string and the range of its tokens in the document's token
 * list, so that sentences and tokens never need a second unit of offsets.
 *
 * <p>The span runs from the start of the first token to the end of the last one, so it is trimmed of
 * surrounding whitespace.
 *
 * <p>Immutable and thread-safe.
 *
 * @param span the half-open UTF-16 span in the original string
 * @param firstToken the index of the first token, inclusive
 * @param endToken the index just past the last token
 */
public record Sentence(TextSpan span, int firstToken, int endToken) {

  /**
   * Validates the token range.
   *
   * @throws IllegalArgumentException if {@code firstToken < 0} or {@code endToken <= firstToken}
   */
  public Sentence {
    Objects.requireNonNull(span, "span");
    if (firstToken < 0 || endToken <= firstToken) {
      throw new IllegalArgumentException("invalid token range [" + firstToken + ", " + endToken + ")");
    }
  }

  /**
   * Returns the number of tokens in the sentence.
   *
   * @return {@code endToken - firstToken}, at least 1
   */
  public int tokenCount() {
    return endToken - firstToken;
  }

  /**
   * Returns this sentence's tokens.
   *
   * @param documentTokens the token list of the whole text the sentence was found in
   * @return a view of {@code documentTokens} from {@code firstToken} to {@code endToken}
   */
  public List<Token> tokens(List<Token> documentTokens) {
    return documentTokens.subList(firstToken, endToken);
  }

  /**
   * Returns the text of the sentence.
   *
   * @param original the original string
   * @return the covered text
   */
  public String text(CharSequence original) {
    return span.coveredText(original);
  }
}
