package org.hindinlp.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hindinlp.TextSpan;
import org.junit.jupiter.api.Test;

/** Options, presets, the no-copy fast path and alignment details of the normalizer. */
class DevanagariNormalizerTest {

  private static final DevanagariNormalizer CANONICAL = DevanagariNormalizer.canonical();
  private static final DevanagariNormalizer SEARCH = DevanagariNormalizer.search();

  @Test
  void normalizedTextComesBackWithoutCopying() {
    String text = "रूसी राष्ट्रपति व्लादिमीर पुतिन ने कहा, \"हम तैयार हैं।\" KCNA 2024";
    NormalizedText r = CANONICAL.normalize(text);
    assertSame(text, r.text());
    assertSame(text, r.original());
    assertFalse(r.isChanged());
    assertTrue(r.alignment().isIdentity());
    assertSame(text, CANONICAL.normalizeToString(text));
    assertTrue(CANONICAL.isNormalized(text));
    assertFalse(SEARCH.isNormalized("हिन्दी"));
  }

  @Test
  void spellingVariantsMeetUnderSearchOnly() {
    String[][] pairs = {
      {"हिन्दी", "हिंदी"}, {"चाँद", "चांद"}, {"ज़ंग", "जंग"}, {"\u095B\u0902\u0917", "जंग"},
      {"सम्बन्ध", "संबंध"}, {"१२३", "123"}, {"“किम”", "\"किम\""}
    };
    for (String[] p : pairs) {
      assertEquals(SEARCH.normalizeToString(p[0]), SEARCH.normalizeToString(p[1]), p[0]);
      assertNotEquals(CANONICAL.normalizeToString(p[0]), CANONICAL.normalizeToString(p[1]), p[0]);
    }
    // Precomposed and decomposed nukta letters are one word already at the canonical level.
    assertEquals(CANONICAL.normalizeToString("\u095B\u0902\u0917"), CANONICAL.normalizeToString("ज़ंग"));
    assertEquals(CANONICAL.normalizeToString("\u0929"), CANONICAL.normalizeToString("\u0928\u093C"));
  }

  @Test
  void pipeBecomesDandaOnlyAfterDevanagariWhenAsked() {
    DevanagariNormalizer pipes = DevanagariNormalizer.builder().pipeAsDanda(true).build();
    assertEquals("वह आया। फिर गया।", pipes.normalizeToString("वह आया| फिर गया |".replace(" |", "|")));
    assertEquals("आया ।", pipes.normalizeToString("आया |"));
    assertEquals("आया।।", pipes.normalizeToString("आया||"));
    assertEquals("a | b", pipes.normalizeToString("a | b"));
    assertEquals("| आया", pipes.normalizeToString("| आया"));
    assertEquals("आया\n| x", pipes.normalizeToString("आया\n| x"));
    assertEquals("वह आया| फिर", CANONICAL.normalizeToString("वह आया| फिर"));
    assertTrue(pipes.isLossless());
    assertEquals(DevanagariNormalizer.Level.CANONICAL, pipes.level());
  }

  @Test
  void lucenesLossyFoldsAreAvailableButOffInBothPresets() {
    DevanagariNormalizer lucene =
        DevanagariNormalizer.builder(DevanagariNormalizer.Level.SEARCH)
            .foldVowelLength(true)
            .foldCandraVowels(true)
            .removeVirama(true)
            .build();
    assertEquals("दिन", lucene.normalizeToString("दीन"));
    assertEquals("पयोंगयांग", lucene.normalizeToString("प्योंगयांग"));
    assertEquals("डोकटर", lucene.normalizeToString("डॉक्टर"));
    assertEquals("दीन", SEARCH.normalizeToString("दीन"));
    assertEquals("डॉक्टर", SEARCH.normalizeToString("डॉक्टर"));
  }

  @Test
  void composedNuktaFormWritesPrecomposedLetters() {
    DevanagariNormalizer composed =
        DevanagariNormalizer.builder().nuktaForm(DevanagariNormalizer.NuktaForm.COMPOSED).build();
    assertEquals("\u095B\u0902\u0917", composed.normalizeToString("ज\u093C\u0902\u0917"));
    assertEquals("\u0929", composed.normalizeToString("\u0928\u093C"));
    assertEquals("\u095C", composed.normalizeToString("\u095C"));
  }

  @Test
  void builderRejectsContradictoryOptions() {
    DevanagariNormalizer.Builder b =
        DevanagariNormalizer.builder()
            .nuktaForm(DevanagariNormalizer.NuktaForm.COMPOSED)
            .removeNukta(true);
    IllegalStateException e = assertThrows(IllegalStateException.class, b::build);
    assertTrue(e.getMessage().contains("removeNukta"), e.getMessage());
    assertThrows(NullPointerException.class, () -> DevanagariNormalizer.builder().nuktaForm(null));
    assertThrows(NullPointerException.class, () -> CANONICAL.normalize((CharSequence) null));
  }

  @Test
  void presetsDescribeThemselves() {
    assertEquals("canonical", CANONICAL.toString());
    assertEquals("search", SEARCH.toString());
    assertEquals(DevanagariNormalizer.Level.SEARCH, SEARCH.level());
    assertFalse(SEARCH.isLossless());
    assertEquals(SEARCH, DevanagariNormalizer.builder(DevanagariNormalizer.Level.SEARCH).build());
    assertEquals(SEARCH, SEARCH.toBuilder().build());
    assertEquals("search+pipeAsDanda", SEARCH.toBuilder().pipeAsDanda(true).build().toString());
    assertEquals(
        "search+no-asciiDigits", SEARCH.toBuilder().asciiDigits(false).build().toString());
  }

