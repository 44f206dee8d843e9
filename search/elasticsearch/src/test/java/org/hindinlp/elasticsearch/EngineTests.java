package org.hindinlp.elasticsearch;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import org.elasticsearch.Build;
import org.elasticsearch.action.search.SearchRequestBuilder;
import org.elasticsearch.action.search.SearchResponse;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginDescriptor;
import org.elasticsearch.plugins.PluginsUtils;
import org.elasticsearch.search.builder.SearchSourceBuilder;
import org.elasticsearch.test.hamcrest.ElasticsearchAssertions;
import org.elasticsearch.xcontent.XContentParser;

/**
 * What the tests need from the engine's test and plugin APIs where Elasticsearch and OpenSearch
 * differ: the only test class that is not shared (the OpenSearch build generates its tests from
 * this package's other classes, renamed, and has its own EngineTests).
 */
final class EngineTests {
  private EngineTests() {}

  /** Runs a search and hands its response to the checks (releasing it afterwards). */
  static void assertResponse(SearchRequestBuilder request, Consumer<SearchResponse> checks) {
    ElasticsearchAssertions.assertResponse(request, checks);
  }

  /** Checks the number of hits of a search. */
  static void assertHitCount(SearchRequestBuilder request, long expected) {
    ElasticsearchAssertions.assertHitCount(request, expected);
  }

  /** A search request body (JSON) as the REST layer parses it. */
  static SearchSourceBuilder searchSource(XContentParser p) throws IOException {
    return new SearchSourceBuilder().parseXContent(p, true, feature -> true);
  }

  /** The running engine's version. */
  static String version() {
    return Build.current().version();
  }

  /** The other line's release that the zip tests try (a plugin built for it must be refused). */
  static String otherLineVersion() {
    return version().startsWith("8.") ? "9.5.3" : "8.19.21";
  }

  /**
   * The engine's own Hindi analyzer for the throughput peer: analysis-common is not on Maven Central,
   * so a test plugin builds what Elasticsearch's HindiAnalyzerProvider builds.
   */
  static Class<? extends Plugin> hindiAnalyzerPlugin() {
    return LuceneHindiPlugin.class;
  }

  /** A plugin descriptor as the engine reads it: name, class name, engine version, Java version. */
  record Descriptor(String name, String classname, String engineVersion, String javaVersion) {}

  static Descriptor readDescriptor(Path pluginDir) throws IOException {
    PluginDescriptor d = PluginDescriptor.readFromProperties(pluginDir);
    if (d.isStable()) {
      throw new AssertionError("a stable plugin descriptor: " + d);
    }
    return new Descriptor(d.getName(), d.getClassname(), d.getElasticsearchVersion(), d.getJavaVersion());
  }

  /** The engine's version check of install and start-up: IllegalArgumentException if refused. */
  static void verifyCompatibility(Path pluginDir) throws IOException {
    PluginsUtils.verifyCompatibility(PluginDescriptor.readFromProperties(pluginDir));
  }

  /** The engine's jar-hell check of the plugin's jars against its own class path. */
  static void checkJarHell(Path pluginDir, Set<URL> engineClassPath, Path scratch) throws IOException {
    Path plugins = scratch.resolve("installed-plugins");
    Path modules = scratch.resolve("modules");
    java.nio.file.Files.createDirectories(plugins);
    java.nio.file.Files.createDirectories(modules);
    PluginsUtils.preInstallJarHellCheck(
        PluginDescriptor.readFromProperties(pluginDir), pluginDir, plugins, modules, engineClassPath);
  }
}
