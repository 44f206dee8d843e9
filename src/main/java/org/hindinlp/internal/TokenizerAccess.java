package org.hindinlp.internal;

import java.util.List;
import org.hindinlp.normalize.NormalizedText;
import org.hindinlp.tokenize.HindiTokenizer;
import org.hindinlp.tokenize.Script;
import org.hindinlp.tokenize.Token;
import org.hindinlp.tokenize.TokenKind;

/**
 * Package-crossing operations of {@code org.hindinlp.tokenize} that must not be public API: {@link
 * org.hindinlp.HindiNlp} hands the tokenizer the canonical normalization it has already computed
 * for the whole text (a public method would have to trust its caller that the normalization is the
 * canonical one), and {@link org.hindinlp.lucene.HindiNlpTokenizer} builds tokens from {@link
 * HindiTokenizer#scan} offsets that copy their text only on demand; {@link org.hindinlp.AnalyzedText}
 * recognizes the tokenizer's unmodifiable token lists, which it need not copy. {@link HindiTokenizer} installs
 * the implementation when its class is initialized (the JDK's "shared secrets" pattern). Not
 * exported.
 */
public final class TokenizerAccess {

  /** The operations {@link HindiTokenizer} provides. */
  public interface Operations {
    /**
     * Tokenizes {@code canonical.original()}.
     *
     * @param tokenizer the tokenizer
     * @param canonical {@code DevanagariNormalizer.canonical().normalize(text)}
     * @return the same tokens as {@code tokenizer.tokenize(canonical.original())}
     */
    List<Token> tokenize(HindiTokenizer tokenizer, NormalizedText canonical);

    /**
     * Makes the token {@code [start, end)} of {@code source}, whose text and canonical form are
     * computed when first asked for.
     *
     * @param source the scanned text
     * @param start the first offset
     * @param end the offset just past the token
     * @param kind its kind
     * @param script its script
     * @return the token
     */
    Token token(String source, int start, int end, TokenKind kind, Script script);

    /**
     * Tells whether a list is one the tokenizer returned: unmodifiable, and referred to by nothing
     * that could change it, so it need not be copied.
     *
     * @param tokens a list
     * @return {@code true} if it is the tokenizer's own unmodifiable list
     */
    boolean isTokenizerList(List<Token> tokens);
  }

  private static volatile Operations impl;

  private TokenizerAccess() {}

  /**
   * Installs the implementation; called once by {@link HindiTokenizer}.
   *
   * @param operations the implementation
   */
  public static void install(Operations operations) {
    impl = operations;
  }

  private static Operations get() {
    Operations o = impl;
    if (o == null) {
      // HindiTokenizer's initializer installs it; a tokenizer instance implies an initialized class.
      throw new IllegalStateException("HindiTokenizer not initialized");
    }
    return o;
  }

  /**
   * Tokenizes a text whose canonical normalization is known.
   *
   * @param tokenizer the tokenizer
   * @param canonical {@code DevanagariNormalizer.canonical().normalize(text)}; trusted, not checked
   * @return the same tokens as {@code tokenizer.tokenize(canonical.original())}
   */
  public static List<Token> tokenize(HindiTokenizer tokenizer, NormalizedText canonical) {
    return get().tokenize(tokenizer, canonical);
  }

  /**
   * Makes a token from scan offsets; see {@link Operations#token}.
   *
   * @param source the scanned text
   * @param start the first offset
   * @param end the offset just past the token
   * @param kind its kind
   * @param script its script
   * @return the token
   * @throws IndexOutOfBoundsException if the offsets do not lie in {@code source}
   */
  public static Token token(String source, int start, int end, TokenKind kind, Script script) {
    if (start < 0 || end < start || end > source.length()) {
      throw new IndexOutOfBoundsException("[" + start + ", " + end + ") of " + source.length());
    }
    return get().token(source, start, end, kind, script);
  }

  /**
   * Tells whether a token list is one {@link HindiTokenizer} returned, which is unmodifiable and so
   * need not be copied by a holder that wants an unmodifiable list.
   *
   * @param tokens a list
   * @return {@code true} if it is the tokenizer's own unmodifiable list
   */
  public static boolean isTokenizerList(List<Token> tokens) {
    Operations o = impl;
    // Without the implementation installed no tokenizer has run, so no such list exists.
    return o != null && o.isTokenizerList(tokens);
  }
}
