package org.hindinlp.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the read-only shared material ({@code ../shared}: corpora and the seed article).
 *
 * <p>A user's fresh clone has no {@code ../shared}: tests that need it are skipped there with a
 * message. Under CI ({@code CI=true}) it must be present, so a missing file fails the test instead.
 */
public final class SharedData {

  private SharedData() {}

  /** The shared folder, from {@code -Dhindinlp.shared} or {@code ../shared}. */
  public static Path root() {
    String prop = System.getProperty("hindinlp.shared");
    return Path.of(prop != null && !prop.isBlank() ? prop : "../shared").toAbsolutePath().normalize();
  }

  /**
   * Returns a shared file, skipping the calling test where it is absent (failing under CI).
   *
   * @param relative a path below the shared folder, such as {@code corpora/il-ner-hi/Hindi-train.txt}
   */
  public static Path require(String relative) {
    Path p = root().resolve(relative);
    if (!Files.isReadable(p)) {
      String msg = "shared data not found: " + p + " (tests that read ../shared are skipped without it)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(msg + "; CI must have it");
      }
      assumeTrue(false, msg);
    }
    return p;
  }
}
