package org.hindinlp.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.hindinlp.ner.EntityList;
import org.hindinlp.ner.EntityListException;
import org.hindinlp.ner.EntityTagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's list that is truncated, corrupted, of the wrong version or huge gives an {@link
 * EntityListException} naming the file and the reason, never another exception; a list that does
 * load always builds a working tagger. (The 1,000,000-entry load is measured by {@link
 * ListLoadMeasurement}; here 50,000 entries load.)
 */
class BadResourcesTest {

  @TempDir Path dir;

  static final String TSV =
      "\uFEFF#format: hindi-nlp-list/1\r\n"
          + "#types: PARTY COMPANY\r\n"
          + "# a comment\r\n"
          + "भारतीय जनता पार्टी\tPARTY\tparty:bjp\tभाजपा\tBJP\t~कमल\r\n"
          + "कांग्रेस\tPARTY\tparty:inc\tभारतीय राष्ट्रीय कांग्रेस\r\n"
          + "टाटा समूह\tCOMPANY\t\tTata Group\r\n"
          + "रमेश चंद्र मिश्रा\tPERSON\tp:rcm\tमिश्रा जी\r\n";

  static final String JSONL =
      "{\"format\": \"hindi-nlp-list/1\", \"types\": [\"PARTY\", \"COMPANY\"]}\n"
          + "{\"id\": \"party:bjp\", \"type\": \"PARTY\", \"names\": [\"भारतीय जनता पार्टी\", \"भाजपा\", \"BJP\", \"~कमल\"]}\n"
          + "{\"id\": \"party:inc\", \"type\": \"PARTY\", \"names\": [\"कांग्रेस\"]}\n"
          + "{\"type\": \"COMPANY\", \"names\": [\"टाटा समूह\", \"Tata Group\"]}\n"
          + "{\"id\": \"p:rcm\", \"type\": \"PERSON\", \"names\": [\"रमेश चंद्र मिश्रा\"]}\n";

  /** Loads the bytes as a file; returns the error, or null if it loaded (and then tags with it). */
  private EntityListException load(byte[] bytes, String fileName) throws IOException {
    return load(bytes, fileName, true);
  }

  private EntityListException load(byte[] bytes, String fileName, boolean tag) throws IOException {
    Path f = dir.resolve(fileName);
    Files.write(f, bytes);
    try {
      EntityList l = EntityList.load(f);
      if (tag) {
        EntityTagger.builder().builtInLists(false).addList(l).build().tag("भाजपा और टाटा समूह के रमेश चंद्र मिश्रा ने कहा।");
      }
      return null;
    } catch (EntityListException e) {
      assertTrue(e.getMessage().startsWith(f + ":"), e.getMessage());
      assertEquals(f.toString(), e.source());
      assertTrue(!e.reason().isBlank(), e.getMessage());
      return e;
    } catch (RuntimeException e) {
      throw new AssertionError(fileName + " " + Arrays.toString(bytes) + " gave " + e, e);
    }
  }

  @Test
  void aListTruncatedAtAnyByteLoadsItsCompleteLinesOrNamesTheCutLine() throws IOException {
    for (String[] c : List.of(new String[] {TSV, "list.tsv"}, new String[] {JSONL, "list.jsonl"})) {
      byte[] full = c[0].getBytes(StandardCharsets.UTF_8);
      assertEquals(null, load(full, c[1]));
      int errors = 0;
      for (int cut = 0; cut < full.length; cut++) {
        EntityListException e = load(Arrays.copyOf(full, cut), c[1], cut % 16 == 0);
        if (e != null) {
          errors++;
          assertTrue(e.line() >= 1, e.getMessage());
        }
      }
      assertTrue(errors > 0, c[1]);
    }
  }

  @Test
  void aCutInsideAMultiByteCharacterIsInvalidUtf8OnThatLine() throws IOException {
    byte[] full = TSV.getBytes(StandardCharsets.UTF_8);
    int lastLine = TSV.substring(0, TSV.lastIndexOf("रमेश")).getBytes(StandardCharsets.UTF_8).length;
    EntityListException e = load(Arrays.copyOf(full, lastLine + 2), "cut.tsv");
    assertEquals(7, e.line(), e.getMessage());
    assertTrue(e.reason().contains("not valid UTF-8"), e.getMessage());
  }

