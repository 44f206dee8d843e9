package org.hindinlp.opensearch;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.opensearch.Version;
import org.opensearch.action.search.SearchRequestBuilder;
import org.opensearch.action.search.SearchResponse;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.plugins.InstallChecks;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.search.builder.SearchSourceBuilder;
import org.opensearch.test.hamcrest.OpenSearchAssertions;

/**
 * What the tests need from OpenSearch's test and plugin APIs where they differ from
 * Elasticsearch's. The other test classes are generated at build time from the Elasticsearch
 * plugin's tests (package names rewritten): see search/opensearch/pom.xml.
 */
final class EngineTests {
  private EngineTests() {}

  /** Runs a search and hands its response to the checks. */
  static void assertResponse(SearchRequestBuilder request, Consumer<SearchResponse> checks) {
    checks.accept(request.get());
  }

  /** Checks the number of hits of a search. */
  static void assertHitCount(SearchRequestBuilder request, long expected) {
    OpenSearchAssertions.assertHitCount(request.get(), expected);
  }

  /** A search request body (JSON) as the REST layer parses it. */
  static SearchSourceBuilder searchSource(XContentParser p) throws IOException {
    return SearchSourceBuilder.fromXContent(p);
  }

  /** The running engine's version. */
  static String version() {
    return Version.CURRENT.toString();
  }

  /** The other line's release that the zip tests try (a plugin built for it must be refused). */
  static String otherLineVersion() {
    return version().startsWith("2.") ? "3.9.0" : "2.19.6";
  }

  /** OpenSearch's own Hindi analyzer for the throughput peer: its analysis-common module. */
  static Class<? extends Plugin> hindiAnalyzerPlugin() {
    // CommonAnalysisPlugin in 2.x, CommonAnalysisModulePlugin in 3.x.
    for (String name : List.of("CommonAnalysisPlugin", "CommonAnalysisModulePlugin")) {
      try {
        return Class.forName("org.opensearch.analysis.common." + name).asSubclass(Plugin.class);
      } catch (ClassNotFoundException e) {
        // the other line's name
      }
    }
    throw new IllegalStateException("analysis-common is not on the test class path");
  }

  /** A plugin descriptor as the engine reads it: name, class name, engine version, Java version. */
  record Descriptor(String name, String classname, String engineVersion, String javaVersion) {}

  static Descriptor readDescriptor(Path pluginDir) throws IOException {
    PluginInfo d = PluginInfo.readFromProperties(pluginDir);
    // An exact opensearch.version is a one-version range, printed as the version itself.
    return new Descriptor(d.getName(), d.getClassname(), d.getOpenSearchVersionRangesString(), d.getJavaVersion());
  }

  /** The engine's version check of install and start-up: IllegalArgumentException if refused. */
  static void verifyCompatibility(Path pluginDir) throws IOException {
    InstallChecks.verifyCompatibility(PluginInfo.readFromProperties(pluginDir));
  }

  /** The engine's jar-hell check of the plugin's jars against its own class path. */
  static void checkJarHell(Path pluginDir, Set<URL> engineClassPath, Path scratch) throws IOException {
    InstallChecks.checkJarHell(engineClassPath, PluginInfo.readFromProperties(pluginDir), pluginDir);
  }
}
