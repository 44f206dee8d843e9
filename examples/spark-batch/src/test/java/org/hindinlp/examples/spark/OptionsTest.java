package org.hindinlp.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.hindinlp.normalize.DevanagariNormalizer;
import org.junit.jupiter.api.Test;

/** The command line, and what travels with a task. No Spark context needed. */
class OptionsTest {

  @Test
  void parsesAllOptions() {
    TagArchive.Options o =
        TagArchive.parse(
            new String[] {
              "--input", "in", "--format", "parquet", "--output", "out", "--list", "a.tsv",
              "--list", "hdfs:///lists/b.jsonl", "--match-level", "search", "--partitions", "16",
              "--overwrite"
            });
    assertEquals("in", o.input());
    assertEquals("parquet", o.format());
    assertEquals("out", o.output());
    assertEquals(List.of("a.tsv", "hdfs:///lists/b.jsonl"), o.lists());
    assertEquals(DevanagariNormalizer.Level.SEARCH, o.matchLevel());
    assertEquals(16, o.partitions());
    assertTrue(o.overwrite());
  }

  @Test
  void defaults() {
    TagArchive.Options o = TagArchive.parse(new String[] {"--input", "in", "--output", "out"});
    assertEquals("jsonl", o.format());
    assertEquals(List.of(), o.lists());
    assertEquals(DevanagariNormalizer.Level.CANONICAL, o.matchLevel());
    assertEquals(0, o.partitions());
  }

  @Test
  void helpAndErrors() {
    assertNull(TagArchive.parse(new String[] {"--help"}));
    assertMessage("unknown option '--lists'", "--input", "i", "--output", "o", "--lists", "x");
    assertMessage("--list needs a value", "--input", "i", "--output", "o", "--list");
    assertMessage("--format must be jsonl or parquet, not 'csv'", "--input", "i", "--output", "o",
        "--format", "csv");
    assertMessage("--match-level must be canonical or search, not 'loose'", "--input", "i",
        "--output", "o", "--match-level", "loose");
    assertMessage("--partitions must be positive", "--input", "i", "--output", "o",
        "--partitions", "0");
    assertMessage("--partitions needs a number, not 'many'", "--input", "i", "--output", "o",
        "--partitions", "many");
    assertMessage("--input and --output are required", "--input", "i");
  }

  @Test
  void tasksCarryTheConfigurationNotTheTagger() throws Exception {
    TaggerConfig c =
        new TaggerConfig(List.of("parties.tsv"), List.of("ab12"), DevanagariNormalizer.Level.SEARCH);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new TagArchive.TagPartition(c));
    }
    assertTrue(bytes.size() < 2_000, "a task's function is small: " + bytes.size() + " bytes");
  }

  private static void assertMessage(String message, String... args) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TagArchive.parse(args));
    assertEquals(message, e.getMessage());
  }
}
