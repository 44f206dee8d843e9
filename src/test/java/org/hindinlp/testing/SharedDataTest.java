package org.hindinlp.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Skips for missing shared data: said once on the console, failures under CI. */
class SharedDataTest {

  @TempDir Path dir;

  @Test
  void aPresentFileIsReturnedSilently() throws IOException {
    Path f = Files.writeString(dir.resolve("a.txt"), "x");
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    AtomicBoolean told = new AtomicBoolean();
    Path p = SharedData.require(dir, "a.txt", false, told, new PrintStream(console, true, StandardCharsets.UTF_8));
    assertEquals(f, p);
    assertEquals(0, console.size());
    assertEquals(false, told.get());
  }

  @Test
  void theFirstSkipIsSaidOnTheConsoleAndLaterOnesAreNot() {
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
    AtomicBoolean told = new AtomicBoolean();
    TestAbortedException first =
        assertThrows(TestAbortedException.class, () -> SharedData.require(dir, "corpora/a.txt", false, told, out));
    assertTrue(first.getMessage().contains(dir.resolve("corpora/a.txt").toString()), first.getMessage());
    String said = console.toString(StandardCharsets.UTF_8);
    assertEquals(1, said.lines().count(), said);
    assertTrue(said.contains("shared data not found: " + dir.resolve("corpora/a.txt")), said);
    assertTrue(said.contains("-Dhindinlp.shared"), said);

    assertThrows(TestAbortedException.class, () -> SharedData.require(dir, "corpora/b.txt", false, told, out));
    assertEquals(said, console.toString(StandardCharsets.UTF_8), "the second skip prints nothing");
  }

  @Test
  void underCiAMissingFileFails() {
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    AssertionFailedError e =
        assertThrows(
            AssertionFailedError.class,
            () ->
                SharedData.require(
                    dir, "a.txt", true, new AtomicBoolean(), new PrintStream(console, true, StandardCharsets.UTF_8)));
    assertTrue(e.getMessage().endsWith("CI must have it"), e.getMessage());
  }
}
