package org.hindinlp.opensearch;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;

/**
 * The user documentation shows the very files the node tests run: every example request, index
 * definition and list line appears in it verbatim, so the two cannot drift apart.
 */
public class DocsExamplesTests {

  private static String docs() throws IOException {
    Path docs = Path.of(System.getProperty("hindinlp.docs"));
    return Files.readString(docs, StandardCharsets.UTF_8);
  }

  @Test
  public void everyExampleFileIsShownVerbatim() throws IOException {
    String docs = docs();
    for (String name :
        List.of(
            "news-index.json",
            "news-index-lists.json",
            "analyze.json",
            "search-variant.json",
            "search-nukta.json",
            "search-person.json",
            "facet-entity-types.json")) {
      String json = Examples.text(name).strip();
      assertTrue(name + " is not shown verbatim in " + System.getProperty("hindinlp.docs"), docs.contains(json));
    }
    for (String line : Examples.text("config/hindi-nlp/parties.tsv").split("\n")) {
      if (!line.startsWith("# ") && !line.isBlank()) {
        assertTrue("list line not shown: " + line, docs.contains(line));
      }
    }
  }
}
