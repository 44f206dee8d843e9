package org.hindinlp.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.hindinlp.TextSpan;
import org.hindinlp.testing.Escapes;
import org.hindinlp.testing.GoldenFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The golden cases of {@code normalize/golden.tsv}: every rule of both levels. */
class GoldenNormalizationTest {

  record Case(String name, String input, String canonical, String search) {}

  static List<Case> cases() {
    return GoldenFile.read("/normalize/golden.tsv", 4).stream()
        .map(r -> new Case(r.col(0), r.unescaped(1), r.unescaped(2), r.unescaped(3)))
        .toList();
  }

  static Stream<Arguments> golden() throws IOException {
    return cases().stream().map(c -> Arguments.of(c.name(), c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void canonical(String name, Case c) {
    NormalizedText r = DevanagariNormalizer.canonical().normalize(c.input());
    assertEquals(Escapes.escape(c.canonical()), Escapes.escape(r.text()), name);
    assertEquals(c.canonical(), DevanagariNormalizer.canonical().normalizeToString(c.input()));
    checkAlignment(DevanagariNormalizer.canonical(), r);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void search(String name, Case c) {
    NormalizedText r = DevanagariNormalizer.search().normalize(c.input());
    assertEquals(Escapes.escape(c.search()), Escapes.escape(r.text()), name);
    assertEquals(c.search(), DevanagariNormalizer.search().normalizeToString(c.input()));
    checkAlignment(DevanagariNormalizer.search(), r);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("golden")
  void goldenOutputsAreFixedPoints(String name, Case c) {
    assertEquals(c.canonical(), DevanagariNormalizer.canonical().normalizeToString(c.canonical()));
    assertEquals(c.search(), DevanagariNormalizer.search().normalizeToString(c.search()));
    assertEquals(c.search(), DevanagariNormalizer.search().normalizeToString(c.canonical()));
  }

  @Test
  void everyRuleHasACase() throws IOException {
    // A guard against the golden file silently shrinking.
    assertTrue(cases().size() >= 60, "golden.tsv lost cases: " + cases().size());
  }

  /**
   * The whole normalized text maps to an original span that normalizes to it, with only removed
   * characters left outside; every normalized character maps inside the original.
   */
  static void checkAlignment(DevanagariNormalizer normalizer, NormalizedText r) {
    int n = r.text().length();
    TextSpan whole = r.toOriginal(TextSpan.of(0, n));
    assertEquals(
        Escapes.escape(r.text()),
        Escapes.escape(normalizer.normalizeToString(whole.coveredText(r.original()))),
        "whole span " + whole);
    assertEquals("", normalizer.normalizeToString(r.original().substring(0, whole.start())));
    assertEquals("", normalizer.normalizeToString(r.original().substring(whole.end())));
    for (int i = 0; i < n; i++) {
      TextSpan o = r.toOriginal(TextSpan.of(i, i + 1));
      assertTrue(whole.contains(o), "char " + i + " maps to " + o + " outside " + whole);
      assertTrue(!o.isEmpty() || r.text().length() > r.original().length(), "char " + i);
    }
  }
}
