package org.hindinlp.lucene;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.hi.HindiStemFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.hindinlp.normalize.DevanagariNormalizer;
import org.hindinlp.tokenize.HindiTokenizer;

/**
 * A ready-made Lucene analyzer for Hindi news text: {@link HindiNlpTokenizer}, then {@code
 * LowerCaseFilter} (for Latin words), {@link DevanagariNormalizationFilter}, {@code StopFilter}
 * with a Hindi stopword list that never removes a word of a name, and optionally Lucene's {@code
 * HindiStemFilter}.
 *
 * <p>The default ({@code new HindiNlpAnalyzer()}) uses the standard tokenizer, the {@link
 * DevanagariNormalizer#search() search} level, the {@linkplain #getDefaultStopSet() bundled
 * stopwords} and no stemming. {@link #builder()} changes any of these.
 *
 * <p>Stopwords and stem exclusions are normalized with the analyzer's own normalizer (and
 * lowercased) when the analyzer is built, so they match the terms they meet whatever the level:
 * there is no need to list folded spellings by hand.
 *
 * <p>{@link #normalize(String, TokenStream)} applies lowercasing and the same normalizer to query
 * terms (wildcard, prefix, fuzzy, range), so {@code हिन्दी*} finds what {@code हिंदी} indexed.
 *
 * <p>Like every Lucene analyzer, an instance is thread-safe and keeps one token stream per thread.
 */
public final class HindiNlpAnalyzer extends StopwordAnalyzerBase {

  /** The bundled stopword file, in this package. */
  public static final String DEFAULT_STOPWORD_FILE = "stopwords.txt";

  private final HindiTokenizer tokenizer;
  private final DevanagariNormalizer normalizer;
  private final boolean keepPunctuation;
  private final boolean stem;
  private final CharArraySet stemExclusions;

  /** Creates the default analyzer (search level, bundled stopwords, no stemming). */
  public HindiNlpAnalyzer() {
    this(builder());
  }

  private HindiNlpAnalyzer(Builder b) {
    super(prepare(b.stopwords, b.normalizer));
    this.tokenizer = b.tokenizer;
    this.normalizer = b.normalizer;
    this.keepPunctuation = b.keepPunctuation;
    this.stem = b.stem;
    this.stemExclusions = prepare(b.stemExclusions, b.normalizer);
  }

  /**
   * Returns a builder with the default settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the bundled stopwords as written in {@code org/hindinlp/lucene/stopwords.txt} (NFC,
   * not normalized): Lucene's Hindi list without the words that are names or parts of names; see
   * {@code docs/search-engines.md}.
   *
   * @return an unmodifiable set
   */
  public static CharArraySet getDefaultStopSet() {
    return DefaultSetHolder.DEFAULT_STOP_SET;
  }

  /**
   * Returns the normalizer applied to terms.
   *
   * @return the normalizer
   */
  public DevanagariNormalizer normalizer() {
    return normalizer;
  }

  private static final class DefaultSetHolder {
    static final CharArraySet DEFAULT_STOP_SET = load();

    private static CharArraySet load() {
      try (InputStream in = HindiNlpAnalyzer.class.getResourceAsStream(DEFAULT_STOPWORD_FILE)) {
        if (in == null) {
          throw new UncheckedIOException(
              new IOException("bundled resource missing: org/hindinlp/lucene/" + DEFAULT_STOPWORD_FILE));
        }
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
        return CharArraySet.unmodifiableSet(WordlistLoader.getWordSet(r, "#", new CharArraySet(200, false)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Lowercases and normalizes every word, so that it matches terms after the filters. */
  static CharArraySet prepare(Collection<?> words, DevanagariNormalizer normalizer) {
    CharArraySet out = new CharArraySet(words.size() * 2, false);
    for (Object o : words) {
      String w = o instanceof char[] chars ? new String(chars) : o.toString();
      w = normalizer.normalizeToString(w.toLowerCase(Locale.ROOT));
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return CharArraySet.unmodifiableSet(out);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    HindiNlpTokenizer source = new HindiNlpTokenizer(tokenizer, keepPunctuation);
    TokenStream result = new LowerCaseFilter(source);
    result = new DevanagariNormalizationFilter(result, normalizer);
    if (!stopwords.isEmpty()) {
      result = new StopFilter(result, stopwords);
    }
    if (stem) {
      if (!stemExclusions.isEmpty()) {
        result = new SetKeywordMarkerFilter(result, stemExclusions);
      }
      result = new HindiStemFilter(result);
    }
    return new TokenStreamComponents(source, result);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new DevanagariNormalizationFilter(new LowerCaseFilter(in), normalizer);
  }

  /** Configures a {@link HindiNlpAnalyzer}. Not thread-safe; the analyzer it builds is. */
  public static final class Builder {
    private HindiTokenizer tokenizer = HindiTokenizer.standard();
    private DevanagariNormalizer normalizer = DevanagariNormalizer.search();
    private boolean keepPunctuation;
    private Collection<?> stopwords = getDefaultStopSet();
    private boolean stem;
    private Collection<?> stemExclusions = CharArraySet.EMPTY_SET;

    private Builder() {}

    /**
     * Sets the library tokenizer (default {@link HindiTokenizer#standard()}).
     *
     * @param tokenizer the tokenizer
     * @return this builder
     */
    public Builder tokenizer(HindiTokenizer tokenizer) {
      this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
      return this;
    }

    /**
     * Sets the normalizer (default {@link DevanagariNormalizer#search()}).
     *
     * @param normalizer the normalizer
     * @return this builder
     */
    public Builder normalizer(DevanagariNormalizer normalizer) {
      this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
      return this;
    }

    /**
     * Keeps punctuation and symbol tokens (default: dropped).
     *
     * @param keep whether to keep them
     * @return this builder
     */
    public Builder keepPunctuation(boolean keep) {
      this.keepPunctuation = keep;
      return this;
    }

    /**
     * Sets the stopwords (default {@link #getDefaultStopSet()}); they are lowercased and
     * normalized when the analyzer is built. An empty collection turns stopword removal off.
     *
     * @param words the stopwords, as {@code String}s or {@code char[]} (a {@code CharArraySet})
     * @return this builder
     */
    public Builder stopwords(Collection<?> words) {
      this.stopwords = Objects.requireNonNull(words, "words");
      return this;
    }

    /**
     * Turns on Lucene's light Hindi stemmer ({@code HindiStemFilter}, after stopword removal).
     * Off by default: it strips endings from names too (मोदी becomes मोद), which is harmless for
     * matching but not what facets or entity search want.
     *
     * @param on whether to stem
     * @return this builder
     */
    public Builder stem(boolean on) {
      this.stem = on;
      return this;
    }

    /**
     * Sets words that the stemmer leaves alone (normalized like the stopwords). Only used with
     * {@link #stem(boolean)}.
     *
     * @param words the words, as {@code String}s or {@code char[]}
     * @return this builder
     */
    public Builder stemExclusions(Collection<?> words) {
      this.stemExclusions = Objects.requireNonNull(words, "words");
      return this;
    }

    /**
     * Builds the analyzer.
     *
     * @return a new analyzer
     */
    public HindiNlpAnalyzer build() {
      return new HindiNlpAnalyzer(this);
    }
  }
}
