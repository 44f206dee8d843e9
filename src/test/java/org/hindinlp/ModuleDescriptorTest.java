package org.hindinlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The compiled module exports the public packages only: every library package except the
 * internals, and nothing that library users must not depend on; the command-line tool is not in it
 * (a separate artifact, {@code cli/}), nor are its dependencies.
 */
class ModuleDescriptorTest {

  private static final Set<String> NOT_EXPORTED =
      Set.of("org.hindinlp.internal", "org.hindinlp.ner.model");

  @Test
  void exportsExactlyThePublicPackages() throws IOException {
    Path classes = Path.of("target/classes");
    ModuleDescriptor d =
        ModuleFinder.of(classes).findAll().iterator().next().descriptor();
    assertEquals("org.hindinlp", d.name());
    Set<String> exported =
        d.exports().stream()
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> packages = new TreeSet<>();
    try (Stream<Path> files = Files.walk(classes.resolve("org/hindinlp"))) {
      files
          .filter(p -> p.toString().endsWith(".class"))
          .map(p -> classes.relativize(p.getParent()).toString().replace('/', '.'))
          .forEach(packages::add);
    }
    for (String p : packages) {
      boolean internal = NOT_EXPORTED.stream().anyMatch(n -> p.equals(n) || p.startsWith(n + "."));
      assertEquals(!internal, exported.contains(p), "package " + p + " exported: " + exported);
    }
    assertFalse(packages.contains("org.hindinlp.cli"), "the command line is a separate artifact");
    assertEquals(Set.of("java.base", "com.ibm.icu", "org.apache.lucene.core", "org.apache.lucene.analysis.common"),
        d.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()));
    assertTrue(d.requires().stream().anyMatch(r -> r.name().equals("org.apache.lucene.core")
        && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)),
        "Lucene types are in the API: its core module is read transitively");
  }

  /**
   * No package cycle between the tagger and its model: nothing in {@code org.hindinlp.ner.model}
   * refers to a class of {@code org.hindinlp.ner} (class references in the compiled classes use
   * slashes; the one reflective name the model package holds is a string with dots).
   */
  @Test
  void theModelPackageDoesNotDependOnTheTaggerPackage() throws IOException {
    java.nio.file.Path dir = java.nio.file.Path.of("target/classes/org/hindinlp/ner/model");
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(dir), "classes not compiled");
    java.util.regex.Pattern ref = java.util.regex.Pattern.compile("org/hindinlp/ner/[A-Z]");
    try (var files = java.nio.file.Files.list(dir)) {
      for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".class")).toList()) {
        String bytes = new String(java.nio.file.Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1);
        org.junit.jupiter.api.Assertions.assertFalse(ref.matcher(bytes).find(), f + " refers to org.hindinlp.ner");
      }
    }
  }
}
