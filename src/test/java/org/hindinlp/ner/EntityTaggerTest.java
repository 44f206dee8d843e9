package org.hindinlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hindinlp.normalize.DevanagariNormalizer;
import org.hindinlp.testing.GoldenFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The list + rule tagger: golden cases, users' lists and types, options, ids and summaries. */
class EntityTaggerTest {

  static Stream<Arguments> golden() {
    return GoldenFile.read("/ner/tagger-golden.tsv", 2).stream()
        .map(r -> Arguments.of(r.col(0), r.col(1), r.col(2)));
  }

  static String render(List<Entity> entities) {
    return entities.stream().map(e -> e.type() + ":" + e.text()).collect(Collectors.joining(" | "));
  }

  private static final EntityTagger LISTS_AND_RULES = EntityTagger.builder().model(false).build();

  /** The golden cases hold for the lists and rules alone, and for the combined tagger. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void goldenCases(String name, String text, String expected) {
    for (EntityTagger tagger : List.of(LISTS_AND_RULES, EntityTagger.standard())) {
      List<Entity> found = tagger.tag(text);
      assertEquals(expected, render(found), name + (tagger == LISTS_AND_RULES ? " (lists + rules)" : " (combined)"));
      for (Entity e : found) {
        assertEquals(e.text(), text.substring(e.start(), e.end()));
      }
    }
  }

  /** A tagger builder with the given lists only: no model, no built-in lists, no rules. */
  private static EntityTagger.Builder listsOnly() {
    return EntityTagger.builder().model(false).builtInLists(false).rules(false);
  }

  @Test
  void theModelFindsNamesNoListHolds() {
    String text = "कल अनुराधा चतुर्वेदी ने भोपाल में कहा कि सुधीर त्रिपाठी भी आएंगे।";
    assertEquals("", render(EntityTagger.builder().model(false).rules(false).build().tag(text).stream()
        .filter(e -> e.type().equals(EntityType.PERSON)).toList()));
    List<Entity> found = EntityTagger.standard().tag(text);
    assertTrue(
        found.stream().anyMatch(e -> e.source() == Entity.Source.MODEL && e.type().equals(EntityType.PERSON)),
        render(found));
  }

  @Test
  void usersListWithItsOwnTypeWorksEndToEnd() {
    EntityList parties =
        EntityList.read(
            new StringReader(
                "#types: PARTY\nभाजपा\tPARTY\tparty:bjp\tभारतीय जनता पार्टी\tBJP\n"),
            "parties.tsv",
            EntityList.Format.TSV);
    EntityTagger tagger = EntityTagger.builder().addList(parties).build();
    EntityDocument doc = tagger.analyze("भारतीय जनता पार्टी ने कहा कि भाजपा और BJP एक हैं।");
    assertEquals("PARTY:भारतीय जनता पार्टी | PARTY:भाजपा | PARTY:BJP", render(doc.entities()));
    EntitySummary s = doc.summary().get(0);
    assertEquals("party:bjp", s.id());
    assertEquals(EntityType.of("PARTY"), s.type());
    assertEquals("भाजपा", s.canonicalName());
    assertEquals(3, s.mentions());
    assertEquals("BJP", s.latin()); // the list's Latin name
  }

  @Test
  void aUserWhoListsKcnaFindsItsDevanagariSpelling() {
    EntityList l =
        EntityList.read(new StringReader("KCNA\tORGANIZATION\tmy:kcna\n"), "mine.tsv", EntityList.Format.TSV);
    EntityTagger tagger = EntityTagger.builder().builtInLists(false).rules(false).addList(l).build();
    List<Entity> found = tagger.tag("केसीएनए के अनुसार, KCNA-की खबर, पर kcna नहीं");
    assertEquals("ORGANIZATION:केसीएनए | ORGANIZATION:KCNA", render(found));
    assertEquals("my:kcna", found.get(0).id());
    assertEquals(Entity.Source.LIST, found.get(0).source());
  }

  @Test
  void userListsComeBeforeBuiltInOnes() {
    // A user says जॉर्जिया is a PERSON; the built-in lists say LOCATION.
    EntityList l =
        EntityList.read(new StringReader("जॉर्जिया\tPERSON\tper:g\n"), "p.tsv", EntityList.Format.TSV);
    assertEquals("LOCATION:जॉर्जिया", render(EntityTagger.standard().tag("जॉर्जिया में चुनाव हुए।")));
    assertEquals("PERSON:जॉर्जिया", render(EntityTagger.builder().addList(l).build().tag("जॉर्जिया में चुनाव हुए।")));
  }

