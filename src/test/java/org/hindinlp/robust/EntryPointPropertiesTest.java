package org.hindinlp.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hindinlp.AnalyzedText;
import org.hindinlp.HindiNlp;
import org.hindinlp.TextSpan;
import org.hindinlp.ner.Entity;
import org.hindinlp.ner.EntityDocument;
import org.hindinlp.ner.EntityList;
import org.hindinlp.ner.EntityListException;
import org.hindinlp.ner.EntitySummary;
import org.hindinlp.ner.EntityTagger;
import org.hindinlp.normalize.DevanagariNormalizer;
import org.hindinlp.normalize.NormalizedText;
import org.hindinlp.sentence.SentenceAssertions;
import org.hindinlp.sentence.SentenceSplitter;
import org.hindinlp.testing.Escapes;
import org.hindinlp.tokenize.HindiTokenizer;
import org.hindinlp.tokenize.TokenAssertions;

/**
 * Every public entry point on hostile random text ({@link RandomText}), 10,000 tries each: no
 * exception, and spans that are valid, ordered and cover the text as documented.
 */
class EntryPointPropertiesTest {

  static final int TRIES = 10_000;

  private static final EntityTagger SEARCH_TAGGER =
      EntityTagger.builder()
          .matchLevel(DevanagariNormalizer.Level.SEARCH)
          .overlapPolicy(org.hindinlp.ner.OverlapPolicy.LONGEST_FIRST)
          .build();

  @Provide
  Arbitrary<String> texts() {
    return RandomText.texts(24);
  }

  private static Supplier<String> in(String s) {
    return () -> "in \"" + Escapes.escape(s) + "\"";
  }

  @Property(tries = TRIES)
  void normalizersAlignEveryCharacterInsideTheOriginal(@ForAll("texts") String s) {
    for (DevanagariNormalizer n :
        List.of(
            DevanagariNormalizer.canonical(),
            DevanagariNormalizer.search(),
            DevanagariNormalizer.builder(DevanagariNormalizer.Level.SEARCH).pipeAsDanda(true).build())) {
      NormalizedText t = n.normalize(s);
      assertEquals(s, t.original());
      assertEquals(t.text(), n.normalizeToString(s), in(s));
      // Spans are tight: characters deleted at the edges (a BOM, a stray nukta) stay outside.
      TextSpan whole = t.toOriginal(TextSpan.of(0, t.text().length()));
      assertTrue(0 <= whole.start() && whole.end() <= s.length(), in(s));
      if (n != DevanagariNormalizer.search()) {
        continue; // per-character checks on the lossy level only, to keep the property fast
      }
      int prevEnd = 0;
      for (int i = 0; i < t.text().length(); i++) {
        TextSpan o = t.toOriginal(TextSpan.of(i, i + 1));
        assertTrue(0 <= o.start() && o.start() <= o.end() && o.end() <= s.length(), in(s));
        assertTrue(o.end() >= prevEnd || o.start() < prevEnd, in(s)); // monotone
        prevEnd = o.end();
      }
      TextSpan back = t.toNormalized(TextSpan.of(0, s.length()));
      assertEquals(TextSpan.of(0, t.text().length()), back, in(s));
      for (int i = 0; i < s.length(); i++) {
        TextSpan nspan = t.toNormalized(TextSpan.of(i, i + 1));
        assertTrue(0 <= nspan.start() && nspan.end() <= t.text().length(), in(s));
      }
    }
    // Chained: search over canonical still maps to the caller's string.
    NormalizedText chained = DevanagariNormalizer.search().normalize(DevanagariNormalizer.canonical().normalize(s));
    assertEquals(s, chained.original());
    assertEquals(
        DevanagariNormalizer.search().normalizeToString(s), chained.text(), "search(canonical(s)) == search(s)");
  }

