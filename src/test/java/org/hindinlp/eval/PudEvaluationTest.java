package org.hindinlp.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.hindinlp.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Accuracy floors on UD Hindi PUD (see {@code docs/evaluation.md}): the build fails if token or
 * sentence F1 drops below the figures reached when the tokenizer was written.
 */
class PudEvaluationTest {

  /** Token F1 measured: 99.7733 (23763 of 23805 system, 23829 gold). */
  static final double TOKEN_F1_FLOOR = 99.77;
  /** Sentence F1 measured: 99.5498 (995 of 999 system, 1000 gold). */
  static final double SENTENCE_F1_FLOOR = 99.54;

  @Test
  void tokenAndSentenceF1StayAboveTheFloors() throws IOException {
    Path conllu = SharedData.require("corpora/ud-hindi-pud/hi_pud-ud-test.conllu");
    PudEvaluation.Result r = PudEvaluation.evaluate(conllu, null);
    double tokens = 100 * r.tokens().f1();
    double sentences = 100 * r.sentences().f1();
    assertTrue(tokens >= TOKEN_F1_FLOOR - 1e-9, "token F1 " + r.tokens());
    assertTrue(sentences >= SENTENCE_F1_FLOOR - 1e-9, "sentence F1 " + r.sentences());
    assertTrue(r.tokens().gold() == 23829 && r.sentences().gold() == 1000, "gold counts " + r);
  }
}
