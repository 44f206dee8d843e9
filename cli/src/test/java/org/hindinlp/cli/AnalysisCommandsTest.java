package org.hindinlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The {@code tokenize} and {@code sentences} commands. */
class AnalysisCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void tokenizePrintsTabSeparatedTokensWithBlankLinesBetweenSentences() {
    CliRunner.Result r = CliRunner.run("डॉ. शर्मा आए। वे बोले!\n", "tokenize");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(
        "0\t3\tWORD\tडॉ.\n4\t9\tWORD\tशर्मा\n10\t12\tWORD\tआए\n12\t13\tPUNCTUATION\t।\n\n"
            + "14\t16\tWORD\tवे\n17\t21\tWORD\tबोले\n21\t22\tPUNCTUATION\t!\n",
        r.out());
  }

  @Test
  void tokenizeJson() throws Exception {
    CliRunner.Result r = CliRunner.run("KCNA-की खबर।", "tokenize", "--format", "json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode n = JSON.readTree(r.out());
    assertEquals(1, n.get("sentences").size());
    assertEquals(5, n.get("tokens").size());
    assertEquals("KCNA", n.get("tokens").get(0).get("text").asText());
    assertEquals("PUNCTUATION", n.get("tokens").get(1).get("kind").asText());
    assertEquals(4, n.get("tokens").get(1).get("start").asInt());
  }

  @Test
  void sentencesOnePerLineAndJson() throws Exception {
    CliRunner.Result r = CliRunner.run("शीर्षक\nवह आया। फिर गया।", "sentences");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("शीर्षक\nवह आया।\nफिर गया।\n", r.out());
    CliRunner.Result j = CliRunner.run("वह आया| फिर गया|", "sentences", "--format", "json", "--pipe-as-danda");
    JsonNode n = JSON.readTree(j.out());
    assertEquals(2, n.get("sentences").size());
    assertEquals("वह आया|", n.get("sentences").get(0).get("text").asText());
    assertEquals(8, n.get("sentences").get(1).get("start").asInt());
  }

  @Test
  void jsonlInOneLinePerInputOut() throws Exception {
    String in = "{\"id\":\"a\",\"text\":\"वह आया। फिर गया।\"}\n\n{\"id\":7,\"text\":\"\"}\r\n";
    for (String cmd : new String[] {"tokenize", "sentences"}) {
      CliRunner.Result r = CliRunner.run(in, cmd, "--input", "jsonl");
      assertEquals(0, r.exitCode(), r.err());
      String[] lines = r.out().split("\n");
      assertEquals(2, lines.length, r.out());
      JsonNode a = JSON.readTree(lines[0]);
      assertEquals("a", a.get("id").asText());
      assertEquals(2, a.get("sentences").size());
      assertEquals(8, a.get("sentences").get(1).get("start").asInt());
      assertEquals(6, a.get("tokens").size());
      JsonNode b = JSON.readTree(lines[1]);
      assertEquals(7, b.get("id").asInt());
      assertEquals(0, b.get("tokens").size());
    }
  }

  @Test
  void badJsonlLineIsAOneLineErrorWithItsNumberAndNothingOnStdout() {
    String in = "{\"id\":1,\"text\":\"ठीक\"}\n{\"id\":2,\"text\":\n";
    CliRunner.Result r = CliRunner.run(in, "tokenize", "--input", "jsonl");
    assertEquals(2, r.exitCode());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("hindi-nlp: line 2: not valid JSON"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    for (String bad : new String[] {"[1,2]", "{\"text\":\"x\"}", "{\"id\":1,\"text\":5}", "\"x\""}) {
      CliRunner.Result b = CliRunner.run("{\"id\":0,\"text\":\"x\"}\n" + bad + "\n", "sentences", "--input", "jsonl");
      assertEquals(2, b.exitCode(), bad);
      assertEquals("", b.out(), bad);
      assertTrue(b.err().startsWith("hindi-nlp: line 2: "), b.err());
    }
  }

  @Test
  void invalidUtf8IsRejected() {
    CliRunner.Result r = CliRunner.run(new byte[] {(byte) 0xff, (byte) 0xfe}, "sentences");
    assertEquals(2, r.exitCode());
    assertEquals("", r.out());
  }
}
