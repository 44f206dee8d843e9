package org.hindinlp.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.elasticsearch.common.xcontent.XContentHelper;
import org.elasticsearch.env.Environment;
import org.elasticsearch.xcontent.XContentType;

/** The files under {@code search/examples/} (on the test class path), as the engine's page under docs/search-engines/ shows them. */
final class Examples {

  private Examples() {}

  /** The text of {@code examples/<name>}. */
  static String text(String name) {
    try (InputStream in = Examples.class.getResourceAsStream("/examples/" + name)) {
      if (in == null) {
        throw new IllegalStateException("examples/" + name + " is not on the test class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The documents of {@code examples/news-docs.jsonl}, one JSON object a line. */
  static List<String> documents() {
    List<String> out = new ArrayList<>();
    for (String line : text("news-docs.jsonl").split("\n")) {
      if (!line.isBlank()) {
        out.add(line);
      }
    }
    return out;
  }

  /**
   * An index definition ({@code settings} and {@code mappings}) as the REST API's {@code PUT
   * /<index>} passes it on: the mappings under the single type {@code _doc}, as {@code
   * RestCreateIndexAction} wraps them.
   */
  static Map<String, Object> indexDefinition(String name) {
    Map<String, Object> source = new java.util.LinkedHashMap<>(parse(text(name)));
    Object mappings = source.get("mappings");
    if (mappings != null) {
      source.put("mappings", Map.of("_doc", mappings));
    }
    return source;
  }

  /** One document as a map. */
  static Map<String, Object> parse(String json) {
    return XContentHelper.convertToMap(XContentType.JSON.xContent(), json, false);
  }

  /**
   * The node's config directory: {@code configDir()} from Elasticsearch 8.19 on, {@code
   * configFile()} before (so that the tests also compile against 8.17 and 8.18).
   */
  static Path configDir(Environment env) {
    for (String name : new String[] {"configDir", "configFile"}) {
      try {
        Method m = Environment.class.getMethod(name);
        return (Path) m.invoke(env);
      } catch (NoSuchMethodException e) {
        // try the other name
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("Environment has neither configDir() nor configFile()");
  }
}
