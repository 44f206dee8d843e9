package org.hindinlp.ner.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How consistent the IL-NER gold is with itself: IL-NER repeats sentences, within train and between
 * train and test or dev, and the copies are not always annotated alike. Scoring one copy's
 * annotation against the other's (exact typed spans, as {@link NerEvaluation}) gives the F1 that a
 * tagger reproducing the training annotation perfectly would get on those sentences: a ceiling set
 * by the gold itself, not by any model. Reads the annotated parts only, with the evaluation
 * reading of malformed {@code -X} tags (as O).
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.hindinlp.ner.model.GoldConsistency ../shared
 * </pre>
 */
final class GoldConsistency {

  /** Agreement of the repeated sentences: gold = the later copy, predicted = the train copy. */
  record Agreement(int sentences, int identical, NerEvaluation evaluation) {}

  private GoldConsistency() {}

  /** Each sentence of {@code other} that occurs in {@code train}, against its first train copy. */
  static Agreement against(List<NerCorpus.Sentence> train, List<NerCorpus.Sentence> other) {
    Map<List<String>, List<String>> first = new HashMap<>();
    for (NerCorpus.Sentence s : train) {
      first.putIfAbsent(s.tokens(), s.labels());
    }
    NerEvaluation eval = new NerEvaluation();
    int n = 0;
    int same = 0;
    for (NerCorpus.Sentence s : other) {
      List<String> copy = first.get(s.tokens());
      if (copy != null) {
        n++;
        NerEvaluation.Counts before = eval.micro();
        eval.add(s.labels(), copy);
        NerEvaluation.Counts after = eval.micro();
        int correct = after.correct() - before.correct();
        // identical spans: every gold and every copied span of the sentence agrees
        boolean identical = correct == after.gold() - before.gold()
            && correct == after.predicted() - before.predicted();
        same += identical ? 1 : 0;
      }
    }
    return new Agreement(n, same, eval);
  }

  /** The sentences of {@code other} that occur in {@code train}. */
  static List<NerCorpus.Sentence> repeatedIn(
      List<NerCorpus.Sentence> train, List<NerCorpus.Sentence> other) {
    java.util.Set<List<String>> seen = new java.util.HashSet<>();
    train.forEach(s -> seen.add(s.tokens()));
    return other.stream().filter(s -> seen.contains(s.tokens())).toList();
  }

  /** Every later occurrence of a train sentence against its first occurrence. */
  static Agreement withinTrain(List<NerCorpus.Sentence> train) {
    Map<List<String>, List<String>> first = new HashMap<>();
    List<NerCorpus.Sentence> repeats = new ArrayList<>();
    for (NerCorpus.Sentence s : train) {
      if (first.putIfAbsent(s.tokens(), s.labels()) != null) {
        repeats.add(s);
      }
    }
    return against(train, repeats);
  }

  public static void main(String[] args) throws IOException {
    NerData d = new NerData(Path.of(args.length > 0 ? args[0] : "../shared"));
    List<NerCorpus.Sentence> train =
        NerCorpus.readIlNer(d.ilner("train"), NerData.ILNER_TRAIN_ANNOTATED, false);
    List<NerCorpus.Sentence> test = d.ilnerTest();
    print("IL-NER test sentences also in train", against(train, test));
    List<NerCorpus.Sentence> repeated = repeatedIn(train, test);
    System.out.printf("shipped model on those %d test sentences (against the test gold)%n%s%n",
        repeated.size(), NerData.evaluate(NerModel.loadDefault(), repeated).report(NerCorpus.TYPES));
    print("IL-NER dev sentences also in train", against(train, d.ilnerDev()));
    print("IL-NER train, repeated sentences", withinTrain(train));
  }

  private static void print(String title, Agreement a) {
    System.out.printf("%s: %d sentences, %d annotated identically%n%s%n", title, a.sentences(),
        a.identical(), a.evaluation().report(NerCorpus.TYPES));
  }
}
