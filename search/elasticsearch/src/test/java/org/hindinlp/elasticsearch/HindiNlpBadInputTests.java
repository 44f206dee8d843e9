package org.hindinlp.elasticsearch;

import org.hamcrest.MatcherAssert;
import static org.hamcrest.Matchers.containsString;

import com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexNotFoundException;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.test.ESSingleNodeTestCase;

/**
 * Bad index definitions fail index creation on a real node, with the setting's name, the
 * component's name, or the list file's path in the message.
 */
@ThreadLeakFilters(defaultFilters = true, filters = {CommonPoolThreads.class})
public class HindiNlpBadInputTests extends ESSingleNodeTestCase {

  @Override
  protected Collection<Class<? extends Plugin>> getPlugins() {
    return List.of(HindiNlpPlugin.class);
  }

  /** Creates index "bad" with one component in its analysis settings; returns the error's messages. */
  private String createFails(String section, String name, Map<String, Object> component) {
    Map<String, Object> analyzer =
        section.equals("analyzer")
            ? Map.of()
            : Map.of(
                "chain",
                section.equals("tokenizer")
                    ? Map.of("type", "custom", "tokenizer", name)
                    : Map.of("type", "custom", "tokenizer", "hindi_nlp", "filter", List.of(name)));
    Map<String, Object> analysis =
        section.equals("analyzer")
            ? Map.of("analyzer", Map.of(name, component))
            : Map.of(section, Map.of(name, component), "analyzer", analyzer);
    Exception e =
        expectThrows(
            Exception.class,
            () -> client().admin().indices().prepareCreate("bad").setSource(Map.of("settings", Map.of("analysis", analysis))).get());
    StringBuilder messages = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      messages.append(t.getMessage()).append('\n');
    }
    logger.info("index creation refused: {}", messages);
    // No index was created.
    expectThrows(IndexNotFoundException.class, () -> client().prepareSearch("bad").get());
    return messages.toString();
  }

  public void testUnknownSettingIsNamed() {
    String m = createFails("filter", "hindi_search", Map.of("type", "hindi_nlp_normalization", "levle", "search"));
    MatcherAssert.assertThat(m, containsString("unknown setting [levle] for filter [hindi_search] of type [hindi_nlp_normalization]"));
    MatcherAssert.assertThat(m, containsString(", level, "));
  }

  public void testCamelCaseSettingGetsAHint() {
    String m = createFails("tokenizer", "tokens", Map.of("type", "hindi_nlp", "keepCompounds", "true"));
    MatcherAssert.assertThat(m, containsString("unknown setting [keepCompounds] for tokenizer [tokens] of type [hindi_nlp] (did you mean [keep_compounds]?)"));
  }

  public void testUnknownAnalyzerSettingIsNamed() {
    String m = createFails("analyzer", "news", Map.of("type", "hindi_nlp", "stemm", "true"));
    MatcherAssert.assertThat(m, containsString("unknown setting [stemm] for analyzer [news] of type [hindi_nlp]"));
  }

  public void testUnknownEntitySettingIsNamed() {
    String m = createFails("filter", "entities", Map.of("type", "hindi_nlp_entities", "lists", "parties.tsv"));
    MatcherAssert.assertThat(m, containsString("unknown setting [lists] for filter [entities] of type [hindi_nlp_entities]"));
    MatcherAssert.assertThat(m, containsString("lists_path"));
  }

  public void testMalformedBooleanIsNamed() {
    String m = createFails("filter", "norm", Map.of("type", "hindi_nlp_normalization", "remove_nukta", "yes"));
    MatcherAssert.assertThat(m, containsString("filter [norm] of type [hindi_nlp_normalization]"));
    MatcherAssert.assertThat(m, containsString("[remove_nukta] must be true or false, not 'yes'"));
  }

  public void testMalformedLevelIsNamed() {
    String m = createFails("filter", "stop", Map.of("type", "hindi_nlp_stop", "level", "loose"));
    MatcherAssert.assertThat(m, containsString("filter [stop] of type [hindi_nlp_stop]"));
    MatcherAssert.assertThat(m, containsString("[level] must be search or canonical, not 'loose'"));
  }

  public void testMissingListFileNamesItsPath() {
    Path config = Examples.configDir(getInstanceFromNode(Environment.class));
    Path missing = config.resolve("hindi-nlp").resolve("no-such-list.tsv");
    String m = createFails("filter", "entities", Map.of("type", "hindi_nlp_entities", "lists_path", "hindi-nlp/no-such-list.tsv"));
    MatcherAssert.assertThat(m, containsString("filter [entities] of type [hindi_nlp_entities]"));
    MatcherAssert.assertThat(m, containsString("list file [hindi-nlp/no-such-list.tsv]"));
    MatcherAssert.assertThat(m, containsString(missing.toString()));
  }

  public void testMalformedListNamesFileAndLine() throws Exception {
    Path config = Examples.configDir(getInstanceFromNode(Environment.class));
    Path list = config.resolve("bad-list.tsv");
    Files.createDirectories(config);
    // Line 3 has a type that is neither built in nor declared.
    Files.writeString(list, "#format: hindi-nlp-list/1\n#types: PARTY\nआम जनहित मोर्चा\tPARTI\tparty:ajm\n", StandardCharsets.UTF_8);
    try {
      String m = createFails("filter", "entities", Map.of("type", "hindi_nlp_entities", "lists_path", "bad-list.tsv"));
      MatcherAssert.assertThat(m, containsString("filter [entities] of type [hindi_nlp_entities]"));
      MatcherAssert.assertThat(m, containsString("bad-list.tsv:3"));
      MatcherAssert.assertThat(m, containsString("PARTI"));
    } finally {
      Files.deleteIfExists(list);
    }
  }
}
