package org.hindinlp;

import java.util.List;
import java.util.Objects;
import org.hindinlp.internal.TokenizerAccess;
import org.hindinlp.normalize.DevanagariNormalizer;
import org.hindinlp.normalize.NormalizedText;
import org.hindinlp.sentence.Sentence;
import org.hindinlp.sentence.SentenceSplitter;
import org.hindinlp.tokenize.Token;
import org.hindinlp.tokenize.HindiTokenizer;

/**
 * The one-call entry point: normalize, tokenize and split a text into sentences.
 *
 * <pre>{@code
 * AnalyzedText a = HindiNlp.standard().analyze(text);
 * for (Sentence s : a.sentences()) {
 *   for (Token t : a.tokensOf(s)) {
 *     System.out.println(t.span() + " " + t.kind() + " " + t.text());
 *   }
 * }
 * }</pre>
 *
 * <p>{@link #analyze(String)} scans the characters twice (the normalizer, which copies nothing when
 * the text is already normalized, and the tokenizer) and the tokens once (the sentence splitter).
 * Tokens and sentences are found on the original text, so their spans need no mapping. With the
 * canonical normalizer (the default) the tokens' canonical forms come from that one normalization
 * of the whole text: a token it did not touch is its own canonical form, and only a touched token is
 * normalized on its own. Each token copies its text out of the original when first asked for it
 * (see {@link Token}).
 *
 * <p>Instances are immutable and thread-safe: build once, share everywhere.
 */
public final class HindiNlp {

  private static final HindiNlp STANDARD = builder().build();

  private final DevanagariNormalizer normalizer;
  private final HindiTokenizer tokenizer;
  private final SentenceSplitter splitter;
  /** Whether {@link #normalizer} is the canonical one, whose result gives the tokens' canonical forms. */
  private final boolean canonicalNormalizer;

  private HindiNlp(Builder b) {
    this.normalizer = b.normalizer;
    this.canonicalNormalizer = b.normalizer.equals(DevanagariNormalizer.canonical());
    this.tokenizer = b.tokenizer;
    this.splitter = b.splitter;
  }

  /**
   * Returns the shared engine with the default components: {@link DevanagariNormalizer#canonical()},
   * {@link HindiTokenizer#standard()} and {@link SentenceSplitter#standard()}.
   *
   * @return the standard engine
   */
  public static HindiNlp standard() {
    return STANDARD;
  }

  /**
   * Returns a builder with the default components.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Normalizes, tokenizes and splits a text.
   *
   * @param text any text, including empty text, unpaired surrogates and control characters
   * @return the analysis; all spans point into {@code text}
   */
  public AnalyzedText analyze(String text) {
    Objects.requireNonNull(text, "text");
    NormalizedText normalized = normalizer.normalize(text);
    List<Token> tokens =
        canonicalNormalizer
            ? TokenizerAccess.tokenize(tokenizer, normalized)
            : tokenizer.tokenize(text);
    List<Sentence> sentences = splitter.sentences(text, tokens);
    return new AnalyzedText(text, normalized, tokens, sentences);
  }

  /**
   * Tokenizes a text (no normalization of the whole text, no sentences).
   *
   * @param text any text
   * @return the tokens, unmodifiable
   */
  public List<Token> tokenize(String text) {
    return tokenizer.tokenize(text);
  }

  /**
   * Splits a text into sentences.
   *
   * @param text any text
   * @return the sentence spans, trimmed of whitespace, unmodifiable
   */
  public List<TextSpan> sentences(String text) {
    Objects.requireNonNull(text, "text");
    List<Sentence> sentences = splitter.sentences(text, tokenizer.tokenize(text));
    return sentences.stream().map(Sentence::span).toList();
  }

  /**
   * Returns the normalizer of this engine.
   *
   * @return the normalizer
   */
  public DevanagariNormalizer normalizer() {
    return normalizer;
  }

  /**
   * Returns the tokenizer of this engine.
   *
   * @return the tokenizer
   */
  public HindiTokenizer tokenizer() {
    return tokenizer;
  }

  /**
   * Returns the sentence splitter of this engine.
   *
   * @return the splitter
   */
  public SentenceSplitter sentenceSplitter() {
    return splitter;
  }

  /** Builds a {@link HindiNlp}. Not thread-safe; build once and share the result. */
  public static final class Builder {
    private DevanagariNormalizer normalizer = DevanagariNormalizer.canonical();
    private HindiTokenizer tokenizer = HindiTokenizer.standard();
    private SentenceSplitter splitter = SentenceSplitter.standard();

    private Builder() {}

    /**
     * Sets the normalizer whose result {@link AnalyzedText#normalized()} holds (canonical by
     * default; token canonical forms always use {@link DevanagariNormalizer#canonical()}).
     *
     * @param normalizer the normalizer
     * @return this builder
     */
    public Builder normalizer(DevanagariNormalizer normalizer) {
      this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
      return this;
    }

    /**
     * Sets the tokenizer.
     *
     * @param tokenizer the tokenizer
     * @return this builder
     */
    public Builder tokenizer(HindiTokenizer tokenizer) {
      this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
      return this;
    }

    /**
     * Sets the sentence splitter (it works on the tokens of {@link #tokenizer(HindiTokenizer)}).
     *
     * @param splitter the splitter
     * @return this builder
     */
    public Builder sentenceSplitter(SentenceSplitter splitter) {
      this.splitter = Objects.requireNonNull(splitter, "splitter");
      return this;
    }

    /**
     * Builds the engine.
     *
     * @return a new immutable engine
     */
    public HindiNlp build() {
      return new HindiNlp(this);
    }
  }
}
