package org.hindinlp.elasticsearch;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.AnalyzerScope;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * Elasticsearch's built-in {@code hindi} analyzer, for the throughput comparison. It lives in the
 * {@code analysis-common} module, which is not published to Maven Central, so the test node gets
 * the same thing under the same name: Elasticsearch's {@code HindiAnalyzerProvider} is Lucene's
 * {@code HindiAnalyzer} with {@code Analysis.parseStopWords(env, settings,
 * HindiAnalyzer.getDefaultStopSet())} and {@code Analysis.parseStemExclusion(settings,
 * CharArraySet.EMPTY_SET)}, which is what this builds.
 */
public class LuceneHindiPlugin extends Plugin implements AnalysisPlugin {

  /** Creates the plugin. */
  public LuceneHindiPlugin() {}

  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
    return Map.of(
        "hindi",
        (indexSettings, env, name, settings) -> {
          HindiAnalyzer analyzer =
              new HindiAnalyzer(
                  Analysis.parseStopWords(env, settings, HindiAnalyzer.getDefaultStopSet()),
                  Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET));
          return new AnalyzerProvider<HindiAnalyzer>() {
            @Override
            public String name() {
              return name;
            }

            @Override
            public AnalyzerScope scope() {
              return AnalyzerScope.INDEX;
            }

            @Override
            public HindiAnalyzer get() {
              return analyzer;
            }
          };
        });
  }
}
