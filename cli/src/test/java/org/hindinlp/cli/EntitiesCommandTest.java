package org.hindinlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entities}: formats, users' lists with their own types, JSONL, and errors. */
class EntitiesCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void jsonWithSummary() throws IOException {
    CliRunner.Result r = CliRunner.run("केसीएनए के अनुसार पुतिन रूस में हैं। रूस बड़ा है।", "entities");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode doc = JSON.readTree(r.out());
    JsonNode first = doc.get("entities").get(0);
    assertEquals("केसीएनए", first.get("text").asText());
    assertEquals("ORGANIZATION", first.get("type").asText());
    assertEquals(0, first.get("start").asInt());
    assertEquals(7, first.get("end").asInt());
    boolean russiaTwice = false;
    for (JsonNode s : doc.get("summary")) {
      if (s.get("id").asText().equals("loc:iso:RU")) {
        russiaTwice = s.get("mentions").asInt() == 2 && s.get("spans").size() == 2;
      }
    }
    assertTrue(russiaTwice, r.out());
  }

  @Test
  void usersListWithItsOwnTypeInTsv() throws IOException {
    Path list = dir.resolve("parties.tsv");
    Files.writeString(list, "#types: PARTY\nभाजपा\tPARTY\tparty:bjp\tBJP\n");
    CliRunner.Result r = CliRunner.run("भाजपा ने कहा", "entities", "--list", list.toString(), "--format", "tsv");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("start\tend\ttype\ttext\tid\tsource\tscore\n0\t5\tPARTY\tभाजपा\tparty:bjp\tlist\t0.95\n", r.out());
  }

  @Test
  void htmlPageHighlightsEntities() {
    CliRunner.Result r = CliRunner.run("<b> रूस & भारत", "entities", "--format", "html");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().startsWith("<!DOCTYPE html>"));
    assertTrue(r.out().contains("&lt;b&gt; <mark"), "text is escaped");
    assertTrue(r.out().contains(">रूस<sub>LOCATION</sub></mark> &amp; <mark"), r.out());
    assertTrue(r.out().contains("<h2>Summary</h2>"));
  }

  @Test
  void jsonLinesInAndOut() throws IOException {
    CliRunner.Result r =
        CliRunner.run("{\"id\": 7, \"text\": \"रूस में\"}\n\n{\"id\": \"b\", \"text\": \"कुछ नहीं\"}\n", "entities", "--input", "jsonl");
    assertEquals(0, r.exitCode(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals(2, lines.length);
    JsonNode a = JSON.readTree(lines[0]);
    assertEquals(7, a.get("id").asInt());
    assertEquals("LOCATION", a.get("entities").get(0).get("type").asText());
    assertEquals("loc:iso:RU", a.get("entities").get(0).get("id").asText());
    assertEquals(0, JSON.readTree(lines[1]).get("entities").size());
  }

  @Test
  void errors() throws IOException {
    Path bad = dir.resolve("bad.tsv");
    Files.writeString(bad, "भाजपा\tPARTI\n");
    CliRunner.Result r = CliRunner.run("x", "entities", "--list", bad.toString());
    assertEquals(2, r.exitCode());
    assertEquals("", r.out());
    assertTrue(r.err().contains("bad.tsv:1: unknown type 'PARTI'"), r.err());
    CliRunner.Result j = CliRunner.run("{\"id\": 1, \"text\": \"x\"}\n{oops\n", "entities", "--input", "jsonl");
    assertEquals(2, j.exitCode());
    assertEquals("", j.out());
    assertTrue(j.err().contains("line 2"), j.err());
    CliRunner.Result f = CliRunner.run("x", "entities", "--format", "pdf");
    assertEquals(2, f.exitCode());
  }
}
