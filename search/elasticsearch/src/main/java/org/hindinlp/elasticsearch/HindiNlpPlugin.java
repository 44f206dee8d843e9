package org.hindinlp.elasticsearch;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.ResourceLoader;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;
import org.hindinlp.lucene.DevanagariNormalizationFilterFactory;
import org.hindinlp.lucene.HindiEntityFilter;
import org.hindinlp.lucene.HindiEntityFilterFactory;
import org.hindinlp.lucene.HindiNlpStopFilterFactory;
import org.hindinlp.lucene.HindiNlpTokenizerFactory;

/**
 * The {@code analysis-hindi-nlp} plugin: the core library's Lucene components under Elasticsearch
 * names. Every component works by its bare name with default settings, or as a {@code type} with
 * settings in the index's {@code analysis} section:
 *
 * <ul>
 *   <li>tokenizer {@value #TOKENIZER}: {@code keep_compounds}, {@code keep_punctuation};
 *   <li>token filter {@value #NORMALIZATION}: {@code level} ({@code search}, the default, or {@code
 *       canonical}), {@code nukta_form} and one boolean per normalizer switch ({@code
 *       remove_nukta}, ...); also usable in a {@code normalizer};
 *   <li>token filter {@value #STOP}: the bundled name-safe stopwords, with the same settings;
 *   <li>token filter {@value #ENTITIES}: {@code lists_path} (entity list files, relative to the
 *       node's config directory), {@code built_in_lists}, {@code model}, {@code match_level};
 *   <li>token filter {@value #ENTITY_TYPES}: keeps only the entity-type tokens ({@code _PERSON},
 *       ...) that {@value #ENTITIES} adds, for a facet field;
 *   <li>analyzer {@value #ANALYZER}: see {@link HindiNlpAnalyzerProvider}.
 * </ul>
 *
 * <p>An unknown setting or a malformed value fails index creation with the setting's name.
 */
public class HindiNlpPlugin extends Plugin implements AnalysisPlugin {

  /** Tokenizer name. */
  public static final String TOKENIZER = "hindi_nlp";
  /** Normalization filter name. */
  public static final String NORMALIZATION = "hindi_nlp_normalization";
  /** Stopword filter name. */
  public static final String STOP = "hindi_nlp_stop";
  /** Entity filter name. */
  public static final String ENTITIES = "hindi_nlp_entities";
  /** Entity-type filter name. */
  public static final String ENTITY_TYPES = "hindi_nlp_entity_types";
  /** Analyzer name. */
  public static final String ANALYZER = "hindi_nlp";

  static final Set<String> ENTITY_SETTINGS =
      Set.of("lists_path", "built_in_lists", "model", "match_level");

  /** Creates the plugin (Elasticsearch calls this). */
  public HindiNlpPlugin() {}

