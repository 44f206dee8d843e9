package org.hindinlp.transliterate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hindinlp.transliterate.TranslitData.Group;
import org.hindinlp.transliterate.TranslitData.Pair;
import org.junit.jupiter.api.Test;

/** The public API and the decoder, on the shipped model and on small trained models. */
class NameTransliteratorTest {

  private static final NameTransliterator STD = NameTransliterator.standard();

  private static List<String> texts(List<Candidate> cs) {
    List<String> out = new ArrayList<>();
    cs.forEach(c -> out.add(c.text()));
    return out;
  }

  @Test
  void standardIsSharedAndFindsKnownSpellings() {
    assertSame(STD, NameTransliterator.standard());
    assertTrue(texts(STD.transliterate("Ontario", 5)).contains("ओंटारियो"), () -> texts(STD.transliterate("Ontario", 5)).toString());
    assertEquals("छत्तीसगढ़", STD.best("Chhattisgarh"));
    assertTrue(texts(STD.transliterate("Washington", 5)).contains("वॉशिंगटन"));
  }

  @Test
  void candidatesAreDistinctSortedAndAtMostN() {
    for (int n : new int[] {1, 3, 10}) {
      List<Candidate> cs = STD.transliterate("Rohit Sharma", n);
      assertFalse(cs.isEmpty());
      assertTrue(cs.size() <= n);
      assertEquals(cs.size(), texts(cs).stream().distinct().count());
      for (int i = 1; i < cs.size(); i++) {
        assertTrue(cs.get(i - 1).logProbability() >= cs.get(i).logProbability());
      }
      cs.forEach(c -> assertTrue(c.logProbability() <= 0));
    }
  }

  @Test
  void wordsSeparatorsDigitsAndCase() {
    String one = STD.best("Rohit");
    String two = STD.best("Sharma");
    assertEquals(one + " " + two, STD.best("  ROHIT   sharma  "));
    assertEquals(one + "-" + two, STD.best("Rohit-Sharma"));
    assertEquals(one + " " + two, STD.best("Rohit, Sharma."));
    assertEquals(one + " 2", STD.best("Rohit 2"));
    assertEquals(STD.best("Zurich"), STD.best("Zürich"));
    assertEquals(STD.best("Obrien"), STD.best("O'Brien"));
    assertEquals(STD.best("strasse"), STD.best("Straße"));
  }

  @Test
  void badInputIsAnIllegalArgumentNamingTheProblem() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> STD.transliterate("", 5))
        .getMessage().contains("empty"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> STD.transliterate(" \t\n", 5))
        .getMessage().contains("blank"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> STD.transliterate("भारत 123 !", 5))
        .getMessage().contains("no Latin letters"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> STD.transliterate("a".repeat(257), 5))
        .getMessage().contains("too long"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> STD.transliterate("Delhi", 0))
        .getMessage().contains("n must be"));
    assertThrows(IllegalArgumentException.class, () -> STD.transliterate("Delhi", 101));
    assertThrows(NullPointerException.class, () -> STD.transliterate(null, 1));
  }

  @Test
  void longestInputIsFast() {
    long t0 = System.nanoTime();
    STD.transliterate("abcdefghijklmnopqrstuvwxyz".repeat(10).substring(0, 256), 100);
    STD.transliterate("q".repeat(256), 100);
    STD.transliterate("a b ".repeat(64), 100);
    assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "worst-case inputs took too long");
  }

  @Test
  void threadsGetTheSameAnswers() throws Exception {
    String[] names = {"Keir Starmer", "Ontario", "Mississauga", "Virat Kohli", "Jacinda Ardern", "Bhubaneswar"};
    List<List<Candidate>> expected = new ArrayList<>();
    for (String n : names) {
      expected.add(STD.transliterate(n, 5));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> fs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        fs.add(pool.submit(() -> {
          for (int r = 0; r < 20; r++) {
            for (int i = 0; i < names.length; i++) {
              if (!expected.get(i).equals(STD.transliterate(names[i], 5))) {
                return false;
              }
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> f : fs) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The decoder returns the spelling a small model was trained on, and well-formed text only. */
  @Test
  void decoderFindsTheTrainedSpelling() throws IOException {
    List<Pair> pairs = List.of(
        new Pair("t", Group.OTHER, "kamal", "कमल"),
        new Pair("t", Group.OTHER, "kamala", "कमला"),
        new Pair("t", Group.OTHER, "mala", "माला"),
        new Pair("t", Group.OTHER, "lata", "लता"),
        new Pair("t", Group.OTHER, "kala", "काला"),
        new Pair("t", Group.OTHER, "tala", "ताला"),
        new Pair("t", Group.OTHER, "mata", "माता"));
    NameTransliterator t = NameTransliterator.load(new ByteArrayInputStream(
        TrainTransliterator.train(pairs, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))));
    assertEquals("कमल", t.best("kamal"));
    assertEquals("कमला", t.best("kamala"));
    // Letters the model never saw are skipped, not fatal.
    assertFalse(t.transliterate("xyz kamal", 3).isEmpty());
    for (Candidate c : t.transliterate("kamalatama", 20)) {
      assertTrue(wellFormed(c.text()), c.text());
    }
  }

  @Test
  void joinsRejectsIllFormedSyllables() {
    assertTrue(NameTransliterator.joins("क", "ी"));
    assertFalse(NameTransliterator.joins("की", "ी"));
    assertFalse(NameTransliterator.joins("", "ा"));
    assertFalse(NameTransliterator.joins("अ", "्"));
    assertTrue(NameTransliterator.joins("आ", "ं"));
    assertFalse(NameTransliterator.joins("क्", "ं"));
    assertTrue(NameTransliterator.joins("ज़", "ी"));
    assertTrue(NameTransliterator.joins("का", "र"));
  }

  private static boolean wellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!NameTransliterator.joins(s.substring(0, i), s.substring(i, i + 1))) {
        return false;
      }
    }
    return true;
  }
}
