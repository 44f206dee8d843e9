package org.hindinlp.solr;

import com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.solr.SolrTestCaseJ4;
import org.apache.solr.core.CoreContainer;
import org.junit.BeforeClass;

/**
 * The configset with one mistake: Solr refuses to create the core, and the error names the
 * mistake (an unknown attribute of a factory, a list file that is not there, a malformed list).
 */
@ThreadLeakFilters(defaultFilters = true, filters = {CommonPoolThreads.class})
public class HindiNlpSolrBadInputTest extends SolrTestCaseJ4 {

  @BeforeClass
  public static void onDisk() throws Exception {
    useFactory("solr.StandardDirectoryFactory");
  }

  /** Creates a core from the configset with {@code from} replaced by {@code to} in schema.xml; returns the error text. */
  private String createFails(String from, String to) throws Exception {
    Path home = HindiNlpSolrTest.solrHome("bad");
    Path schema = home.resolve("bad/conf/schema.xml");
    String text = Files.readString(schema, StandardCharsets.UTF_8);
    assertTrue("the configset has " + from, text.contains(from));
    Files.writeString(schema, text.replace(from, to), StandardCharsets.UTF_8);
    return createFails(home);
  }

  /** Creates the core "bad" of the Solr home {@code home}; returns the messages of the error and its causes. */
  private String createFails(Path home) throws Exception {
    CoreContainer cc = CoreContainer.createAndLoad(home);
    try {
      Exception e = expectThrows(Exception.class, () -> cc.create("bad", home.resolve("bad"), Map.of(), false));
      StringBuilder all = new StringBuilder();
      for (Throwable t = e; t != null; t = t.getCause()) {
        all.append(t.getMessage()).append('\n');
      }
      return all.toString();
    } finally {
      cc.shutdown();
    }
  }

  public void testUnknownAttributeIsNamed() throws Exception {
    String m = createFails("<filter name=\"devanagariNormalization\" level=\"search\"/>",
        "<filter name=\"devanagariNormalization\" levle=\"search\"/>");
    assertTrue(m, m.contains("analyzer/filter \"devanagariNormalization\": Unknown parameters: {levle=search}"));
  }

  public void testMalformedValueIsNamed() throws Exception {
    String m = createFails("<filter name=\"hindiNlpStop\" level=\"search\"/>",
        "<filter name=\"hindiNlpStop\" level=\"loose\"/>");
    assertTrue(m, m.contains("analyzer/filter \"hindiNlpStop\": Configuration Error: 'level' must be search or canonical, not 'loose'"));
  }

  public void testMissingListFileIsNamed() throws Exception {
    String m = createFails("lists=\"lists/parties.tsv\"", "lists=\"lists/no-such-list.tsv\"");
    assertTrue(m, m.contains("Can't find resource 'lists/no-such-list.tsv' in classpath or '/"));
  }

  public void testMalformedListNamesFileAndLine() throws Exception {
    Path home = HindiNlpSolrTest.solrHome("bad");
    // The schema is right; the list file it names is broken.
    Files.writeString(home.resolve("bad/conf/lists/parties.tsv"),
        "#format: hindi-nlp-list/1\n#types: PARTY\nआम जनहित मोर्चा\tPARTI\n", StandardCharsets.UTF_8);
    String m = createFails(home);
    assertTrue(m, m.contains("lists/parties.tsv:3: unknown type 'PARTI'"));
  }
}
