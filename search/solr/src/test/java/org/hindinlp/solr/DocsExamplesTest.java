package org.hindinlp.solr;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;

/** The configset files that the tests load are the ones docs/search-engines/solr.md shows, verbatim. */
public class DocsExamplesTest {

  @Test
  public void configsetIsShownVerbatim() throws IOException {
    Path docsFile = Path.of(System.getProperty("hindinlp.docs"));
    String docs = Files.readString(docsFile, StandardCharsets.UTF_8);
    Path conf = Path.of(System.getProperty("hindinlp.configset")).resolve("conf");
    for (String name : List.of("schema.xml", "solrconfig.xml", "entity-types.txt", "lists/parties.tsv")) {
      String text = Files.readString(conf.resolve(name), StandardCharsets.UTF_8).strip();
      assertTrue(name + " is not shown verbatim in " + docsFile, docs.contains(text));
    }
  }
}
