package org.hindinlp.lucene;

import java.util.Map;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;
import org.hindinlp.tokenize.HindiTokenizer;

/**
 * Factory for {@link HindiNlpTokenizer}, registered under the SPI name {@value #NAME}.
 *
 * <pre class="prettyprint">
 * &lt;fieldType name="text_hi" class="solr.TextField" positionIncrementGap="100"&gt;
 *   &lt;analyzer&gt;
 *     &lt;tokenizer name="hindiNlp" keepCompounds="false" keepPunctuation="false"/&gt;
 *     &lt;filter name="devanagariNormalization" level="search"/&gt;
 *   &lt;/analyzer&gt;
 * &lt;/fieldType&gt;</pre>
 *
 * <p>Parameters (all optional): {@code keepCompounds} (default false: hyphenated and slashed
 * compounds are split into their parts, see {@link
 * HindiTokenizer.Builder#keepCompounds(boolean)}), {@code keepPunctuation}
 * (default false: punctuation and symbol tokens are dropped). Values are {@code true} or {@code
 * false}; unknown parameters and other values are errors.
 *
 * <p>SPI name: {@value #NAME}.
 *
 * <p>Thread-safety: a factory is immutable once built (and, for {@code hindiEntities}, once
 * informed), so one instance may create streams for many threads; each stream serves one thread.
 */
public class HindiNlpTokenizerFactory extends TokenizerFactory {

  /** SPI name. */
  public static final String NAME = "hindiNlp";

  private final HindiTokenizer tokenizer;
  private final boolean keepPunctuation;

  /**
   * Creates a factory from its parameters.
   *
   * @param args the parameters; consumed
   * @throws IllegalArgumentException on an unknown parameter or a malformed value
   */
  public HindiNlpTokenizerFactory(Map<String, String> args) {
    super(args);
    boolean keepCompounds = Boolean.TRUE.equals(NormalizerParameters.flag(args, "keepCompounds"));
    this.keepPunctuation = Boolean.TRUE.equals(NormalizerParameters.flag(args, "keepPunctuation"));
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
    this.tokenizer =
        keepCompounds
            ? HindiTokenizer.builder().keepCompounds(true).build()
            : HindiTokenizer.standard();
  }

  /**
   * Default constructor for the service loader only.
   *
   * @throws UnsupportedOperationException always
   */
  public HindiNlpTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public HindiNlpTokenizer create(AttributeFactory factory) {
    return new HindiNlpTokenizer(factory, tokenizer, keepPunctuation);
  }
}
