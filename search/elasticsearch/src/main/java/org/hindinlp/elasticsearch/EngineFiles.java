package org.hindinlp.elasticsearch;

import java.io.Reader;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.analysis.Analysis;

/**
 * How this engine reads a file named in analysis settings: the one piece of the plugin's main code
 * that differs between Elasticsearch and OpenSearch (the OpenSearch build takes every other class
 * of this package from here, renamed; it has its own EngineFiles).
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
    // Elasticsearch's message names the full path: "IOException while reading lists_path: /…".
    return Analysis.getReaderFromFile(env, path, "lists");
  }
}
