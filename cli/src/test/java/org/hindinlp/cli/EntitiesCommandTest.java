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
    assertEquals("start\tend\ttype\ttext\tid\tsource\tscore\n0\t5\tPARTY\tभाजपा\tparty:bjp\tLIST\t0.95\n", r.out());
  }

  @Test
  void sourcesAreSpelledAsInJava() throws IOException {
    CliRunner.Result r = CliRunner.run("रूस में", "entities");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode e = JSON.readTree(r.out()).get("entities").get(0);
    assertEquals(org.hindinlp.ner.Entity.Source.LIST.name(), e.get("source").asText());
  }

  @Test
  void listFormatGivenForAFileWithoutExtension() throws IOException {
    Path tsv = dir.resolve("parties");
    Files.writeString(tsv, "#types: PARTY\nभाजपा\tPARTY\tparty:bjp\n");
    CliRunner.Result missing = CliRunner.run("भाजपा ने कहा", "entities", "--list", tsv.toString());
    assertEquals(2, missing.exitCode());
    assertEquals("", missing.out());
    assertEquals(
        "hindi-nlp: " + tsv + ": unknown list format: name the file .tsv or .jsonl, or give --list-format tsv|jsonl",
        missing.err().strip());
    CliRunner.Result given =
        CliRunner.run("भाजपा ने कहा", "entities", "--list", tsv.toString(), "--list-format", "tsv", "--format", "tsv");
    assertEquals(0, given.exitCode(), given.err());
    assertTrue(given.out().contains("\tPARTY\tभाजपा\tparty:bjp\t"), given.out());

    Path jsonl = dir.resolve("parties.list");
    Files.writeString(
        jsonl, "{\"format\": \"hindi-nlp-list/1\", \"types\": [\"PARTY\"]}\n{\"id\": \"party:bjp\", \"type\": \"PARTY\", \"names\": [\"भाजपा\"]}\n");
    CliRunner.Result j =
        CliRunner.run("भाजपा ने कहा", "entities", "--list", jsonl.toString(), "--list-format", "jsonl", "--format", "tsv");
    assertEquals(0, j.exitCode(), j.err());
    assertTrue(j.out().contains("\tPARTY\tभाजपा\tparty:bjp\t"), j.out());

    CliRunner.Result wrong =
        CliRunner.run("भाजपा", "entities", "--list", tsv.toString(), "--list-format", "jsonl");
    assertEquals(2, wrong.exitCode());
    assertTrue(wrong.err().startsWith("hindi-nlp: " + tsv + ":1: "), wrong.err());
    assertEquals(2, CliRunner.run("x", "entities", "--list", tsv.toString(), "--list-format", "csv").exitCode());
  }

  @Test
  void aDirectoryGivenAsListIsNamedByItsPath() throws IOException {
    Path lists = Files.createDirectories(dir.resolve("sub").resolve("lists"));
    CliRunner.Result r = CliRunner.run("x", "entities", "--list", lists.toString());
    assertEquals(2, r.exitCode());
    assertEquals("", r.out());
    assertEquals("hindi-nlp: " + lists + ": is a directory, not a list file", r.err().strip());
    CliRunner.Result f = CliRunner.run("x", "entities", "--list", lists.toString(), "--list-format", "tsv");
    assertEquals("hindi-nlp: " + lists + ": is a directory, not a list file", f.err().strip());
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
