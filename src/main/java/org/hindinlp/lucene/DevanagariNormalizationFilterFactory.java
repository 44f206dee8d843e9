package org.hindinlp.lucene;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.hindinlp.normalize.DevanagariNormalizer;

/**
 * Factory for {@link DevanagariNormalizationFilter}, registered under the SPI name {@value #NAME}.
 *
 * <pre class="prettyprint">
 * &lt;filter name="devanagariNormalization" level="search" foldVowelLength="true"/&gt;</pre>
 *
 * <p>Parameters (all optional):
 *
 * <ul>
 *   <li>{@code level}: {@code search} (default) or {@code canonical}, the preset to start from
 *       ({@link DevanagariNormalizer.Level});
 *   <li>one boolean per switch of {@link DevanagariNormalizer.Builder}, overriding the preset:
 *       {@code removeNukta}, {@code chandrabinduToAnusvara}, {@code nasalToAnusvara}, {@code
 *       removeJoiners}, {@code asciiDigits}, {@code foldPunctuation}, {@code pipeAsDanda}, {@code
 *       foldCandraVowels}, {@code foldVowelLength}, {@code removeVirama};
 *   <li>{@code nuktaForm}: {@code decomposed} (default) or {@code composed}.
 * </ul>
 *
 * <p>Unknown parameters, malformed values (booleans must be {@code true} or {@code false}) and
 * contradictory switches are errors. The filter is
 * also applied to query terms that bypass tokenization ({@link #normalize(TokenStream)}).
 *
 * <p>SPI name: {@value #NAME}.
 *
 * <p>Thread-safety: a factory is immutable once built (and, for {@code hindiEntities}, once
 * informed), so one instance may create streams for many threads; each stream serves one thread.
 */
public class DevanagariNormalizationFilterFactory extends TokenFilterFactory {

  /** SPI name. */
  public static final String NAME = "devanagariNormalization";

  private final DevanagariNormalizer normalizer;

  /**
   * Creates a factory from its parameters.
   *
   * @param args the parameters; consumed
   * @throws IllegalArgumentException on an unknown parameter, a malformed value or contradictory
   *     switches
   */
  public DevanagariNormalizationFilterFactory(Map<String, String> args) {
    super(args);
    this.normalizer = NormalizerParameters.read(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /**
   * Default constructor for the service loader only.
   *
   * @throws UnsupportedOperationException always
   */
  public DevanagariNormalizationFilterFactory() {
    throw defaultCtorException();
  }

  /**
   * Returns the normalizer the factory's filters apply.
   *
   * @return the normalizer
   */
  public DevanagariNormalizer normalizer() {
    return normalizer;
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new DevanagariNormalizationFilter(input, normalizer);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return create(input);
  }
}
