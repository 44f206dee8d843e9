package org.hindinlp.lucene;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;
import org.hindinlp.ner.EntityList;
import org.hindinlp.ner.EntityTagger;
import org.hindinlp.normalize.DevanagariNormalizer;

/**
 * Creates {@link HindiEntityFilter}s, registered under the SPI name {@value #NAME}.
 *
 * <p>Parameters (all optional; unknown ones are errors):
 *
 * <ul>
 *   <li>{@code lists}: comma-separated entity list files ({@code .tsv} or {@code .jsonl}), loaded
 *       through the engine's resource loader (Solr's config set, for instance); they rank above the
 *       built-in lists;
 *   <li>{@code builtInLists}: {@code true} (default) or {@code false};
 *   <li>{@code model}: {@code true} (default: the shipped statistical model) or {@code false};
 *   <li>{@code matchLevel}: {@code canonical} (default) or {@code search}.
 * </ul>
 *
 * <pre class="prettyprint">
 * &lt;tokenizer name="hindiNlp"/&gt;
 * &lt;filter name="hindiEntities" lists="parties.tsv"/&gt;
 * &lt;filter name="devanagariNormalization" level="search"/&gt;</pre>
 *
 * <p>SPI name: {@value #NAME}.
 *
 * <p>Thread-safety: a factory is immutable once built (and, for {@code hindiEntities}, once
 * informed), so one instance may create streams for many threads; each stream serves one thread.
 */
public class HindiEntityFilterFactory extends TokenFilterFactory implements ResourceLoaderAware {

  /** SPI name. */
  public static final String NAME = "hindiEntities";

  private final List<String> listFiles;
  private final boolean builtInLists;
  private final boolean model;
  private final DevanagariNormalizer.Level matchLevel;
  private volatile EntityTagger tagger;

  /**
   * Creates a factory from its parameters.
   *
   * @param args the parameters; consumed
   * @throws IllegalArgumentException on an unknown parameter or a malformed value
   */
  public HindiEntityFilterFactory(Map<String, String> args) {
    super(args);
    String lists = get(args, "lists");
    listFiles = new ArrayList<>();
    if (lists != null) {
      for (String f : lists.split(",")) {
        if (!f.isBlank()) {
          listFiles.add(f.strip());
        }
      }
    }
    String builtIn = get(args, "builtInLists", "true");
    if (!builtIn.equals("true") && !builtIn.equals("false")) {
      throw new IllegalArgumentException("builtInLists must be true or false, not '" + builtIn + "'");
    }
    builtInLists = builtIn.equals("true");
    String useModel = get(args, "model", "true");
    if (!useModel.equals("true") && !useModel.equals("false")) {
      throw new IllegalArgumentException("model must be true or false, not '" + useModel + "'");
    }
    model = useModel.equals("true");
    String level = get(args, "matchLevel", "canonical").toLowerCase(Locale.ROOT);
    matchLevel =
        switch (level) {
          case "canonical" -> DevanagariNormalizer.Level.CANONICAL;
          case "search" -> DevanagariNormalizer.Level.SEARCH;
          default -> throw new IllegalArgumentException(
              "matchLevel must be canonical or search, not '" + level + "'");
        };
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
    if (listFiles.isEmpty()) {
      tagger = build(List.of());
    }
  }

  /**
   * Default constructor for the service loader only.
   *
   * @throws UnsupportedOperationException always
   */
  public HindiEntityFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public void inform(ResourceLoader loader) throws IOException {
    List<EntityList> lists = new ArrayList<>();
    for (String f : listFiles) {
      try (InputStream in = loader.openResource(f);
          Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        lists.add(EntityList.read(r, f, EntityList.Format.ofFileName(f)));
      }
    }
    tagger = build(lists);
  }

  private EntityTagger build(List<EntityList> lists) {
    if (lists.isEmpty() && builtInLists && model && matchLevel == DevanagariNormalizer.Level.CANONICAL) {
      return EntityTagger.standard();
    }
    EntityTagger.Builder b =
        EntityTagger.builder().builtInLists(builtInLists).model(model).matchLevel(matchLevel);
    lists.forEach(b::addList);
    return b.build();
  }

  /**
   * Returns the tagger the filters use.
   *
   * @return the tagger
   * @throws IllegalStateException if {@code lists} were given and {@link #inform} was not called
   */
  public EntityTagger tagger() {
    EntityTagger t = tagger;
    if (t == null) {
      throw new IllegalStateException("lists=" + listFiles + " not loaded: inform(ResourceLoader) was not called");
    }
    return t;
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new HindiEntityFilter(input, tagger());
  }
}
