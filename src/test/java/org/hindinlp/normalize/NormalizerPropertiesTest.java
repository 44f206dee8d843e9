package org.hindinlp.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hindinlp.TextSpan;
import org.hindinlp.testing.Escapes;

/**
 * Invariants over random strings of Devanagari, Latin, combining marks, joiners, invisibles,
 * spaces, digits, quotes, emoji and unpaired surrogates.
 */
class NormalizerPropertiesTest {

  /** Pieces the random texts are made of: every character class the normalizer treats apart. */
  static final String[] ATOMS = {
    "\u0915", "\u0916", "\u0917", "\u091C", "\u0921", "\u0926", "\u0928", "\u092E", "\u0930",
    "\u0933", "\u0938", "\u0939", "\u0919", "\u091E", "\u0923", "\u092C", "\u0927", "\u092F",
    "\u0905", "\u0906", "\u0909", "\u090F", "\u0911", "\u0972",
    "\u093E", "\u093F", "\u0940", "\u0941", "\u0942", "\u0945", "\u0946", "\u0947", "\u0948",
    "\u0949", "\u094A", "\u094B", "\u094C",
    "\u094D", "\u093C", "\u0901", "\u0900", "\u0902", "\u0903", "\u0951",
    "\u0929", "\u0931", "\u0934", "\u0958", "\u095B", "\u095C", "\u095F",
    "\u200D", "\u200C", "\uFEFF", "\u00AD", "\u200E", "\u2060",
    " ", " ", " ", "\n", "\t", "\u00A0", "\u200B", "\u2009",
    "a", "e", "K", "Z", "\u0301", "\u0323", "\u0308", "\u00E9",
    "\u0966", "\u0967", "\u096F", "0", "7", "\u0663",
    "\u201C", "\u201D", "\u2018", "\u2019", "\u2013", "\u2014", "\"", "'", "-",
    "|", "\u0964", "\u0965", ".", ",",
    "\uD83D\uDE00", "\uD83C\uDDEE\uD83C\uDDF3", "\uD835\uDFCF",
    "\uD800", "\uDC00", "\u0000", "\u0007", "\u1100", "\u1161"
  };

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(ATOMS).list().ofMaxSize(40).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<DevanagariNormalizer> normalizers() {
    return Arbitraries.integers()
        .between(0, (1 << 12) - 1)
        .map(
            bits -> {
              DevanagariNormalizer.Builder b =
                  DevanagariNormalizer.builder()
                      .removeNukta((bits & 1) != 0)
                      .chandrabinduToAnusvara((bits & 2) != 0)
                      .nasalToAnusvara((bits & 4) != 0)
                      .removeJoiners((bits & 8) != 0)
                      .asciiDigits((bits & 16) != 0)
                      .foldPunctuation((bits & 32) != 0)
                      .pipeAsDanda((bits & 64) != 0)
                      .foldCandraVowels((bits & 128) != 0)
                      .foldVowelLength((bits & 256) != 0)
                      .removeVirama((bits & 512) != 0);
              if ((bits & 1024) != 0 && (bits & 1) == 0) {
                b.nuktaForm(DevanagariNormalizer.NuktaForm.COMPOSED);
              }
              return b.build();
            });
  }

  @Property(tries = 3000)
  void canonicalIsIdempotent(@ForAll("texts") String s) {
    assertIdempotent(DevanagariNormalizer.canonical(), s);
  }

  @Property(tries = 3000)
  void searchIsIdempotent(@ForAll("texts") String s) {
    assertIdempotent(DevanagariNormalizer.search(), s);
  }

  @Property(tries = 3000)
  void everyCombinationOfSwitchesIsIdempotent(
      @ForAll("texts") String s, @ForAll("normalizers") DevanagariNormalizer n) {
    assertIdempotent(n, s);
    assertEquals(n.normalizeToString(s), n.normalize(s).text(), "normalizeToString agrees");
  }