  @Test
  void overlapPolicyCanPreferLongerBuiltInNames() {
    EntityList l =
        EntityList.read(new StringReader("कोरिया\tPERSON\tper:k\n"), "k.tsv", EntityList.Format.TSV);
    String text = "उत्तर कोरिया पहुँचे";
    assertEquals("PERSON:कोरिया", render(EntityTagger.builder().addList(l).build().tag(text)));
    assertEquals(
        "LOCATION:उत्तर कोरिया",
        render(EntityTagger.builder().addList(l).overlapPolicy(OverlapPolicy.LONGEST_FIRST).build().tag(text)));
  }

  @Test
  void spellingVariantsMatchUnlessAListAsksForExactMatching() {
    EntityList l =
        EntityList.read(new StringReader("हिन्दी अकादमी\tORGANIZATION\torg:ha\n"), "h.tsv", EntityList.Format.TSV);
    String text = "हिंदी अकादमी ने कहा";
    EntityTagger.Builder base = listsOnly();
    assertEquals("ORGANIZATION:हिंदी अकादमी", render(base.addList(l).build().tag(text)));
    assertEquals(
        "",
        render(listsOnly()
            .addList(l.exactMatchingOnly()).build().tag(text)));
    assertEquals(
        "ORGANIZATION:हिंदी अकादमी",
        render(listsOnly()
            .addList(l.exactMatchingOnly()).matchLevel(DevanagariNormalizer.Level.SEARCH).build().tag(text)));
  }

  @Test
  void spellingVariantsOfListedNamesMeet() {
    EntityList l =
        EntityList.read(
            new StringReader("व्लोदिमीर ज़ेलेंस्की\tPERSON\tper:z\tज़ेलेंस्की\nऑस्ट्रेलिया\tLOCATION\tloc:au\n"),
            "v.tsv", EntityList.Format.TSV);
    EntityTagger t = listsOnly().addList(l).build();
    assertEquals("PERSON:जेलेंस्की | LOCATION:आस्ट्रेलिया", render(t.tag("जेलेंस्की ने आस्ट्रेलिया में कहा")));
    // A one-word name shorter than six key letters matches exactly only: बाली is not वाली ("which").
    EntityList bali = EntityList.read(new StringReader("बाली\tLOCATION\tloc:bali\n"), "b.tsv", EntityList.Format.TSV);
    EntityTagger b = listsOnly().addList(bali).build();
    assertEquals("", render(b.tag("आने वाली सरकार")));
    assertEquals("LOCATION:बाली", render(b.tag("बाली में")));
  }

  @Test
  void multiWordNamesMatchWithOneLetterOffInAWord() {
    EntityList l =
        EntityList.read(
            new StringReader("टेड्रोस अधानोम घेब्रेयेसस\tPERSON\tper:tedros\nहिमंत बिस्वा सरमा\tPERSON\tper:himanta\n"
                + "राम कुमार\tPERSON\tper:rk\n"),
            "n.tsv", EntityList.Format.TSV);
    EntityTagger t = listsOnly().addList(l).build();
    List<Entity> found = t.tag("टेड्रोस अधानोम घेब्रेयसस और हिमंत बिस्व सरमा ने कहा");
    assertEquals("PERSON:टेड्रोस अधानोम घेब्रेयसस | PERSON:हिमंत बिस्व सरमा", render(found));
    assertEquals("per:tedros", found.get(0).id());
    assertEquals(0.85, found.get(0).score(), 1e-9);
    // Every word off (not one anchor equal), a short word off, or two letters off: no match.
    assertEquals("", render(t.tag("टेड्रोज अधानूम घेब्रेयसस")));
    assertEquals("", render(t.tag("रामा कुमार")));
    assertEquals("", render(t.tag("हिमंत बिस्वासी सरमा")));
    // No word of a near match is a common word (सैन्य सरकार is not सौम्य सरकार), nor a place's adjective.
    EntityList w = EntityList.read(new StringReader("सौम्य सरकार\tPERSON\tper:ss\nपूर्वी अफ़्रीका\tLOCATION\tloc:ea\n"),
        "w.tsv", EntityList.Format.TSV);
    EntityTagger tw = listsOnly().addList(w).build();
    assertEquals("", render(tw.tag("सैन्य सरकार ने पूर्वी अफ़्रीकी देशों से कहा")));
    // The equal words must carry at least half the name: उस्मान सागर is not तस्मान सागर.
    EntityList sea = EntityList.read(new StringReader("तस्मान सागर\tLOCATION\tloc:tasman\n"), "s.tsv", EntityList.Format.TSV);
    assertEquals("", render(listsOnly().addList(sea).build()
        .tag("उस्मान सागर में पानी")));
    // A list that asks for exact matching gets no near matches either.
    assertEquals("", render(listsOnly()
        .addList(l.exactMatchingOnly()).build().tag("हिमंत बिस्व सरमा")));
  }

