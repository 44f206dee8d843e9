package org.hindinlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input on the command line: every command gives a one-line error, exit code 2 and nothing on
 * stdout; {@code --input jsonl} names the bad line and, with {@code --skip-bad-lines}, skips it.
 */
class CliRobustnessTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> COMMANDS = List.of("normalize", "tokenize", "sentences", "entities");

  @TempDir Path dir;

  private static void assertUsageError(CliRunner.Result r, String expectedInMessage) {
    assertEquals(2, r.exitCode(), r.err());
    assertEquals("", r.out());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("hindi-nlp: "), r.err());
    assertTrue(r.err().contains(expectedInMessage), r.err());
  }

  private static byte[] invalidUtf8() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes("भारत में ".getBytes(StandardCharsets.UTF_8));
    b.writeBytes(new byte[] {(byte) 0xE0, (byte) 0xA4}); // a truncated three-byte sequence
    b.write(' ');
    b.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}); // an encoded surrogate
    return b.toByteArray();
  }

  @Test
  void invalidUtf8FromAFileOrStdinIsAOneLineError() throws Exception {
    Path f = dir.resolve("bad.txt");
    Files.write(f, invalidUtf8());
    for (String cmd : COMMANDS) {
      assertUsageError(CliRunner.run(new byte[0], cmd, f.toString()), "not valid UTF-8 (at byte 23)");
      assertUsageError(CliRunner.run(invalidUtf8(), cmd), "<stdin>: not valid UTF-8");
    }
  }

  @Test
  void missingFileDirectoryAndUnreadableFile() throws Exception {
    Path unreadable = dir.resolve("secret.txt");
    Files.writeString(unreadable, "भारत");
    Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
    boolean canStillRead = Files.isReadable(unreadable); // root reads anything
    for (String cmd : COMMANDS) {
      assertUsageError(CliRunner.run(new byte[0], cmd, dir.resolve("none.txt").toString()), "no such file");
      assertUsageError(CliRunner.run(new byte[0], cmd, dir.toString()), "is a directory");
      if (!canStillRead) {
        assertUsageError(CliRunner.run(new byte[0], cmd, unreadable.toString()), "permission denied");
      }
    }
    Assumptions.assumeFalse(canStillRead, "running as root: permissions do not stop reading");
  }

  @Test
  void unknownOptionsAndBadValues() {
    for (String cmd : COMMANDS) {
      assertUsageError(CliRunner.run("x", cmd, "--no-such-option"), "--no-such-option");
      assertUsageError(CliRunner.run("x", cmd, "a.txt", "b.txt"), "b.txt");
    }
    assertUsageError(CliRunner.run("x", "tokenize", "--format", "xml"), "xml");
    assertUsageError(CliRunner.run("x", "entities", "--input", "csv"), "csv");
    assertUsageError(CliRunner.run("x", "no-such-command"), "no-such-command");
    assertUsageError(CliRunner.run("x", "tokenize", "--skip-bad-lines"), "--skip-bad-lines applies to --input jsonl only");
  }

  @Test
  void badListFileNamesTheFileAndTheLine() throws Exception {
    Path list = dir.resolve("parties.tsv");
    Files.writeString(list, "#format: hindi-nlp-list/1\nभाजपा\tPARTI\tparty:bjp\n");
    assertUsageError(CliRunner.run("भाजपा", "entities", "--list", list.toString()), "parties.tsv:2: unknown type 'PARTI'");
    Path bin = dir.resolve("random.tsv");
    Files.write(bin, new byte[] {'a', '\t', (byte) 0xFF, (byte) 0xFE, 0, 1, 2});
    assertUsageError(CliRunner.run("भाजपा", "entities", "--list", bin.toString()), "random.tsv:1: not valid UTF-8");
  }

  private static final String JSONL =
      "{\"id\":1,\"text\":\"रमेश आया।\"}\n"
          + "{\"id\":2,\"text\":\n" // 2: truncated JSON
          + "[1,2]\n" // 3: not an object
          + "{\"text\":\"x\"}\n" // 4: no id
          + "{\"id\":5,\"text\":5}\n" // 5: text not a string
          + "\n"
          + "{\"id\":7,\"text\":\"\\ud800 अकेला surrogate\"}\n"; // 7: a JSON escape of a lone surrogate: valid

  private static byte[] jsonlWithInvalidUtf8() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(JSONL.getBytes(StandardCharsets.UTF_8));
    b.writeBytes("{\"id\":8,\"text\":\"".getBytes(StandardCharsets.UTF_8));
    b.writeBytes(new byte[] {(byte) 0xC3, '"', '}', '\n'}); // 8: invalid UTF-8
    b.writeBytes("{\"id\":9,\"text\":\"भारत\"}\r\n".getBytes(StandardCharsets.UTF_8));
    return b.toByteArray();
  }

  @Test
  void aBadJsonlLineStopsTheRunByDefault() throws Exception {
    for (String cmd : List.of("tokenize", "sentences", "entities")) {
      CliRunner.Result r = CliRunner.run(jsonlWithInvalidUtf8(), cmd, "--input", "jsonl");
      assertUsageError(r, "line 2: not valid JSON");
      // Only the invalid UTF-8 line is bad: it is named by its line, not by a byte offset.
      byte[] onlyUtf8 = ("{\"id\":0,\"text\":\"a\"}\n{\"id\":1,\"text\":\"\u00e9\"}\n{\"id\":2,\"text\":\"b\"}\n")
          .getBytes(StandardCharsets.UTF_8);
      onlyUtf8[onlyUtf8.length - 23] = (byte) 0xFF;
      Path f = dir.resolve("in.jsonl");
      Files.write(f, onlyUtf8);
      assertUsageError(CliRunner.run(new byte[0], cmd, "--input", "jsonl", f.toString()), f + ": line 2: not valid UTF-8");
    }
  }

  @Test
  void skipBadLinesReportsEachOnStderrAndProcessesTheRest() throws Exception {
    for (String cmd : List.of("tokenize", "sentences", "entities")) {
      CliRunner.Result r = CliRunner.run(jsonlWithInvalidUtf8(), cmd, "--input", "jsonl", "--skip-bad-lines");
      assertEquals(0, r.exitCode(), r.err());
      List<String> err = r.err().lines().toList();
      assertEquals(
          List.of(
              "hindi-nlp: line 2: not valid JSON",
              "hindi-nlp: line 3: expected a JSON object with \"id\" and \"text\" (skipped)",
              "hindi-nlp: line 4: missing \"id\" (skipped)",
              "hindi-nlp: line 5: \"text\" must be a string (skipped)",
              "hindi-nlp: line 8: not valid UTF-8 (skipped)",
              "hindi-nlp: skipped 5 bad lines"),
          err.stream().map(l -> l.startsWith("hindi-nlp: line 2: not valid JSON") ? "hindi-nlp: line 2: not valid JSON" : l).toList(),
          r.err());
      assertTrue(err.get(0).endsWith("(skipped)"), err.get(0));
      List<String> out = r.out().lines().toList();
      assertEquals(3, out.size(), r.out());
      assertEquals(List.of(1, 7, 9), out.stream().map(l -> readId(l)).toList());
      if (cmd.equals("entities")) {
        assertEquals("भारत", JSON.readTree(out.get(2)).get("entities").get(0).get("text").asText());
      }
    }
  }

  private static int readId(String line) {
    try {
      JsonNode n = JSON.readTree(line);
      return n.get("id").asInt();
    } catch (Exception e) {
      throw new AssertionError(line, e);
    }
  }
}
