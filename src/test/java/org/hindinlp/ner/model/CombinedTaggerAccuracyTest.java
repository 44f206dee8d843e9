package org.hindinlp.ner.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hindinlp.ner.EntityTagger;
import org.hindinlp.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Accuracy floors of the combined tagger ({@code EntityTagger.standard()}: model, lists, rules) on
 * public gold, exact typed spans: the figures reached (docs/evaluation.md) minus about one point, so
 * that CI fails when they drop. It prints no score: test sets are scored once, when a change is done,
 * with {@link EvaluateTagger}; tuning uses the development sets only.
 */
class CombinedTaggerAccuracyTest {

  static final double IL_NER_TEST = 76.0; // docs/evaluation.md has the figure, scored once per change
  static final double IL_NER_TEST_DEDUP = 73.3; // the part unseen in IL-NER train, dev and MultiCoNER train
  // MultiCoNER keeps titles, postpositions and product names inside its spans, where the project's
  // guidelines do not (docs/evaluation.md): the combination's span rules cost points there.
  static final double MULTICONER_DEV = 77.5;

  @Test
  void combinedTaggerHoldsItsFigures() throws Exception {
    NerData d = new NerData(SharedData.root());
    SharedData.require("corpora/il-ner-hi/Hindi-test.txt");
    SharedData.require("corpora/multiconer2-hi/hi-dev.conll");
    EntityTagger t = EntityTagger.standard();
    check("IL-NER test 0-711", t, d.ilnerTest(), IL_NER_TEST);
    check("IL-NER test 0-711 without sentences seen in train", t, d.ilnerTestDedup(), IL_NER_TEST_DEDUP);
    check("MultiCoNER II dev", t, d.multiconerDev(), MULTICONER_DEV);
  }

  private static void check(String name, EntityTagger t, List<NerCorpus.Sentence> gold, double floor) {
    NerEvaluation e = EvaluateTagger.evaluate(t::tagTokens, gold);
    double f1 = 100 * e.micro().f1();
    assertTrue(f1 >= floor, name + ": micro F1 below the floor " + floor);
  }
}
