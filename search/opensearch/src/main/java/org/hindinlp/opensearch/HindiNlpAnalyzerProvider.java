package org.hindinlp.opensearch;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.Analysis;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.AnalyzerScope;
import org.hindinlp.lucene.DevanagariNormalizationFilterFactory;
import org.hindinlp.lucene.HindiNlpAnalyzer;
import org.hindinlp.tokenize.HindiTokenizer;

/**
 * The ready analyzer {@value HindiNlpPlugin#ANALYZER}: the core library's {@link HindiNlpAnalyzer}
 * (tokenizer, lowercasing of Latin words, normalization, name-safe stopwords, optional stemming).
 *
 * <p>Settings (all optional): the normalizer's ({@code level}, {@code nukta_form}, the switches),
 * the tokenizer's ({@code keep_compounds}, {@code keep_punctuation}), {@code stopwords} and {@code
 * stopwords_path} (OpenSearch's usual stopword settings: a list, {@code _none_}, or a file in
 * the config directory; default the bundled list), {@code stem} ({@code false} by default) and
 * {@code stem_exclusion}.
 */
final class HindiNlpAnalyzerProvider implements AnalyzerProvider<HindiNlpAnalyzer> {

  private static final Set<String> OWN =
      Set.of("stopwords", "stopwords_path", "stem", "stem_exclusion");

  private final String name;
  private final HindiNlpAnalyzer analyzer;

  HindiNlpAnalyzerProvider(
      IndexSettings indexSettings, Environment env, String name, Settings settings) {
    this.name = name;
    Set<String> known = new HashSet<>(OWN);
    known.addAll(ComponentSettings.NORMALIZER);
    known.addAll(ComponentSettings.TOKENIZER);
    ComponentSettings s =
        new ComponentSettings("analyzer", HindiNlpPlugin.ANALYZER, name, settings, known);
    DevanagariNormalizationFilterFactory normalization =
        s.build(DevanagariNormalizationFilterFactory::new, s.luceneArgs(ComponentSettings.NORMALIZER));
    HindiNlpAnalyzer.Builder b =
        HindiNlpAnalyzer.builder()
            .normalizer(normalization.normalizer())
            .keepPunctuation(s.flag("keep_punctuation", false))
            .stem(s.flag("stem", false));
    if (s.flag("keep_compounds", false)) {
      b.tokenizer(HindiTokenizer.builder().keepCompounds(true).build());
    }
    try {
      b.stopwords(Analysis.parseStopWords(env, settings, HindiNlpAnalyzer.getDefaultStopSet()));
      b.stemExclusions(Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(s.where() + ": " + e.getMessage(), e);
    }
    this.analyzer = b.build();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public AnalyzerScope scope() {
    return AnalyzerScope.INDEX;
  }

  @Override
  public HindiNlpAnalyzer get() {
    return analyzer;
  }
}
