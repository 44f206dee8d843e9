package org.hindinlp.lucene;

import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.hindinlp.normalize.DevanagariNormalizer;

/**
 * Removes the bundled Hindi stopwords ({@link HindiNlpAnalyzer#getDefaultStopSet()}, which never
 * removes a word of a name), registered under the SPI name {@value #NAME}.
 *
 * <p>The filter goes after {@code devanagariNormalization} and takes the same parameters ({@code
 * level} and the switches, see {@link DevanagariNormalizationFilterFactory}): the list is
 * normalized with them (and lowercased) so that it matches the normalized terms, whatever the
 * level.
 *
 * <pre class="prettyprint">
 * &lt;filter name="devanagariNormalization" level="search"/&gt;
 * &lt;filter name="hindiNlpStop" level="search"/&gt;</pre>
 *
 * <p>For a list of your own, use Lucene's {@code stop} filter with a file written in the
 * normalized form. Unknown parameters are errors.
 *
 * <p>SPI name: {@value #NAME}.
 *
 * <p>Thread-safety: a factory is immutable once built (and, for {@code hindiEntities}, once
 * informed), so one instance may create streams for many threads; each stream serves one thread.
 */
public class HindiNlpStopFilterFactory extends TokenFilterFactory {

  /** SPI name. */
  public static final String NAME = "hindiNlpStop";

  private final CharArraySet stopwords;

  /**
   * Creates a factory from its parameters.
   *
   * @param args the parameters; consumed
   * @throws IllegalArgumentException on an unknown parameter, a malformed value or contradictory
   *     switches
   */
  public HindiNlpStopFilterFactory(Map<String, String> args) {
    super(args);
    DevanagariNormalizer normalizer = NormalizerParameters.read(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
    this.stopwords = HindiNlpAnalyzer.prepare(HindiNlpAnalyzer.getDefaultStopSet(), normalizer);
  }

  /**
   * Default constructor for the service loader only.
   *
   * @throws UnsupportedOperationException always
   */
  public HindiNlpStopFilterFactory() {
    throw defaultCtorException();
  }

  /**
   * Returns the stopwords, normalized as configured.
   *
   * @return an unmodifiable set
   */
  public CharArraySet stopwords() {
    return stopwords;
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new StopFilter(input, stopwords);
  }
}