  @Test
  void randomlyCorruptedListsOnlyEverGiveListErrors() throws IOException {
    Random r = new Random(7);
    for (String[] c : List.of(new String[] {TSV, "list.tsv"}, new String[] {JSONL, "list.jsonl"})) {
      byte[] full = c[0].getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 1000; i++) {
        byte[] b = full.clone();
        int flips = 1 + r.nextInt(4);
        for (int k = 0; k < flips; k++) {
          int at = r.nextInt(b.length);
          b[at] = switch (r.nextInt(4)) {
            case 0 -> (byte) r.nextInt(256);
            case 1 -> (byte) (b[at] ^ (1 << r.nextInt(8)));
            case 2 -> (byte) "\t\n\"{}[],:~#\\".charAt(r.nextInt(12));
            default -> 0;
          };
        }
        load(b, c[1], i % 8 == 0);
      }
      byte[] noise = new byte[4096];
      for (int i = 0; i < 200; i++) {
        r.nextBytes(noise);
        assertTrue(load(noise, c[1], false) != null, "random bytes are no list");
      }
    }
  }

  @Test
  void wrongFormatVersionSaysWhichVersionIsRead() throws IOException {
    EntityListException t = load("#format: hindi-nlp-list/2\nभाजपा\tPERSON\n".getBytes(StandardCharsets.UTF_8), "v2.tsv");
    assertEquals(1, t.line());
    assertTrue(t.reason().contains("unsupported format 'hindi-nlp-list/2'") && t.reason().contains("hindi-nlp-list/1"), t.getMessage());
    EntityListException j = load("{\"format\": \"hindi-nlp-list/0.9\"}\n".getBytes(StandardCharsets.UTF_8), "v0.jsonl");
    assertTrue(j.reason().contains("unsupported format"), j.getMessage());
    EntityListException late = load("भाजपा\tPERSON\n#format: hindi-nlp-list/1\n".getBytes(StandardCharsets.UTF_8), "late.tsv");
    assertEquals(2, late.line(), late.getMessage());
    // A TSV file given the JSON Lines name, and the other way round.
    assertTrue(load(TSV.getBytes(StandardCharsets.UTF_8), "wrong.jsonl").reason().contains("invalid JSON"));
    assertTrue(load(JSONL.getBytes(StandardCharsets.UTF_8), "wrong.tsv").reason().contains("expected name<TAB>type"));
  }

  @Test
  void hugeLinesAndNamesAreRefusedWithTheirLine() throws IOException {
    String longName = "क".repeat(1_001);
    EntityListException n = load(("ठीक\tPERSON\n" + longName + "\tPERSON\n").getBytes(StandardCharsets.UTF_8), "long-name.tsv");
    assertEquals(2, n.line());
    assertTrue(n.reason().contains("name longer than 1000"), n.getMessage());
    // A binary or runaway file: 5 MB without a line break.
    byte[] runaway = new byte[5 << 20];
    Arrays.fill(runaway, (byte) 'a');
    EntityListException h = load(runaway, "runaway.tsv");
    assertEquals(1, h.line());
    assertTrue(h.reason().contains("longer than"), h.getMessage());
    EntityListException hj = load(runaway, "runaway.jsonl");
    assertTrue(hj.reason().contains("longer than"), hj.getMessage());
  }

  @Test
  void fiftyThousandEntriesLoad() throws IOException {
    Path f = dir.resolve("big.tsv");
    ListLoadMeasurement.writeList(f, 50_000);
    EntityList l = EntityList.load(f);
    assertEquals(50_000, l.size());
    EntityTagger t = EntityTagger.builder().builtInLists(false).addList(l).build();
    assertEquals(1, t.tag("कल नाम" + ListLoadMeasurement.name(49_999) + " आया").size());
  }

  @Test
  void missingDirectoryAndEmptyFiles() throws IOException {
    EntityListException m = assertThrows(EntityListException.class, () -> EntityList.load(dir.resolve("none.tsv")));
    assertTrue(m.getMessage().endsWith("none.tsv: no such file"), m.getMessage());
    Path d = Files.createDirectory(dir.resolve("lists.tsv"));
    assertTrue(assertThrows(EntityListException.class, () -> EntityList.load(d)).reason().contains("directory"));
    assertTrue(assertThrows(EntityListException.class, () -> EntityList.load(dir.resolve("x.csv"))).reason().contains("unknown list format"));
    assertEquals(null, load(new byte[0], "empty.tsv"));
    assertEquals(null, load(new byte[0], "empty.jsonl"));
    if (load(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "bom.tsv") != null) {
      fail("a BOM alone is an empty list");
    }
  }
}
