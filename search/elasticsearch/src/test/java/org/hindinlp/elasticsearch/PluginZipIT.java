package org.hindinlp.elasticsearch;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The installable zip, after {@code package}: its files, its descriptor as Elasticsearch reads and
 * checks it (the engine's own descriptor parser and checks, through {@link EngineTests}: the code that {@code
 * elasticsearch-plugin install} and node start-up run), the engine's refusal of a plugin built
 * for another version, and the plugin loaded from the zip's jars alone over the engine's class
 * path.
 */
public class PluginZipIT {

  @ClassRule public static final TemporaryFolder TMP = new TemporaryFolder();

  private static Path zip;
  private static Path pluginDir;

  @BeforeClass
  public static void unpack() throws IOException {
    zip = Path.of(System.getProperty("hindinlp.zip"));
    assertTrue(zip + " was not built", Files.isRegularFile(zip));
    pluginDir = TMP.newFolder("plugins", "analysis-hindi-nlp").toPath();
    try (ZipFile z = new ZipFile(zip.toFile())) {
      for (ZipEntry e : java.util.Collections.list(z.entries())) {
        assertFalse("no directories in the zip: " + e.getName(), e.getName().contains("/"));
        try (InputStream in = z.getInputStream(e)) {
          Files.copy(in, pluginDir.resolve(e.getName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static Set<String> files() throws IOException {
    try (Stream<Path> s = Files.list(pluginDir)) {
      Set<String> names = new TreeSet<>();
      s.forEach(p -> names.add(p.getFileName().toString()));
      return names;
    }
  }

  @Test
  public void zipHoldsDescriptorLicenceNoticeAndJars() throws IOException {
    Set<String> files = files();
    for (String f : List.of("plugin-descriptor.properties", "LICENSE", "NOTICE")) {
      assertThat(files, hasItem(f));
    }
    String version = System.getProperty("hindinlp.version", "0.1.0-SNAPSHOT");
    Path jar = Path.of(System.getProperty("hindinlp.jar"));
    assertThat(files, hasItem(jar.getFileName().toString()));
    assertThat(files, hasItem("hindi-nlp-" + version + ".jar"));
    assertTrue(files.stream().anyMatch(f -> f.startsWith("icu4j-") && f.endsWith(".jar")));
    // The engine's own jars never go into a plugin: a second Lucene is refused (jar hell).
    for (String f : files) {
      assertFalse(f, f.startsWith("lucene-") || f.startsWith("elasticsearch-"));
    }
    assertEquals("the descriptor, LICENSE, NOTICE and three jars", 6, files.size());
    // The licence files are the project's.
    Path root = Path.of(System.getProperty("hindinlp.root"));
    assertEquals(Files.readString(root.resolve("LICENSE")), Files.readString(pluginDir.resolve("LICENSE")));
    assertEquals(Files.readString(root.resolve("NOTICE")), Files.readString(pluginDir.resolve("NOTICE")));
  }

  @Test
  public void descriptorIsReadAndAcceptedByThisElasticsearch() throws IOException {
    EngineTests.Descriptor d = EngineTests.readDescriptor(pluginDir);
    assertEquals("analysis-hindi-nlp", d.name());
    assertEquals(HindiNlpPlugin.class.getName(), d.classname());
    assertEquals(EngineTests.version(), d.engineVersion());
    assertEquals(System.getProperty("elasticsearch.version"), d.engineVersion());
    assertEquals(System.getProperty("java.release"), d.javaVersion());
    EngineTests.verifyCompatibility(pluginDir); // throws if this Elasticsearch would refuse it
  }

  /** Another Elasticsearch version refuses the plugin with its usual message. */
  @Test
  public void anotherElasticsearchVersionIsRefused() throws IOException {
    String running = EngineTests.version();
    String[] v = running.split("\\.");
    List<String> others = new ArrayList<>();
    others.add(v[0] + "." + v[1] + "." + (Integer.parseInt(v[2]) + 1)); // the next patch release
    others.add(EngineTests.otherLineVersion()); // the other line's zip
    for (String other : others) {
      Path dir = TMP.newFolder("other-" + other).toPath();
      String props = Files.readString(pluginDir.resolve("plugin-descriptor.properties"), StandardCharsets.UTF_8);
      Files.writeString(
          dir.resolve("plugin-descriptor.properties"),
          props.replace("elasticsearch.version=" + running, "elasticsearch.version=" + other));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EngineTests.verifyCompatibility(dir));
      assertEquals(
          "Plugin [analysis-hindi-nlp] was built for Elasticsearch version " + other + " but version " + running + " is running",
          e.getMessage());
    }
  }

  /** The engine's class path: this JVM's, without the plugin's own classes and jars. */
  private static Set<URL> engineClassPath() throws IOException {
    Set<String> ours = new HashSet<>();
    try (Stream<Path> s = Files.list(pluginDir)) {
      s.filter(p -> p.toString().endsWith(".jar")).forEach(p -> ours.add(p.getFileName().toString()));
    }
    Set<URL> urls = new java.util.LinkedHashSet<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      Path p = Path.of(entry);
      String name = p.getFileName().toString();
      boolean plugin =
          ours.contains(name)
              || name.startsWith("hindi-nlp")
              || name.startsWith("icu4j")
              || (Files.isDirectory(p) && (name.equals("classes") || name.equals("test-classes")))
              || name.startsWith("junit")
              || name.startsWith("hamcrest")
              || name.startsWith("surefire")
              || name.startsWith("failsafe");
      if (!plugin) {
        urls.add(p.toUri().toURL());
      }
    }
    return urls;
  }

  /** The jar-hell check of {@code elasticsearch-plugin install}, against the engine's class path. */
  @Test
  public void installJarHellCheckPasses() throws IOException {
    EngineTests.checkJarHell(pluginDir, engineClassPath(), TMP.newFolder("jar-hell").toPath());
  }

  /**
   * The plugin class, loaded as Elasticsearch loads it: from the zip's jars only, in a class loader
   * over the engine's class path; it registers its components and makes a tokenizer from the
   * zip's core jar.
   */
  @Test
  public void pluginLoadsFromTheZipJarsAlone() throws Exception {
    List<URL> jars = new ArrayList<>();
    try (Stream<Path> s = Files.list(pluginDir)) {
      for (Path p : (Iterable<Path>) s.filter(x -> x.toString().endsWith(".jar"))::iterator) {
        jars.add(p.toUri().toURL());
      }
    }
    try (URLClassLoader engine = new URLClassLoader(engineClassPath().toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
        URLClassLoader plugin = new URLClassLoader(jars.toArray(new URL[0]), engine)) {
      String classname = EngineTests.readDescriptor(pluginDir).classname();
      Class<?> c = Class.forName(classname, true, plugin);
      assertEquals(plugin, c.getClassLoader());
      assertTrue(engine.loadClass("org.elasticsearch.plugins.AnalysisPlugin").isAssignableFrom(c));
      Object instance = c.getConstructor().newInstance();
      Map<?, ?> tokenizers = (Map<?, ?>) c.getMethod("getTokenizers").invoke(instance);
      Map<?, ?> filters = (Map<?, ?>) c.getMethod("getTokenFilters").invoke(instance);
      Map<?, ?> analyzers = (Map<?, ?>) c.getMethod("getAnalyzers").invoke(instance);
      assertEquals(Set.of("hindi_nlp"), tokenizers.keySet());
      assertEquals(
          Set.of("hindi_nlp_normalization", "hindi_nlp_stop", "hindi_nlp_entities", "hindi_nlp_entity_types"),
          filters.keySet());
      assertEquals(Set.of("hindi_nlp"), analyzers.keySet());
      // Make a tokenizer through the provider, with empty settings.
      Object provider = tokenizers.get("hindi_nlp");
      Class<?> settings = engine.loadClass("org.elasticsearch.common.settings.Settings");
      Method get =
          engine
              .loadClass("org.elasticsearch.indices.analysis.AnalysisModule$AnalysisProvider")
              .getMethod(
                  "get",
                  engine.loadClass("org.elasticsearch.index.IndexSettings"),
                  engine.loadClass("org.elasticsearch.env.Environment"),
                  String.class,
                  settings);
      Object factory = get.invoke(provider, null, null, "tokens", settings.getField("EMPTY").get(null));
      Object tokenizer = engine.loadClass("org.elasticsearch.index.analysis.TokenizerFactory").getMethod("create").invoke(factory);
      assertThat(tokenizer.getClass().getName(), equalTo("org.hindinlp.lucene.HindiNlpTokenizer"));
      URL from = tokenizer.getClass().getProtectionDomain().getCodeSource().getLocation();
      assertThat(Path.of(from.toURI()).getFileName().toString(), equalTo("hindi-nlp-" + System.getProperty("hindinlp.version", "0.1.0-SNAPSHOT") + ".jar"));
    }
  }
}
