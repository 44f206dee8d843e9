package org.hindinlp.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.Function;
import org.hindinlp.AnalyzedText;
import org.hindinlp.HindiNlp;
import org.hindinlp.TextSpan;
import org.hindinlp.ner.Entity;
import org.hindinlp.ner.EntityDocument;
import org.hindinlp.ner.EntityTagger;
import org.hindinlp.normalize.DevanagariNormalizer;
import org.hindinlp.normalize.NormalizedText;
import org.hindinlp.sentence.SentenceAssertions;
import org.hindinlp.sentence.SentenceSplitter;
import org.hindinlp.tokenize.HindiTokenizer;
import org.hindinlp.tokenize.Token;
import org.hindinlp.tokenize.TokenAssertions;
import org.junit.jupiter.api.Test;

/**
 * Adversarial sizes at unit-test scale (the full sizes, 50 MB and a million names, are measured by
 * {@link ScalingMeasurement}): no exception, valid output, and allocation that grows linearly. The
 * growth check counts bytes allocated by the test thread ({@code
 * com.sun.management.ThreadMXBean#getThreadAllocatedBytes}), which, unlike wall-clock time, does
 * not depend on the machine's load: at 4 times the input, each entry point may allocate at most
 * 4.4 times as much (a quadratic copy or a list grown per character would show as 16 times).
 */
class AdversarialSizesTest {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private static long allocated(Function<String, Object> f, String text) {
    long tid = Thread.currentThread().getId();
    long a0 = THREADS.getThreadAllocatedBytes(tid);
    Object out = f.apply(text);
    long bytes = THREADS.getThreadAllocatedBytes(tid) - a0;
    assertTrue(out != null);
    return bytes;
  }

  private static void assertLinearAllocation(String what, String shape, int small, Function<String, Object> f)
      throws Exception {
    String a = ScalingMeasurement.shape(shape, small);
    String b = ScalingMeasurement.shape(shape, 4 * small);
    // Warm-up on another text of the shape: class loading and lazy tables are not the input's cost
    // (the same string would also hit caches that a new input does not).
    f.apply(ScalingMeasurement.shape(shape, small / 2));
    long sa = allocated(f, a);
    long sb = allocated(f, b);
    double perCharA = (double) sa / a.length();
    double perCharB = (double) sb / b.length();
    assertTrue(
        sb <= 4.4 * sa + (1 << 20),
        String.format("%s on %s: %d bytes for %d chars but %d bytes for %d chars (%.0f vs %.0f per char)",
            what, shape, sa, a.length(), sb, b.length(), perCharA, perCharB));
    assertTrue(perCharB < 600, what + " on " + shape + ": " + perCharB + " bytes per char");
  }

  @Test
  void allocationGrowsLinearlyForEveryEntryPointAndShape() throws Exception {
    List<String> shapes = List.of("news", "one-token", "marks", "dandas", "repeated-name");
    for (String shape : shapes) {
      assertLinearAllocation("normalize", shape, 1 << 17, s -> DevanagariNormalizer.search().normalize(s));
      assertLinearAllocation("tokenize", shape, 1 << 16, s -> HindiTokenizer.standard().tokenize(s));
      assertLinearAllocation("sentences", shape, 1 << 16, s -> SentenceSplitter.standard().split(s));
      assertLinearAllocation("analyze", shape, 1 << 16, s -> HindiNlp.standard().analyze(s));
      assertLinearAllocation("entities", shape, shape.equals("news") ? 1 << 13 : 1 << 15,
          s -> EntityTagger.standard().analyze(s));
    }
  }

  @Test
  void fourMegabytesOfNewsAnalyzeWithValidSpans() throws Exception {
    String text = ScalingMeasurement.shape("news", 4 << 20);
    AnalyzedText a = HindiNlp.standard().analyze(text);
    TokenAssertions.assertCovers(text, a.tokens());
    SentenceAssertions.assertPartition(a.tokens(), a.sentences());
    List<TextSpan> spans = SentenceSplitter.standard().split(text);
    assertEquals(a.sentences().size(), spans.size());
  }

  @Test
  void oneMegabyteToken() throws Exception {
    String token = ScalingMeasurement.shape("one-token", 1 << 20);
    for (String text : List.of(token, "(" + token + ")।", "https://x.org/" + token, "a".repeat(1 << 20))) {
      List<Token> tokens = HindiTokenizer.standard().tokenize(text);
      TokenAssertions.assertCovers(text, tokens);
      assertTrue(tokens.size() <= 4, text.substring(0, 20) + ": " + tokens.size());
      EntryPointPropertiesTest.assertEntities(text, EntityTagger.standard().tag(text));
      assertEquals(text.length(), DevanagariNormalizer.canonical().normalize(text).original().length());
    }
  }

  @Test
  void aHundredThousandCombiningMarksInARow() {
    for (String marks : List.of("\u093F", "\u093C", "\u094D", "\u0901", "\u200D", "\u093F\u093C\u0902")) {
      for (String base : List.of("", "क", "a", " ")) {
        String text = base + marks.repeat(100_000 / marks.length()) + " भारत।";
        NormalizedText n = DevanagariNormalizer.search().normalize(text);
        TextSpan whole = n.toOriginal(TextSpan.of(0, n.text().length()));
        assertTrue(whole.end() <= text.length());
        TokenAssertions.assertCovers(text, HindiTokenizer.standard().tokenize(text));
        SentenceAssertions.assertValid(text, SentenceSplitter.standard().split(text));
        List<Entity> entities = EntityTagger.standard().tag(text);
        EntryPointPropertiesTest.assertEntities(text, entities);
        assertEquals("भारत", entities.get(entities.size() - 1).text());
      }
    }
  }

  @Test
  void aHundredThousandDandas() {
    String dandas = "।".repeat(100_000);
    assertEquals(1, SentenceSplitter.standard().split(dandas).size());
    String spaced = "। ".repeat(100_000);
    SentenceAssertions.assertValid(spaced, SentenceSplitter.standard().split(spaced));
    String sentences = "वह आया।".repeat(100_000);
    assertEquals(100_000, SentenceSplitter.standard().split(sentences).size());
    AnalyzedText a = HindiNlp.standard().analyze(sentences);
    SentenceAssertions.assertPartition(a.tokens(), a.sentences());
    EntryPointPropertiesTest.assertEntities(dandas, EntityTagger.standard().tag(dandas));
  }

  @Test
  void oneNameRepeatedTwentyThousandTimes() {
    String text = "किम जोंग उन ".repeat(20_000);
    EntityDocument doc = EntityTagger.standard().analyze(text);
    EntryPointPropertiesTest.assertEntities(text, doc.entities());
    assertEquals(20_000, doc.entities().size());
    assertEquals(1, doc.summary().size());
    assertEquals(20_000, doc.summary().get(0).mentions());
  }

  /**
   * A million repetitions of one person's name (and 200,000 of another, after a title): the owner
   * of each mention (for its id) is looked up per distinct person name, so the work stays linear in
   * the mentions (it was quadratic once: 40,000 repetitions took 18 s). Timing itself is measured
   * by {@code ScalingMeasurement} (docs/robustness.md), not asserted here.
   */
  @Test
  void aMillionRepeatedPersonMentionsTagInLinearTime() {
    String text = "राष्ट्रपति रमेश मिश्रा ने ".repeat(200_000) + "किम जोंग उन ".repeat(1_000_000);
    assertEquals(1_200_000, EntityTagger.standard().tag(text).size());
  }
}
