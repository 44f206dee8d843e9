package org.hindinlp.lucene;

import org.apache.lucene.util.Attribute;
import org.hindinlp.tokenize.Token;

/**
 * Gives filters downstream of {@link HindiNlpTokenizer} the library's own view of the current
 * token: the {@link Token} (span, {@link org.hindinlp.tokenize.TokenKind}, script, canonical form)
 * and the whole text the tokenizer read.
 *
 * <p>This is the hook for filters that need more than one term at a time, such as an entity
 * filter: it can run the entity tagger once on {@link #sourceText()} and match each token by its
 * {@link Token#span()}. Spans here point into {@link #sourceText()}, which is the text after any
 * {@code CharFilter}; the {@code OffsetAttribute} holds the corrected offsets into the original
 * field value.
 *
 * <p>Both values are null when the token did not come from a {@link HindiNlpTokenizer} (or a filter
 * inserted it).
 *
 * <p>Like every Lucene attribute, it belongs to one token stream and so to one thread at a time.
 */
public interface SourceTokenAttribute extends Attribute {

  /**
   * Returns the library token behind the current term.
   *
   * @return the token, or null
   */
  Token token();

  /**
   * Returns the whole text the tokenizer read for the current document (after char filters).
   *
   * @return the text, or null
   */
  String sourceText();

  /**
   * Sets both values.
   *
   * @param sourceText the whole text the tokenizer read
   * @param token a token whose span points into {@code sourceText}
   */
  void set(String sourceText, Token token);
}
