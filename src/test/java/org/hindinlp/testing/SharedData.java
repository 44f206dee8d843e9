package org.hindinlp.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Locates the read-only shared material ({@code ../shared}: corpora and the seed article).
 *
 * <p>A user's fresh clone has no {@code ../shared}: tests that need it are skipped there with a
 * message, and the first skip of a run also says so on the console (standard error), since Maven
 * shows a skipped test's message only in its XML report. Under CI ({@code CI=true}) it must be
 * present, so a missing file fails the test instead.
 */
public final class SharedData {

  /** Whether this JVM (one test run) has already said on the console that tests are skipped. */
  private static final AtomicBoolean TOLD = new AtomicBoolean();

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
    return require(root(), relative, "true".equalsIgnoreCase(System.getenv("CI")), TOLD, System.err);
  }

  /**
   * {@link #require(String)} with its surroundings given: the first skip for which {@code told} is
   * still false prints one line on {@code console}; later skips print nothing.
   */
  static Path require(Path root, String relative, boolean ci, AtomicBoolean told, PrintStream console) {
    Path p = root.resolve(relative);
    if (!Files.isReadable(p)) {
      String msg = "shared data not found: " + p + " (tests that read ../shared are skipped without it)";
      if (ci) {
        fail(msg + "; CI must have it");
      }
      if (told.compareAndSet(false, true)) {
        console.println(
            "[hindi-nlp tests] " + msg + "; set -Dhindinlp.shared=DIR to run them."
                + " Further skips are reported in target/surefire-reports only.");
        console.flush();
      }
      assumeTrue(false, msg);
    }
    return p;
  }
}
