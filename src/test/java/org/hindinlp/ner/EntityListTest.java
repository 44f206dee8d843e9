package org.hindinlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.hindinlp.testing.Escapes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Loading users' entity lists: both formats, their quirks, and errors that name file and line. */
class EntityListTest {

  @TempDir Path dir;

  @Test
  void tsvWithBomCrlfCommentsDirectivesAndMergedIds() {
    EntityList list = EntityList.fromResource("/ner/good.tsv");
    assertEquals("/ner/good.tsv", list.name());
    assertEquals(3, list.size());
    ListEntry bjp = list.entries().get(0);
    assertEquals("party:bjp", bjp.id());
    assertEquals(EntityType.of("PARTY"), bjp.type());
    assertEquals(List.of("भाजपा", "भारतीय जनता पार्टी", "BJP"), bjp.names());
    ListEntry kcna = list.entries().get(1);
    assertEquals(
        List.of("केसीएनए", "KCNA", "कोरियाई केंद्रीय समाचार एजेंसी"), kcna.names(), "merged by id");
    ListEntry derived = list.entries().get(2);
    assertEquals("location:ज\u093Cमीन", derived.id(), "id derived from type and name");
    assertEquals(Set.of(EntityType.of("PARTY"), EntityType.ORGANIZATION, EntityType.LOCATION), list.types());
  }

  @Test
  void jsonLinesGiveTheSameEntries() {
    EntityList tsv = EntityList.fromResource("/ner/good.tsv");
    EntityList jsonl = EntityList.fromResource("/ner/good.jsonl");
    assertEquals(tsv.entries(), jsonl.entries());
  }

  @Test
  void loadsFromAPathAndAReader() throws IOException {
    Path f = dir.resolve("people.tsv");
    Files.writeString(f, "किम जोंग उन\tPERSON\tper:kim-jong-un\tकिम जोंग-उन\tKim Jong Un\n");
    assertEquals("per:kim-jong-un", EntityList.load(f).entries().get(0).id());
    EntityList r =
        EntityList.read(
            new StringReader("{\"type\":\"PERSON\",\"names\":[\"पुतिन\"]}\n"), "inline", EntityList.Format.JSONL);
    assertEquals("person:पुतिन", r.entries().get(0).id());
  }

  @Test
  void contextOnlyNames() {
    EntityList l =
        EntityList.read(
            new StringReader("पीटीआई-भाषा\tORGANIZATION\torg:pti\t~भाषा\tPTI\n~वार्ता\tORGANIZATION\torg:v\n"),
            "ctx.tsv",
            EntityList.Format.TSV);
    assertEquals(List.of("पीटीआई-भाषा", "PTI"), l.entries().get(0).names());
    assertEquals(List.of("भाषा"), l.entries().get(0).contextNames());
    assertEquals("वार्ता", l.entries().get(1).canonicalName());
    assertEquals("org:v", l.entries().get(1).id());
  }

  @Test
  void nfdTextIsAccepted() {
    // NFD spelling of क़ (already decomposed) and a precomposed one; both load, matching normalizes.
    EntityList l =
        EntityList.read(
            new StringReader("\u0958\u093F\u0924\u093E\u092C\tLOCATION\nक\u093C\u093Fताब\tLOCATION\n"),
            "nfd.tsv",
            EntityList.Format.TSV);
    assertEquals(2, l.size());
  }

  record BadCase(String name, EntityList.Format format, String content, int line, String message) {}

  static Stream<Arguments> badLists() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(EntityListTest.class.getResourceAsStream("/ner/bad-lists.tsv")),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        String content = Escapes.unescape(f[2].replace("\\n", "\n").replace("\\t", "\t"));
        out.add(
            Arguments.of(
                f[0],
                new BadCase(f[0], EntityList.Format.valueOf(f[1]), content, Integer.parseInt(f[3]), f[4])));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badLists")
  void badListsNameTheFileAndLine(String name, BadCase c) {
    String source = "bad." + c.format().name().toLowerCase();
    EntityListException e =
        assertThrows(
            EntityListException.class,
            () -> EntityList.read(new StringReader(c.content()), source, c.format()));
    assertEquals(source, e.source());
    assertEquals(c.line(), e.line(), e.getMessage());
    assertTrue(e.reason().contains(c.message()), e.getMessage());
    assertTrue(e.getMessage().startsWith(source + ":" + c.line() + ": "), e.getMessage());
  }

