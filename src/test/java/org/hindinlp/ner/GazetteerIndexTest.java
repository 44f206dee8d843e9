package org.hindinlp.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hindinlp.HindiNlp;
import org.hindinlp.normalize.DevanagariNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compiled index of the built-in lists ({@link GazetteerIndex}): the jar's index is that of
 * the shipped lists, reads back to the same bytes, gives the same lists and the same entities as
 * indexing the names, and a damaged or stale index is refused, never half used.
 */
class GazetteerIndexTest {

  private static byte[] jarIndex;

  @BeforeAll
  static void readJarIndex() throws IOException {
    try (InputStream in = GazetteerIndex.class.getResourceAsStream(GazetteerIndex.RESOURCE)) {
      assertNotNull(in, GazetteerIndex.RESOURCE + " is missing from the class path: the Maven build writes it"
          + " in process-test-classes (mvn process-test-classes), before the tests run");
      jarIndex = in.readAllBytes();
    }
  }

  @Test
  void theIndexOnTheClassPathIsThatOfTheShippedLists() throws IOException {
    assertArrayEquals(WriteGazetteerIndex.build(), jarIndex,
        "the index is stale: rebuild it (mvn process-test-classes)");
    assertNotNull(EntityTagger.builtInIndex(), "the built-in lists were not read from the index");
  }

  @Test
  void anIndexReadBackWritesTheSameBytes() throws IOException {
    EntityTagger.BuiltInFiles files = EntityTagger.readBuiltInFiles();
    GazetteerIndex index = GazetteerIndex.read(jarIndex, files.crc());
    assertNotNull(index);
    Gazetteer g = new Gazetteer(List.of(), index.lists, HindiNlp.standard().tokenizer(), null, true, 0, index);
    assertTrue(g.fromIndex());
    assertArrayEquals(jarIndex, GazetteerIndex.write(index.lists, g, index.listsCrc, index.listsHash));
  }

  @Test
  void theListsFromTheIndexAreTheParsedFiles() {
    EntityTagger.BuiltInFiles files = EntityTagger.readBuiltInFiles();
    List<EntityList> parsed = files.parse();
    List<EntityList> fromIndex = EntityTagger.builtInLists();
    assertEquals(parsed.size(), fromIndex.size());
    for (int i = 0; i < parsed.size(); i++) {
      assertEquals(parsed.get(i).name(), fromIndex.get(i).name());
      assertEquals(parsed.get(i).spellingVariants(), fromIndex.get(i).spellingVariants());
      assertEquals(parsed.get(i).entries(), fromIndex.get(i).entries(), parsed.get(i).name());
    }
    assertEquals(files.sha256(), EntityTagger.builtInListsHash());
  }

  /**
   * Texts that reach every kind of list match: names as listed, with a vowel sign changed (variant
   * keys), with a letter dropped in one word of a longer name (near variants), acronyms, and
   * context-only names, one entry in 3 of every list.
   */
  static List<String> texts() {
    List<String> out = new ArrayList<>();
    List<String> names = new ArrayList<>();
    int k = 0;
    for (EntityList l : EntityTagger.builtInLists()) {
      for (ListEntry e : l.entries()) {
        if (k++ % 3 == 0) {
          names.addAll(e.names());
          names.addAll(e.contextNames());
        }
      }
    }
    for (int i = 0; i + 2 < names.size(); i += 3) {
      String a = names.get(i);
      String b = names.get(i + 1);
      String c = names.get(i + 2);
      out.add("कल " + a + " में " + variant(b) + " और " + near(c) + " ने " + c + " से कहा। " + b + " के बाद");
    }
    return out;
  }

  private static String variant(String name) {
    return name.replace('ि', 'ी').replace('ो', 'ॉ').replace("़", "");
  }

  private static String near(String name) {
    String[] words = name.split(" ");
    for (int w = words.length - 1; w >= 0 && words.length > 1; w--) {
      if (words[w].length() >= 6) {
        words[w] = words[w].substring(0, 2) + words[w].substring(3);
        break;
      }
    }
    return String.join(" ", words);
  }

  @Test
  void aTaggerFromTheIndexTagsAsOneThatIndexesTheNames() {
    EntityTagger indexed = EntityTagger.builder().model(false).build();
    EntityTagger built = EntityTagger.builder().model(false).compiledIndexForTests(false).build();
    assertTrue(indexed.gazetteerFromIndex());
    assertFalse(built.gazetteerFromIndex());
    List<String> texts = texts();
    assertTrue(texts.size() > 8_000, "texts: " + texts.size());
    int entities = 0;
    for (String t : texts) {
      List<Entity> a = indexed.tag(t);
      assertEquals(built.tag(t), a, t);
      entities += a.size();
    }
    assertTrue(entities > texts.size() * 2, "entities: " + entities);
    // Spelling variants off: the index's variant parts are left unused, as building would.
    EntityTagger exactIndexed = EntityTagger.builder().model(false).spellingVariants(false).build();
    EntityTagger exactBuilt =
        EntityTagger.builder().model(false).spellingVariants(false).compiledIndexForTests(false).build();
    assertTrue(exactIndexed.gazetteerFromIndex());
    for (String t : texts.subList(0, 3000)) {
      assertEquals(exactBuilt.tag(t), exactIndexed.tag(t), t);
    }
    // The standard tagger (model and lists) too, on a sample.
    EntityTagger standardBuilt = EntityTagger.builder().compiledIndexForTests(false).build();
    for (String t : texts.subList(0, 300)) {
      assertEquals(standardBuilt.tag(t), EntityTagger.standard().tag(t), t);
    }
  }