  @Override
  public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
    return Map.of(TOKENIZER, HindiNlpPlugin::tokenizer);
  }

  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    return Map.of(
        NORMALIZATION, HindiNlpPlugin::normalization,
        STOP, HindiNlpPlugin::stop,
        ENTITIES, HindiNlpPlugin::entities,
        ENTITY_TYPES, HindiNlpPlugin::entityTypes);
  }

  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends org.apache.lucene.analysis.Analyzer>>>
      getAnalyzers() {
    return Map.of(ANALYZER, HindiNlpAnalyzerProvider::new);
  }

  static TokenizerFactory tokenizer(
      IndexSettings indexSettings, Environment env, String name, Settings settings) {
    ComponentSettings s =
        new ComponentSettings("tokenizer", TOKENIZER, name, settings, ComponentSettings.TOKENIZER);
    HindiNlpTokenizerFactory lucene =
        s.build(HindiNlpTokenizerFactory::new, s.luceneArgs(ComponentSettings.TOKENIZER));
    return TokenizerFactory.newFactory(name, lucene::create);
  }

  static TokenFilterFactory normalization(
      IndexSettings indexSettings, Environment env, String name, Settings settings) {
    ComponentSettings s =
        new ComponentSettings("filter", NORMALIZATION, name, settings, ComponentSettings.NORMALIZER);
    DevanagariNormalizationFilterFactory lucene =
        s.build(DevanagariNormalizationFilterFactory::new, s.luceneArgs(ComponentSettings.NORMALIZER));
    return new NormalizingTokenFilterFactory() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public TokenStream create(TokenStream in) {
        return lucene.create(in);
      }
    };
  }

  static TokenFilterFactory stop(
      IndexSettings indexSettings, Environment env, String name, Settings settings) {
    ComponentSettings s =
        new ComponentSettings("filter", STOP, name, settings, ComponentSettings.NORMALIZER);
    HindiNlpStopFilterFactory lucene =
        s.build(HindiNlpStopFilterFactory::new, s.luceneArgs(ComponentSettings.NORMALIZER));
    return filter(name, lucene::create);
  }

  static TokenFilterFactory entities(
      IndexSettings indexSettings, Environment env, String name, Settings settings)
      throws IOException {
    ComponentSettings s = new ComponentSettings("filter", ENTITIES, name, settings, ENTITY_SETTINGS);
    if (s.isEmpty()) {
      // The bare name: the shared standard tagger, loaded on first use only (it costs about a
      // second and 86 MB; Elasticsearch builds this default for every index).
      Supplier<HindiEntityFilterFactory> lazy = new Lazy<>(() -> new HindiEntityFilterFactory(new HashMap<>()));
      return filter(name, in -> lazy.get().create(in));
    }
    Map<String, String> args = new HashMap<>();
    List<String> files = s.list("lists_path");
    if (!files.isEmpty()) {
      args.put("lists", String.join(",", files));
    }
    String builtIn = s.settings().get("built_in_lists");
    if (builtIn != null) {
      args.put("builtInLists", builtIn);
    }
    String model = s.settings().get("model");
    if (model != null) {
      args.put("model", model);
    }
    String level = s.settings().get("match_level");
    if (level != null) {
      args.put("matchLevel", level);
    }
    HindiEntityFilterFactory lucene = s.build(HindiEntityFilterFactory::new, args);
    if (!files.isEmpty()) {
      try {
        lucene.inform(new ConfigDirLoader(env, s));
      } catch (IllegalArgumentException e) {
        // A missing or unreadable file (the loader names its full path), or a malformed list
        // (the core names the file and line).
        throw new IllegalArgumentException(s.where() + ": " + e.getMessage(), e);
      }
    }
    return filter(name, lucene::create);
  }

  static TokenFilterFactory entityTypes(
      IndexSettings indexSettings, Environment env, String name, Settings settings) {
    new ComponentSettings("filter", ENTITY_TYPES, name, settings, Set.of());
    return filter(name, EntityTypesOnly::new);
  }

  private static TokenFilterFactory filter(
      String name, java.util.function.Function<TokenStream, TokenStream> create) {
    return new TokenFilterFactory() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public TokenStream create(TokenStream in) {
        return create.apply(in);
      }
    };
  }

  /** Keeps only the entity-type tokens ({@code _PERSON}, ...) of {@link HindiEntityFilter}. */
  static final class EntityTypesOnly extends FilteringTokenFilter {
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    EntityTypesOnly(TokenStream in) {
      super(in);
    }

    @Override
    protected boolean accept() {
      return HindiEntityFilter.ENTITY_TOKEN_TYPE.equals(type.type());
    }
  }

  /**
   * Opens entity list files relative to the node's config directory, through the engine's own
   * file reading for analysis settings ({@link EngineFiles}), so errors name the full path.
   */
  private static final class ConfigDirLoader implements ResourceLoader {
    private final Environment env;
    private final ComponentSettings settings;

    ConfigDirLoader(Environment env, ComponentSettings settings) {
      this.env = env;
      this.settings = settings;
    }

    @Override
    public InputStream openResource(String resource) throws IOException {
      StringWriter text = new StringWriter();
      try (Reader r = EngineFiles.open(env, resource);
          BufferedReader in = new BufferedReader(r)) {
        in.transferTo(text);
      } catch (IllegalArgumentException e) {
        // "IOException while reading lists_path: /full/path" and the like.
        throw new IllegalArgumentException(
            "list file [" + resource + "]: " + e.getMessage() + causeOf(e), e);
      } catch (java.nio.charset.CharacterCodingException e) {
        throw new IllegalArgumentException("list file [" + resource + "] is not UTF-8 text", e);
      }
      return new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String causeOf(Exception e) {
      Throwable c = e.getCause();
      return c == null ? "" : " (" + c.getClass().getSimpleName() + ")";
    }

    @Override
    public <T> Class<? extends T> findClass(String cname, Class<T> expectedType) {
      throw new UnsupportedOperationException("no classes are loaded for " + settings.where());
    }
  }

  /** A thread-safe memoizing supplier. */
  private static final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> init;
    private volatile T value;

    Lazy(Supplier<T> init) {
      this.init = init;
    }

    @Override
    public T get() {
      T v = value;
      if (v == null) {
        synchronized (this) {
          v = value;
          if (v == null) {
            value = v = init.get();
          }
        }
      }
      return v;
    }
  }
}
