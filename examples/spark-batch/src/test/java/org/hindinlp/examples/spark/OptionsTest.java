package org.hindinlp.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
              "--list", "hdfs:///lists/b.jsonl", "--model", "my.model", "--match-level", "search",
              "--partitions", "16", "--overwrite"
            });
    assertEquals("in", o.input());
    assertEquals("parquet", o.format());
    assertEquals("out", o.output());
    assertEquals(List.of("a.tsv", "hdfs:///lists/b.jsonl"), o.lists());
    assertEquals("my.model", o.model());
    assertEquals(DevanagariNormalizer.Level.SEARCH, o.matchLevel());
    assertEquals(16, o.partitions());
    assertTrue(o.overwrite());
  }

  @Test
  void defaults() {
    TagArchive.Options o = TagArchive.parse(new String[] {"--input", "in", "--output", "out"});
    assertEquals("jsonl", o.format());
    assertEquals(List.of(), o.lists());
    assertNull(o.model());
    assertEquals(DevanagariNormalizer.Level.CANONICAL, o.matchLevel());
    assertEquals(0, o.partitions());
  }

  @Test
  void helpAndErrors() {
    assertNull(TagArchive.parse(new String[] {"--help"}));
    assertMessage("unknown option '--lists'", "--input", "i", "--output", "o", "--lists", "x");
    assertMessage("--list needs a value", "--input", "i", "--output", "o", "--list");
    assertMessage("--model needs a value", "--input", "i", "--output", "o", "--model");
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
  void theBuiltInTaggerNeedsNoFiles() throws Exception {
    TaggerConfig c = TaggerConfig.builtIn(DevanagariNormalizer.Level.CANONICAL);
    assertEquals(c, UserFiles.NONE.config(DevanagariNormalizer.Level.CANONICAL));
    assertTrue(c.isStandard());
    assertTrue(serializedSize(new TagArchive.TagPartition(c, null)) < 2_000);
    TaggerConfig withList =
        new TaggerConfig(
            List.of("parties.tsv"), List.of("ab12"), null, null, DevanagariNormalizer.Level.SEARCH);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new TagArchive.TagPartition(withList, null));
    assertEquals("user files need their broadcast", e.getMessage());
  }

  @Test
  void theKeyFollowsTheFilesContents() {
    UserFiles a = new UserFiles(List.of("l.tsv"), List.of("x\n"), null, null);
    UserFiles b = new UserFiles(List.of("l.tsv"), List.of("y\n"), null, null);
    DevanagariNormalizer.Level level = DevanagariNormalizer.Level.CANONICAL;
    assertEquals(a.config(level), new UserFiles(List.of("l.tsv"), List.of("x\n"), null, null)
        .config(level));
    assertNotEquals(a.config(level), b.config(level), "a list changed under the same path");
    assertNotEquals(a.config(level), a.config(DevanagariNormalizer.Level.SEARCH));
    UserFiles m1 = new UserFiles(List.of(), List.of(), "m.bin", new byte[] {1, 2});
    UserFiles m2 = new UserFiles(List.of(), List.of(), "m.bin", new byte[] {1, 3});
    assertEquals(m1, new UserFiles(List.of(), List.of(), "m.bin", new byte[] {1, 2}));
    assertNotEquals(m1.config(level), m2.config(level), "a model changed under the same path");
    assertFalse(m1.config(level).isStandard());
  }

  @Test
  void thePomsJvmOptionsAreAllOfSparksModuleOptions() {
    String pom = System.getProperty("spark.jvm.options");
    assertTrue(pom != null, "surefire passes the pom's spark.jvm.options");
    assertEquals(
        List.of(org.apache.spark.launcher.JavaModuleOptions.defaultModuleOptionArray()),
        List.of(pom.strip().split("\\s+")));
  }

  private static int serializedSize(Object o) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    return bytes.size();
  }

  private static void assertMessage(String message, String... args) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TagArchive.parse(args));
    assertEquals(message, e.getMessage());
  }
}