  @Test
  void deletedJoinerStaysOutsideAdjacentSpans() {
    // क्‍ष with ZWJ at index 2; the search level deletes it.
    String text = "अक्\u200Dष ब";
    NormalizedText r = SEARCH.normalize(text);
    assertEquals("अक्ष ब", r.text());
    // The word maps to the whole original word, joiner inside it.
    assertEquals(TextSpan.of(0, 5), r.toOriginal(TextSpan.of(0, 4)));
    // "अक्" (before the joiner) stays tight: [0,3), not [0,4).
    assertEquals(TextSpan.of(0, 3), r.toOriginal(TextSpan.of(0, 3)));
    // "ष" starts after the joiner.
    assertEquals(TextSpan.of(4, 5), r.toOriginal(TextSpan.of(3, 4)));
    // The joiner alone maps to an empty span.
    assertEquals(TextSpan.of(3, 3), r.toNormalized(TextSpan.of(3, 4)));
  }

  @Test
  void insertedNuktaMapsToItsLetter() {
    // U+0958 (one char) becomes क + nukta (two chars).
    String text = "\u0958िताब पढ़ो";
    NormalizedText r = CANONICAL.normalize(text);
    assertEquals("क\u093Cिताब पढ़ो", r.text());
    assertEquals(TextSpan.of(0, 5), r.toOriginal(TextSpan.of(0, 6)));
    assertEquals(TextSpan.of(0, 1), r.toOriginal(TextSpan.of(0, 1)));
    assertEquals(TextSpan.of(0, 1), r.toOriginal(TextSpan.of(1, 2)));
    assertEquals(TextSpan.of(6, 10), r.toOriginal(TextSpan.of(7, 11)));
    assertEquals(TextSpan.of(7, 11), r.toNormalized(TextSpan.of(6, 10)));
    assertEquals(TextSpan.of(0, 2), r.toNormalized(TextSpan.of(0, 1)));
  }

  @Test
  void chainedNormalizationsMapToTheFirstOriginal() {
    String text = "\uFEFFहिन्दी \u095Bमीन";
    NormalizedText canonical = CANONICAL.normalize(text);
    NormalizedText search = SEARCH.normalize(canonical);
    assertEquals(text, search.original());
    assertEquals("हिंदी जमीन", search.text());
    assertEquals(TextSpan.of(1, 7), search.toOriginal(TextSpan.of(0, 5)));
    assertEquals(TextSpan.of(8, 12), search.toOriginal(TextSpan.of(6, 10)));
    assertEquals(TextSpan.of(6, 10), search.toNormalized(TextSpan.of(8, 12)));
  }

  @Test
  void flagBitsLineUpForTheBranchFreeScan() {
    // run() shifts one character's flag onto the previous character's: these pairs must line up.
    assertEquals(CharTable.VOWEL_FIRST, CharTable.VOWEL_SECOND >>> 1);
    assertEquals(CharTable.NASAL, CharTable.VIRAMA << 5);
    assertEquals(CharTable.NUKTA_BASE, CharTable.NUKTA << 1);
    assertTrue(CharTable.CCC_MASK < CharTable.NFC);
  }

  @Test
  void strayMarksDoNotJoinTheNextConsonant() {
    // A virama and nukta with no consonant before them (reordered by NFC) stay apart from the क.
    String s = "\u094D\u093C\u0915\u00AD";
    NormalizedText r = CANONICAL.normalize(s);
    assertEquals("\u093C\u094D\u0915", r.text());
    assertEquals(TextSpan.of(2, 3), r.toNormalized(TextSpan.of(2, 4)));
    // After a consonant, a nukta typed after the virama keeps the conjunct: the nasal fold sees द.
    assertEquals("\u0902\u0926", SEARCH.normalizeToString("\u0928\u094D\u093C\u0926"));
  }

  @Test
  void longRunsOfMarksStayLinearAndValid() {
    String marks = "क" + "\u093C\u094D".repeat(50_000);
    NormalizedText r = SEARCH.normalize(marks);
    assertEquals("क" + "\u094D".repeat(50_000), r.text());
    assertEquals(TextSpan.of(0, marks.length()), r.toOriginal(TextSpan.of(0, r.text().length())));
  }

  /**
   * An invisible character inside a cluster that changes is a deletion of its own: the characters
   * around it keep their own runs instead of one replacement of the whole cluster.
   */
  @Test
  void invisiblesInsideAChangedClusterAreDeletionsOfTheirOwn() {
    String s = "\u0958\uFEFF\u200C\u00AD"; // nukta letter, BOM, ZWNJ, soft hyphen
    NormalizedText r = CANONICAL.normalize(s);
    assertEquals("\u0915\u093C\u200C", r.text());
    assertEquals(TextSpan.of(0, 2), r.toNormalized(TextSpan.of(0, 1)));
    assertEquals(TextSpan.of(2, 2), r.toNormalized(TextSpan.of(1, 2)));
    assertEquals(TextSpan.of(2, 3), r.toOriginal(TextSpan.of(2, 3)));
    assertEquals(TextSpan.of(0, 1), r.toOriginal(TextSpan.of(0, 2)));
    // The same in a prefix: the BOM between two unchanged letters before a changed one.
    NormalizedText p = CANONICAL.normalize("\u0915\uFEFF\u0958");
    assertEquals("\u0915\u0915\u093C", p.text());
    assertEquals(TextSpan.of(0, 1), p.toNormalized(TextSpan.of(0, 1)));
    assertEquals(TextSpan.of(1, 3), p.toNormalized(TextSpan.of(2, 3)));
  }
}