  /**
   * A nukta after the virama (non-canonical order): the search level once gave {@code न्द} directly, but
   * {@code ंद} after the canonical level, which reorders the marks (nukta before virama) so that the
   * nasal-cluster fold applies. Fixed: a nukta after the virama keeps the conjunct cluster open, so
   * both reach the fold.
   */
  @org.junit.jupiter.api.Test
  void searchOfMisorderedMarksEqualsSearchOfCanonical() {
    String s = "\u0928\u094D\u093C\u0926";
    assertEquals(
        DevanagariNormalizer.search().normalizeToString(DevanagariNormalizer.canonical().normalizeToString(s)),
        DevanagariNormalizer.search().normalizeToString(s));
  }

  @Property(tries = TRIES)
  void tokensAndSeparatorsCoverTheText(@ForAll("texts") String s) {
    TokenAssertions.assertCovers(s, HindiTokenizer.standard().tokenize(s));
    TokenAssertions.assertCovers(s, HindiTokenizer.builder().keepCompounds(true).build().tokenize(s));
  }

  @Property(tries = TRIES)
  void sentencesAreOrderedTrimmedAndWithinTheText(@ForAll("texts") String s) {
    SentenceAssertions.assertValid(s, SentenceSplitter.standard().split(s));
    SentenceAssertions.assertValid(
        s, SentenceSplitter.builder().pipeAsDanda(true).lineBreaksEndSentences(false).build().split(s));
  }

  @Property(tries = TRIES)
  void analyzeTokensCoverAndSentencesPartitionThem(@ForAll("texts") String s) {
    AnalyzedText a = HindiNlp.standard().analyze(s);
    TokenAssertions.assertCovers(s, a.tokens());
    SentenceAssertions.assertPartition(a.tokens(), a.sentences());
    assertEquals(s, a.normalized().original());
  }

  @Property(tries = TRIES)
  void entitiesAreOrderedNonOverlappingAndTheirTextIsTheSpan(@ForAll("texts") String s) {
    for (EntityTagger tagger : List.of(EntityTagger.standard(), SEARCH_TAGGER)) {
      EntityDocument doc = tagger.analyze(s);
      assertEntities(s, doc.entities());
      assertEquals(doc.entities(), tagger.tag(s), in(s));
      int mentions = 0;
      for (EntitySummary sum : doc.summary()) {
        mentions += sum.mentions();
      }
      assertEquals(doc.entities().size(), mentions, in(s));
    }
  }

  static void assertEntities(String s, List<Entity> entities) {
    int pos = 0;
    for (Entity e : entities) {
      assertTrue(e.start() >= pos && e.end() > e.start() && e.end() <= s.length(), () -> e + " " + in(s).get());
      assertEquals(s.substring(e.start(), e.end()), e.text(), in(s));
      assertTrue(e.score() >= 0 && e.score() <= 1, in(s));
      assertTrue(e.id() != null && !e.id().isEmpty(), in(s));
      pos = e.end();
    }
  }

  @Provide
  Arbitrary<String> listTexts() {
    return RandomText.piece()
        .list()
        .ofMaxSize(16)
        .map(l -> String.join("", l))
        .map(s -> s.replace("।", "\t").replace("॥", "\tPERSON\t").replace("?", "\tPARTY\t"));
  }

  @Property(tries = TRIES)
  void listReaderEitherLoadsOrSaysWhatIsWrong(@ForAll("listTexts") String s) {
    for (EntityList.Format f : EntityList.Format.values()) {
      String text = f == EntityList.Format.JSONL
          ? "{\"id\":\"x\",\"type\":\"PERSON\",\"names\":[\"" + s.replace("\n", "\"]}\n{\"names\":[\"") + "\"]}"
          : "#types: PARTY\n" + s;
      try {
        EntityList l = EntityList.read(new StringReader(text), "random." + f, f);
        EntityTagger.builder().builtInLists(false).addList(l).build().tag(s);
      } catch (EntityListException e) {
        assertTrue(e.getMessage().startsWith("random." + f + ":"), e.getMessage());
        assertTrue(!e.reason().isBlank());
      }
    }
  }
}
