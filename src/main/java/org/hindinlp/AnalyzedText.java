package org.hindinlp;

import java.util.List;
import java.util.Objects;
import org.hindinlp.internal.TokenizerAccess;
import org.hindinlp.normalize.NormalizedText;
import org.hindinlp.sentence.Sentence;
import org.hindinlp.tokenize.Token;

/**
 * The result of {@link HindiNlp#analyze(String)}: the original text, its normalized form with the
 * alignment between the two, its tokens and its sentences.
 *
 * <p>Every span (tokens, sentences) points into {@code original}. Lists are unmodifiable; instances
 * are immutable and thread-safe.
 *
 * @param original the text as given
 * @param normalized the normalized text, aligned with {@code original}
 * @param tokens the tokens, in order
 * @param sentences the sentences, in order; each refers to a range of {@code tokens}
 */
public record AnalyzedText(
    String original, NormalizedText normalized, List<Token> tokens, List<Sentence> sentences) {

  /**
   * Checks for null and takes unmodifiable copies of the lists (no copy when they already are, such
   * as the token lists {@link org.hindinlp.tokenize.HindiTokenizer#tokenize(CharSequence)} returns).
   *
   * @throws NullPointerException if a component is null
   */
  public AnalyzedText {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(normalized, "normalized");
    tokens = TokenizerAccess.isTokenizerList(tokens) ? tokens : List.copyOf(tokens);
    sentences = List.copyOf(sentences);
  }

  /**
   * Returns the tokens of one sentence.
   *
   * @param sentence one of {@link #sentences()}
   * @return a view of {@link #tokens()}
   */
  public List<Token> tokensOf(Sentence sentence) {
    return sentence.tokens(tokens);
  }

  /**
   * Returns the text of one sentence.
   *
   * @param sentence one of {@link #sentences()}
   * @return the covered part of {@link #original()}
   */
  public String textOf(Sentence sentence) {
    return sentence.text(original);
  }
}
