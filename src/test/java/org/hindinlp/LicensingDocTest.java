package org.hindinlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every resource that goes into the library jar (every file of the compiled classes folder but
 * {@code .class} files) is named in {@code docs/licensing.md}, with its source and licence; the
 * licence and notice the jar carries are the repository's.
 */
class LicensingDocTest {

  /** The compiled classes folder (target/classes), the jar's content. */
  private static Path classes() throws URISyntaxException {
    return Path.of(HindiNlp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @Test
  void everyResourceOfTheJarIsNamedInTheLicensingPage() throws Exception {
    Path root = classes();
    assertTrue(Files.isDirectory(root), "expected the classes folder, got " + root);
    String page = Files.readString(Path.of("docs/licensing.md"), StandardCharsets.UTF_8);
    List<String> resources;
    try (Stream<Path> s = Files.walk(root)) {
      resources = s.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.endsWith(".class"))
          .sorted()
          .toList();
    }
    assertTrue(resources.size() > 40, "resources: " + resources);
    List<String> missing = resources.stream().filter(r -> !page.contains("`" + r + "`")).toList();
    assertEquals(List.of(), missing, "resources of the jar not named in docs/licensing.md");
  }

  @Test
  void theJarCarriesTheRepositorysLicenceAndNotice() throws Exception {
    Path root = classes();
    for (String f : new String[] {"LICENSE", "NOTICE"}) {
      assertEquals(Files.readString(Path.of(f)), Files.readString(root.resolve("META-INF/" + f)), f);
    }
    assertTrue(Files.readString(Path.of("NOTICE")).contains("CC BY-SA 4.0"));
  }
}
