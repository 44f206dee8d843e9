package org.hindinlp.opensearch;

import java.io.Reader;
import java.nio.file.Path;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.analysis.Analysis;

/**
 * How OpenSearch reads a file named in analysis settings: the one piece of the plugin's main code
 * that differs from Elasticsearch's. The other classes of this package are generated at build time
 * from search/elasticsearch/src/main/java (package names rewritten): see search/opensearch/pom.xml.
 */
final class EngineFiles {
  private EngineFiles() {}

  /**
   * Opens {@code path} (relative to the node's config directory) as UTF-8, as {@code
   * stopwords_path} files are opened.
   *
   * @throws IllegalArgumentException naming the full path, when the file cannot be read
   */
  static Reader open(Environment env, String path) {
    try {
      // OpenSearch's variant reads the path from a setting named by the prefix.
      return Analysis.getReaderFromFile(env, Settings.builder().put("lists", path).build(), "lists");
    } catch (IllegalArgumentException e) {
      // OpenSearch's message does not name the file (it only logs it): name it here.
      throw new IllegalArgumentException(configDir(env).resolve(path) + ": " + e.getMessage(), e.getCause());
    }
  }

  /** The node's config directory: configFile() in OpenSearch 2.x, configDir() in 3.x. */
  private static Path configDir(Environment env) {
    for (String name : new String[] {"configDir", "configFile"}) {
      try {
        return (Path) Environment.class.getMethod(name).invoke(env);
      } catch (NoSuchMethodException e) {
        // the other line's name
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("Environment has neither configDir() nor configFile()");
  }
}
