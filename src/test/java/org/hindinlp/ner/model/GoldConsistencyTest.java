package org.hindinlp.ner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hindinlp.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The self-consistency figures of the IL-NER gold that docs/evaluation.md quotes (the ceiling
 * argument for the 85-F1 goal): the repeated sentences and how their copies agree.
 */
class GoldConsistencyTest {

  private static NerData data() {
    Path probe = SharedData.require("corpora/il-ner-hi/Hindi-train.txt");
    SharedData.require("corpora/il-ner-hi/Hindi-test.txt");
    return new NerData(probe.getParent().getParent().getParent());
  }

  private static List<NerCorpus.Sentence> train(NerData d) throws IOException {
    return NerCorpus.readIlNer(d.ilner("train"), NerData.ILNER_TRAIN_ANNOTATED, false);
  }

  @Test
  void testSentencesRepeatedFromTrainAgreeAt86() throws IOException {
    NerData d = data();
    GoldConsistency.Agreement a = GoldConsistency.against(train(d), d.ilnerTest());
    assertEquals(164, a.sentences());
    assertEquals(144, a.identical());
    assertEquals(new NerEvaluation.Counts(133, 129, 113), a.evaluation().micro());
    assertEquals(86.26, 100 * a.evaluation().micro().f1(), 0.01);
  }

  @Test
  void repeatedTrainSentencesAgreeAt81() throws IOException {
    GoldConsistency.Agreement a = GoldConsistency.withinTrain(train(data()));
    assertEquals(269, a.sentences());
    assertEquals(233, a.identical());
    assertEquals(new NerEvaluation.Counts(156, 149, 123), a.evaluation().micro());
  }

  @Test
  void agreementOfIdenticalAnnotationsIsPerfect() {
    var s = new NerCorpus.Sentence(List.of("राम", "दिल्ली", "गए"), List.of("B-PERSON", "B-LOCATION", "O"));
    var other = new NerCorpus.Sentence(s.tokens(), List.of("B-PERSON", "O", "O"));
    GoldConsistency.Agreement same = GoldConsistency.against(List.of(s), List.of(s));
    assertEquals(1, same.identical());
    assertEquals(1.0, same.evaluation().micro().f1());
    GoldConsistency.Agreement differ = GoldConsistency.against(List.of(s), List.of(other));
    assertEquals(0, differ.identical());
    assertEquals(new NerEvaluation.Counts(1, 2, 1), differ.evaluation().micro());
  }
}
