package org.hindinlp.transliterate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hindinlp.testing.SharedData;
import org.hindinlp.transliterate.TranslitData.Pair;
import org.junit.jupiter.api.Test;

/**
 * Accuracy of the shipped model on the held-out names (never trained on), per group, with floors a
 * little below the figures of docs/transliteration.md. Reads ../shared; skipped without it.
 */
class NameTransliteratorAccuracyTest {

  @Test
  void heldOutAccuracyIsAboveTheFloors() throws IOException {
    SharedData.require("corpora/wikidata-en-hi-names/wikidata_20150427.tsv");
    SharedData.require("corpora/cricinfo-player-names-hi/players_hi_en.json");
    Path shared = SharedData.root();
    List<Pair> pairs = TranslitData.load(shared, Path.of("src/main/resources/org/hindinlp/ner/lists"));
    TranslitEval.Result r = TranslitEval.evaluate(NameTransliterator.standard(), TranslitEval.testSet(pairs));
    TranslitEval.print(r, System.out);
    floor(r, "indian", FLOOR_INDIAN_1, FLOOR_INDIAN_5);
    floor(r, "foreign", FLOOR_FOREIGN_1, FLOOR_FOREIGN_5);
    floor(r, "all", FLOOR_ALL_1, FLOOR_ALL_5);
  }

  static final double FLOOR_INDIAN_1 = 41;
  static final double FLOOR_INDIAN_5 = 69;
  static final double FLOOR_FOREIGN_1 = 31;
  static final double FLOOR_FOREIGN_5 = 54;
  static final double FLOOR_ALL_1 = 36;
  static final double FLOOR_ALL_5 = 61;

  private static void floor(TranslitEval.Result r, String group, double at1, double at5) {
    TranslitEval.Score s = r.groups().get(group);
    assertTrue(s != null && s.names > 50, group + ": too few held-out names");
    assertTrue(s.pct(s.exact1) >= at1, group + " exact@1 " + s.pct(s.exact1) + " < " + at1);
    assertTrue(s.pct(s.exact5) >= at5, group + " exact@5 " + s.pct(s.exact5) + " < " + at5);
  }
}