  private static void assertIdempotent(DevanagariNormalizer n, String s) {
    String once = n.normalizeToString(s);
    String twice = n.normalizeToString(once);
    assertEquals(Escapes.escape(once), Escapes.escape(twice), n + " on " + Escapes.escape(s));
  }

  @Property(tries = 3000)
  void wordsOfTheNormalizedTextMapBackToOriginalWordsThatNormalizeToThem(
      @ForAll("texts") String s, @ForAll("normalizers") DevanagariNormalizer n) {
    DevanagariNormalizer noPipe = n.toBuilder().pipeAsDanda(false).build();
    NormalizedText r = noPipe.normalize(s);
    for (TextSpan word : words(r.text())) {
      TextSpan o = r.toOriginal(word);
      assertEquals(
          Escapes.escape(word.coveredText(r.text())),
          Escapes.escape(noPipe.normalizeToString(o.coveredText(s))),
          noPipe + ": word " + word + " -> " + o + " in " + Escapes.escape(s) + " / " + r.alignment());
    }
  }

  @Property(tries = 3000)
  void wordsOfTheOriginalMapToTheirNormalization(
      @ForAll("texts") String s, @ForAll("normalizers") DevanagariNormalizer n) {
    DevanagariNormalizer noPipe = n.toBuilder().pipeAsDanda(false).build();
    NormalizedText r = noPipe.normalize(s);
    for (TextSpan word : words(s)) {
      TextSpan m = r.toNormalized(word);
      assertEquals(
          Escapes.escape(noPipe.normalizeToString(word.coveredText(s))),
          Escapes.escape(m.coveredText(r.text())),
          noPipe + ": word " + word + " -> " + m + " in " + Escapes.escape(s) + " / " + r.alignment());
    }
  }

  @Property(tries = 3000)
  void everySpanMapsToAValidOrderedSpan(
      @ForAll("texts") String s, @ForAll("normalizers") DevanagariNormalizer n) {
    NormalizedText r = n.normalize(s);
    int len = r.text().length();
    int prevStart = 0;
    int prevEnd = 0;
    for (int i = 0; i <= len; i++) {
      TextSpan point = r.toOriginal(TextSpan.of(i, i));
      assertTrue(point.isEmpty() && point.end() <= s.length());
      for (int j = i; j <= Math.min(len, i + 4); j++) {
        TextSpan o = r.toOriginal(TextSpan.of(i, j));
        assertTrue(o.end() <= s.length(), "in range");
        TextSpan back = r.toNormalized(o);
        assertTrue(back.end() <= len, "round trip in range");
        if (j > i) {
          assertTrue(back.contains(TextSpan.of(i, j)) || o.isEmpty(), "round trip covers " + i + "," + j);
        }
      }
      TextSpan one = r.toOriginal(TextSpan.of(i, Math.min(len, i + 1)));
      assertTrue(one.start() >= prevStart && one.end() >= prevEnd, "monotonic at " + i);
      prevStart = one.start();
      prevEnd = one.end();
    }
  }

  @Property(tries = 2000)
  void chainedNormalizersComposeAlignments(@ForAll("texts") String s) {
    NormalizedText first = DevanagariNormalizer.canonical().normalize(s);
    NormalizedText chained = DevanagariNormalizer.search().normalize(first);
    assertEquals(s, chained.original());
    assertEquals(DevanagariNormalizer.search().normalizeToString(s), chained.text());
    for (TextSpan word : words(chained.text())) {
      TextSpan o = chained.toOriginal(word);
      assertEquals(
          Escapes.escape(word.coveredText(chained.text())),
          Escapes.escape(DevanagariNormalizer.search().normalizeToString(o.coveredText(s))));
    }
  }

  /** Maximal runs without whitespace or Unicode spaces. */
  static List<TextSpan> words(String s) {
    List<TextSpan> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      boolean space =
          i == s.length() || Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i))
              || s.charAt(i) == '\u200B';
      if (space) {
        if (start >= 0) {
          out.add(TextSpan.of(start, i));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
    }
    return out;
  }
}