  /**
   * A user list that meets the built-in lists everywhere: built-in names again under other ids and
   * types, their variant spellings, new multi-word names sharing their words, acronyms, Latin-only
   * names (transliterated), context-only names.
   */
  static EntityList userList() {
    List<ListEntry> entries = new ArrayList<>();
    int k = 0;
    EntityType[] types = {EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION};
    for (EntityList l : EntityTagger.builtInLists()) {
      for (ListEntry e : l.entries()) {
        if (k++ % 11 == 0 && !e.names().isEmpty()) {
          String n = e.names().get(0);
          EntityType t = types[k % 3];
          entries.add(new ListEntry("user:" + k, t, List.of(n)));
          entries.add(new ListEntry("user:v" + k, t, List.of(variant(n) + " समिति", "~" + n + " भवन")));
        }
      }
    }
    entries.add(new ListEntry("user:kcna", EntityType.ORGANIZATION, List.of("KCNA", "उत्तर कोरियाई एजेंसी")));
    entries.add(new ListEntry("user:starmer", EntityType.PERSON, List.of("Keir Starmer")));
    entries.add(new ListEntry("user:ontario", EntityType.LOCATION, List.of("Ontario")));
    return EntityList.of("user", entries);
  }

  @Test
  void userListsOnTheIndexTagAsWhenAllNamesAreIndexed() {
    EntityList mine = userList();
    EntityTagger indexed = EntityTagger.builder().model(false).addList(mine).build();
    EntityTagger built = EntityTagger.builder().model(false).addList(mine).compiledIndexForTests(false).build();
    EntityTagger longest = EntityTagger.builder().model(false).addList(mine)
        .overlapPolicy(OverlapPolicy.LONGEST_FIRST).build();
    EntityTagger longestBuilt = EntityTagger.builder().model(false).addList(mine)
        .overlapPolicy(OverlapPolicy.LONGEST_FIRST).compiledIndexForTests(false).build();
    List<String> texts = new ArrayList<>(texts());
    for (ListEntry e : mine.entries()) {
      texts.add("कल " + String.join(" और ", e.names()) + " ने " + near(e.names().get(0)) + " कहा");
    }
    texts.add("केसीएनए और KCNA ने कीर स्टार्मर से ओंटारियो में कहा");
    int user = 0;
    for (String t : texts) {
      List<Entity> a = indexed.tag(t);
      assertEquals(built.tag(t), a, t);
      assertEquals(longestBuilt.tag(t), longest.tag(t), t);
      user += (int) a.stream().filter(x -> x.id() != null && x.id().startsWith("user:")).count();
    }
    assertTrue(indexed.gazetteerFromIndex() && !built.gazetteerFromIndex());
    assertTrue(user > 3000, "user entities: " + user);
  }

  @Test
  void whichConfigurationsUseTheIndex() {
    EntityList mine = EntityList.of("mine", List.of(new ListEntry("p:1", EntityType.PERSON, List.of("अमुक तमुक"))));
    EntityTagger withUserList = EntityTagger.builder().model(false).addList(mine).build();
    assertTrue(withUserList.gazetteerFromIndex(), "user lists go on a copy of the index");
    assertEquals(1, withUserList.tag("कल अमुक तमुक आए").size());
    EntityTagger search =
        EntityTagger.builder().model(false).matchLevel(DevanagariNormalizer.Level.SEARCH).build();
    assertFalse(search.gazetteerFromIndex());
    EntityTagger noBuiltIn = EntityTagger.builder().model(false).builtInLists(false).addList(mine).build();
    assertFalse(noBuiltIn.gazetteerFromIndex());
  }

  @Test
  void aDamagedIndexIsRefusedWhole() {
    long crc = EntityTagger.readBuiltInFiles().crc();
    // A byte flipped at 100 places, one at a time: the checksum refuses each.
    for (int pos = 16; pos < jarIndex.length; pos += jarIndex.length / 100) {
      byte[] d = jarIndex.clone();
      d[pos] ^= 0x21;
      assertThrows(IllegalArgumentException.class, () -> GazetteerIndex.read(d, crc), "byte " + pos);
    }
    for (int len : new int[] {0, 3, 23, 24, 100, jarIndex.length / 2, jarIndex.length - 1}) {
      byte[] d = Arrays.copyOf(jarIndex, len);
      assertThrows(IllegalArgumentException.class, () -> GazetteerIndex.read(d, crc), "length " + len);
    }
    byte[] notIndex = "#format: hindi-nlp-list/1\nभारत\tLOCATION\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThrows(IllegalArgumentException.class, () -> GazetteerIndex.read(notIndex, crc));
  }

  @Test
  void anIndexOfOtherListsIsNotUsed() {
    long crc = EntityTagger.readBuiltInFiles().crc();
    assertNull(GazetteerIndex.read(jarIndex, crc ^ 1), "an index built from other list files");
    assertNotNull(GazetteerIndex.read(jarIndex, crc));
  }
}
