package org.hindinlp.tokenize;

/**
 * Receives the tokens of {@link HindiTokenizer#scan(CharSequence, TokenSink)} one by one, in text
 * order, as offsets into the scanned text: the streaming, allocation-free counterpart of {@link
 * HindiTokenizer#tokenize(CharSequence)}, for callers that copy the characters themselves (a Lucene
 * {@code Tokenizer} filling its {@code CharTermAttribute}, a counter, an indexer).
 *
 * <p>The spans, kinds and scripts reported are exactly those of the {@link Token}s {@code tokenize}
 * returns for the same text. No canonical form is computed; callers that need it use {@code
 * tokenize} (or run {@link org.hindinlp.normalize.DevanagariNormalizer#canonical()} on the tokens
 * they keep).
 *
 * <p>A sink is called only from the thread that called {@code scan}; whether an implementation may
 * be shared between threads is up to the implementation.
 */
@FunctionalInterface
public interface TokenSink {

  /**
   * Receives one token.
   *
   * @param start the first UTF-16 offset of the token in the scanned text
   * @param end the offset just past the token ({@code end > start})
   * @param kind what the token is
   * @param script its writing system
   */
  void token(int start, int end, TokenKind kind, Script script);
}