  @Test
  void oneEditApart() {
    assertTrue(Gazetteer.oneEdit("बिसबा", "बिसब"));
    assertTrue(Gazetteer.oneEdit("बिसब", "बिसबा"));
    assertTrue(Gazetteer.oneEdit("घेब्रेयसस", "घेब्रेयेसस"));
    assertTrue(Gazetteer.oneEdit("abcd", "abxd"));
    assertFalse(Gazetteer.oneEdit("abcd", "abdc"));
    assertFalse(Gazetteer.oneEdit("abcd", "ab"));
  }

  @Test
  void aUserTypeGetsItsPartialNamesLinked() {
    EntityList l =
        EntityList.read(
            new StringReader("#types: ACTIVIST\nमेधा पाटकर\tACTIVIST\tact:medha\n"), "a.tsv", EntityList.Format.TSV);
    List<Entity> found = EntityTagger.builder().addList(l).build().tag("मेधा पाटकर ने धरना दिया। पाटकर ने कहा कि वे डटी रहेंगी।");
    assertEquals("ACTIVIST:मेधा पाटकर | ACTIVIST:पाटकर", render(found));
    assertEquals("act:medha", found.get(1).id());
    assertEquals(Entity.Source.LINK, found.get(1).source());
  }

  @Test
  void aSingleModelGuessIsNotSpreadButASupportedOneIs() {
    // The model finds the full name either way; only with support (a title before it) does the
    // linker add the surname alone elsewhere.
    List<Entity> alone = EntityTagger.standard().tag("कल अनुराधा चतुर्वेदी ने भोपाल में कहा। बाद में चतुर्वेदी चली गईं।");
    assertTrue(alone.stream().anyMatch(e -> e.text().equals("अनुराधा चतुर्वेदी") && e.source() == Entity.Source.MODEL),
        render(alone));
    assertTrue(alone.stream().noneMatch(e -> e.source() == Entity.Source.LINK), render(alone));
    List<Entity> supported =
        EntityTagger.standard().tag("प्रवक्ता अनुराधा चतुर्वेदी ने भोपाल में कहा। बाद में चतुर्वेदी चली गईं।");
    assertTrue(supported.stream().anyMatch(e -> e.text().equals("चतुर्वेदी") && e.source() == Entity.Source.LINK),
        render(supported));
  }

  @Test
  void partialMentionsShareTheFullNamesId() {
    EntityDocument doc = EntityTagger.standard().analyze("मंत्री रमेश चंद्र मिश्रा ने कहा। बाद में मिश्रा ने बताया।");
    List<Entity> e = doc.entities();
    assertEquals(2, e.size(), render(e));
    assertEquals(e.get(0).id(), e.get(1).id());
    assertEquals("रमेश चंद्र मिश्रा", e.get(1).canonicalName());
    assertEquals(1, doc.summary().size());
    assertEquals(2, doc.summary().get(0).mentions());
  }

  @Test
  void entitiesCarryLatinAndSource() {
    Entity e = EntityTagger.standard().tag("केसीएनए ने बताया").get(0);
    assertEquals("kēsī'ēna'ē", e.latin());
    assertEquals(Entity.Source.LIST, e.source());
    assertTrue(e.score() > 0.9);
    assertTrue(e.id().startsWith("org:"), e.id());
  }

