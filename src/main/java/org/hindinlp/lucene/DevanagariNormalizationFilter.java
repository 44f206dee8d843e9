package org.hindinlp.lucene;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.hindinlp.normalize.DevanagariNormalizer;

/**
 * Rewrites each term with a {@link DevanagariNormalizer}: {@link DevanagariNormalizer#canonical()}
 * for a lossless form, {@link DevanagariNormalizer#search()} for search folding (हिन्दी = हिंदी,
 * ज़ = ज, चाँद = चांद, ४२ = 42), or any combination of switches.
 *
 * <p>Offsets are left alone, so a folded term still highlights the original word. Terms marked
 * with {@link KeywordAttribute} are passed through unchanged. A term that would normalize to
 * nothing (a lone nukta or joiner under the search level) is also kept unchanged: no empty term is
 * indexed, and the filter always gives one term for one, as {@code Analyzer.normalize} requires.
 *
 * <p>Normalization works on each term alone, so this filter is also safe at query time for
 * wildcard, prefix and fuzzy terms ({@code Analyzer.normalize}).
 */
public final class DevanagariNormalizationFilter extends TokenFilter {

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
  private final DevanagariNormalizer normalizer;

  /**
   * Creates a filter with the search level ({@link DevanagariNormalizer#search()}).
   *
   * @param input the stream to filter
   */
  public DevanagariNormalizationFilter(TokenStream input) {
    this(input, DevanagariNormalizer.search());
  }

  /**
   * Creates a filter.
   *
   * @param input the stream to filter
   * @param normalizer the normalizer (immutable, shareable)
   */
  public DevanagariNormalizationFilter(TokenStream input, DevanagariNormalizer normalizer) {
    super(input);
    this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
  }

  /**
   * Returns the normalizer this filter applies.
   *
   * @return the normalizer
   */
  public DevanagariNormalizer normalizer() {
    return normalizer;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keywordAtt.isKeyword()) {
      String term = termAtt.toString();
      String normalized = normalizer.normalizeToString(term);
      if (normalized != term && !normalized.isEmpty()) {
        termAtt.setEmpty().append(normalized);
      }
    }
    return true;
  }
}