  @Test
  void aDirectoryOrAFileWithoutExtensionIsNamedByItsWholePath() throws IOException {
    Path lists = Files.createDirectories(dir.resolve("sub").resolve("lists"));
    EntityListException d = assertThrows(EntityListException.class, () -> EntityList.load(lists));
    assertEquals(lists.toString(), d.source());
    assertEquals(lists + ": is a directory, not a list file", d.getMessage());

    Path plain = dir.resolve("sub").resolve("parties");
    Files.writeString(plain, "#types: PARTY\nभाजपा\tPARTY\tparty:bjp\n");
    EntityListException f = assertThrows(EntityListException.class, () -> EntityList.load(plain));
    assertEquals(plain.toString(), f.source());
    assertEquals(0, f.line());
    assertTrue(f.getMessage().startsWith(plain + ": unknown list format"), f.getMessage());
    assertEquals("party:bjp", EntityList.load(plain, EntityList.Format.TSV).entries().get(0).id());

    Path root = lists.getRoot();
    EntityListException r = assertThrows(EntityListException.class, () -> EntityList.load(root));
    assertEquals(root.toString(), r.source());
  }

  @Test
  void fileProblems() throws IOException {
    EntityListException missing =
        assertThrows(EntityListException.class, () -> EntityList.load(dir.resolve("none.tsv")));
    assertTrue(missing.getMessage().endsWith("none.tsv: no such file"), missing.getMessage());
    Path d = Files.createDirectory(dir.resolve("lists.tsv"));
    assertTrue(
        assertThrows(EntityListException.class, () -> EntityList.load(d)).getMessage().contains("directory"));
    assertTrue(
        assertThrows(EntityListException.class, () -> EntityList.load(dir.resolve("x.csv")))
            .getMessage()
            .contains("unknown list format"));
    Path bad = dir.resolve("bad.tsv");
    Files.write(bad, "क\tPERSON\nख\tPER".getBytes(StandardCharsets.UTF_8));
    Files.write(bad, new byte[] {'a', '\t', 'P', 'E', 'R', 'S', 'O', 'N', '\n', (byte) 0xC3, 0x28}, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
    EntityListException utf = assertThrows(EntityListException.class, () -> EntityList.load(bad));
    assertTrue(utf.getMessage().contains("not valid UTF-8"), utf.getMessage());
    assertEquals(2, utf.line());
    Path huge = dir.resolve("huge.tsv");
    Files.writeString(huge, "क".repeat(EntityListParser.MAX_LINE + 1) + "\tPERSON\n");
    assertTrue(
        assertThrows(EntityListException.class, () -> EntityList.load(huge)).getMessage().contains("longer than"));
    assertTrue(
        assertThrows(EntityListException.class, () -> EntityList.fromResource("/ner/none.tsv"))
            .getMessage()
            .contains("no such resource"));
  }

  @Test
  void entityTypes() {
    assertEquals(EntityType.PERSON, EntityType.of("PERSON"));
    assertTrue(EntityType.PERSON.isBuiltIn());
    assertTrue(!EntityType.of("PARTY").isBuiltIn());
    assertThrows(IllegalArgumentException.class, () -> EntityType.of("party"));
    assertThrows(IllegalArgumentException.class, () -> EntityType.of(""));
    assertThrows(IllegalArgumentException.class, () -> EntityType.of("1X"));
  }

  @Test
  void oneNameWithTwoTypesUnderSpellingVariantsNamesBothLines() {
    EntityListException e =
        assertThrows(
            EntityListException.class,
            () -> EntityList.read(new StringReader("ट्रम्प\tPERSON\tper:t\nट्रंप\tORGANIZATION\torg:t\n"), "v.tsv",
                EntityList.Format.TSV));
    assertTrue(e.getMessage().contains("v.tsv:2"), e.getMessage());
    assertTrue(e.getMessage().contains("on line 1"), e.getMessage());
    // The same name twice with one type is fine (two places called औरंगाबाद).
    assertEquals(2, EntityList.read(new StringReader("औरंगाबाद\tLOCATION\tloc:a\nऔरंगाबाद\tLOCATION\tloc:b\n"),
        "a.tsv", EntityList.Format.TSV).size());
  }

  @Test
  void strongNamesThatAreCommonWordsAreReportedWithTheirLines() {
    EntityListParser p = new EntityListParser("c.tsv", EntityList.Format.TSV);
    p.line("लेकर\tPERSON\tper:l");
    p.line("~लेकर\tPERSON\tper:m\tमाधव लेकर");
    assertEquals(List.of("line 1: 'लेकर'"), p.commonWordNames());
  }
}