  @Test
  void builtInListsLoadFromTheJar() {
    List<EntityList> lists = EntityTagger.builtInLists();
    assertTrue(lists.size() >= 5, lists.toString());
    int total = lists.stream().mapToInt(EntityList::size).sum();
    assertTrue(total >= 2000, "entries: " + total);
    assertTrue(lists.stream().anyMatch(l -> l.name().endsWith("news-agencies.tsv") && l.size() >= 40));
  }

  @Test
  void emptyAndOddInput() {
    assertTrue(EntityTagger.standard().tag("").isEmpty());
    assertTrue(EntityTagger.standard().tag("   \n\t ").isEmpty());
    assertFalse(EntityTagger.standard().tag("\uD800 भारत \u0000").isEmpty());
    assertThrows(
        IllegalStateException.class,
        () -> EntityTagger.builder().builtInLists(false).rules(false).model(false).build());
  }

  @Test
  void aUsersLatinNamesFindTheirDevanagariMentions() {
    EntityList l =
        EntityList.read(
            new StringReader("Ontario\tLOCATION\tloc:on\nJustin Trudeau\tPERSON\tper:jt\nKCNA\tORGANIZATION\torg:k\n"),
            "u.tsv", EntityList.Format.TSV);
    EntityTagger.Builder b = listsOnly().addList(l);
    String text = "जस्टिन ट्रूडो ने ओंटारियो में केसीएनए की खबर पर कहा";
    assertEquals(
        "PERSON:जस्टिन ट्रूडो | LOCATION:ओंटारियो | ORGANIZATION:केसीएनए", render(b.build().tag(text)));
    assertEquals("ORGANIZATION:केसीएनए", render(b.transliterateLatinNames(false).build().tag(text)));
  }

  @Test
  void theSummaryShowsTheEnglishNameWhereAListKnowsIt() {
    EntityDocument doc = EntityTagger.standard().analyze("लखनऊ में कल अनुराधा चतुर्वेदी ने भाजपा की बैठक में कहा।");
    java.util.Map<String, String> latin = new java.util.HashMap<>();
    for (EntitySummary s : doc.summary()) {
      latin.put(s.canonicalName(), s.latin());
    }
    assertEquals("Lucknow", latin.get("लखनऊ"), latin.toString());
    assertEquals("Bharatiya Janata Party", latin.get(doc.entities().stream()
        .filter(e -> e.text().equals("भाजपा")).findFirst().orElseThrow().canonicalName()), latin.toString());
    // No list knows the person: the ISO transliteration.
    assertTrue(latin.values().stream().anyMatch(v -> v.startsWith("anurādhā")), latin.toString());
  }

  @Test
  void aModelFileThatIsNoModelIsReportedWithItsName(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
      throws Exception {
    java.nio.file.Path bad = tmp.resolve("bad-model.bin");
    java.nio.file.Files.writeString(bad, "not a model");
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> EntityTagger.builder().model(bad));
    assertTrue(e.getMessage().contains("bad-model.bin"), e.getMessage());
  }

  @Test
  void aContextOnlyPlaceInADatelineIsFound() {
    EntityList l =
        EntityList.read(new StringReader("गया जिला\tLOCATION\tloc:gaya\t~गया\n"), "g.tsv", EntityList.Format.TSV);
    EntityTagger t = EntityTagger.builder().model(false).builtInLists(false).addList(l).build();
    assertEquals("LOCATION:गया", render(t.tag("गया, 5 मार्च (भाषा) बाढ़ से हालात गंभीर।")));
    assertEquals("LOCATION:गया", render(t.tag("बिहार में बाढ़\n\nगया, 5 मार्च (भाषा) हालात गंभीर।")));
    assertEquals("", render(t.tag("वह घर गया, 5 मार्च को लौटा।")));
    assertEquals("", render(t.tag("वह बाज़ार गया और लौट आया।")));
  }

  @Test
  void aContextOnlyDevanagariNameIsNotMadeStrongByTransliteration() {
    EntityList l =
        EntityList.read(new StringReader("Rajmahal\tLOCATION\tloc:rm\t~राजमहल\n"), "r.tsv", EntityList.Format.TSV);
    EntityTagger t = listsOnly().addList(l).build();
    assertEquals("", render(t.tag("राजमहल में बड़ा मेला लगा।")));
  }
}
