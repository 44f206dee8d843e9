package org.hindinlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code normalize}: output, levels, and one-line errors with exit code 2 and no stdout. */
class NormalizeCommandTest {

  @TempDir Path dir;

  @Test
  void normalizesAFileCanonically() throws IOException {
    Path f = dir.resolve("in.txt");
    Files.writeString(f, "\uFEFF\u095Bमीन पर हिन्दी\n", StandardCharsets.UTF_8);
    CliRunner.Result r = CliRunner.run("", "normalize", f.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("ज\u093Cमीन पर हिन्दी\n", r.out());
    assertEquals("", r.err());
  }

  @Test
  void searchLevelFromStandardInput() {
    CliRunner.Result r = CliRunner.run("ज़मीन पर हिन्दी १२\n", "normalize", "--level", "search", "-");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("जमीन पर हिंदी 12\n", r.out());
  }

  @Test
  void pipeAsDandaOption() {
    CliRunner.Result r = CliRunner.run("वह आया| फिर", "normalize", "--pipe-as-danda");
    assertEquals("वह आया। फिर", r.out());
  }

  @Test
  void unknownOption() {
    assertUsageError(CliRunner.run("", "normalize", "--bogus"), "--bogus");
  }

  @Test
  void unknownLevel() {
    assertUsageError(CliRunner.run("", "normalize", "--level", "loose"), "loose");
  }

  @Test
  void unknownCommand() {
    assertUsageError(CliRunner.run("", "frobnicate"), "frobnicate");
  }

  @Test
  void missingFile() {
    Path missing = dir.resolve("missing.txt");
    assertUsageError(CliRunner.run("", "normalize", missing.toString()), "missing.txt: no such file");
  }

  @Test
  void directoryInsteadOfFile() {
    assertUsageError(CliRunner.run("", "normalize", dir.toString()), "is a directory");
  }

  @Test
  void invalidUtf8() throws IOException {
    Path f = dir.resolve("bad.txt");
    Files.write(f, new byte[] {'o', 'k', ' ', (byte) 0xC3, (byte) 0x28, 'x'});
    assertUsageError(CliRunner.run("", "normalize", f.toString()), "not valid UTF-8 (at byte 3)");
    assertUsageError(
        CliRunner.run(new byte[] {(byte) 0xFF}, "normalize"), "<stdin>: not valid UTF-8");
  }

  private static void assertUsageError(CliRunner.Result r, String expected) {
    assertEquals(2, r.exitCode(), r.err());
    assertEquals("", r.out(), "nothing on stdout");
    assertTrue(r.err().contains(expected), r.err());
    assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    assertTrue(r.err().startsWith("hindi-nlp: "), r.err());
  }
}
