package org.hindinlp.ner.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The gold sets of the model's training and evaluation, read from the shared corpora folder. */
final class NerData {

  /** Annotated sentences at the start of each IL-NER split (see its PROVENANCE.md). */
  static final int ILNER_TRAIN_ANNOTATED = 5688;

  static final int ILNER_DEV_ANNOTATED = 713;
  static final int ILNER_TEST_ANNOTATED = 712;

  final Path shared;

  NerData(Path shared) {
    this.shared = shared;
  }

  Path ilner(String split) {
    return shared.resolve("corpora/il-ner-hi/Hindi-" + split + ".txt");
  }

  Path multiconer(String split) {
    return shared.resolve("corpora/multiconer2-hi/hi-" + split + ".conll");
  }

  List<NerCorpus.Sentence> ilnerTrain() throws IOException {
    return NerCorpus.readIlNer(ilner("train"), ILNER_TRAIN_ANNOTATED);
  }

  List<NerCorpus.Sentence> ilnerDev() throws IOException {
    return NerCorpus.readIlNer(ilner("dev"), ILNER_DEV_ANNOTATED, false);
  }

  /** Dev as training data: tags "-X" repaired like in train. */
  List<NerCorpus.Sentence> ilnerDevForTraining() throws IOException {
    return NerCorpus.readIlNer(ilner("dev"), ILNER_DEV_ANNOTATED, true);
  }

  /** The training data of the shipped model: IL-NER train + dev (annotated parts), MultiCoNER II train. */
  List<NerCorpus.Sentence> shippedTrainingData() throws IOException {
    List<NerCorpus.Sentence> all = new ArrayList<>(ilnerTrain());
    all.addAll(ilnerDevForTraining());
    all.addAll(multiconerTrain());
    return all;
  }

  static final String SHIPPED_DESCRIPTION =
      "IL-NER Hindi train sentences 0-5687 and dev 0-712 (annotated parts; Bahad et al. 2024,"
          + " CC BY 4.0) + MultiCoNER II Hindi train (Fetahu et al. 2023, CC BY 4.0); NEP/NEL/NEO and"
          + " MultiCoNER PER/LOC/GRP groups mapped to PERSON/LOCATION/ORGANIZATION; canonical"
          + " normalization; MultiCoNER glued punctuation split; list features from the built-in"
          + " entity lists, with list dropout (sentence 0.1, match 0.3)";

  List<NerCorpus.Sentence> ilnerTest() throws IOException {
    // Tags "-X" without B/I prefix count as O in evaluation: 620 mentions, as in the issue.
    return NerCorpus.readIlNer(ilner("test"), ILNER_TEST_ANNOTATED, false);
  }

  /** Annotated test sentences whose token sequence does not occur verbatim anywhere in train. */
  /**
   * IL-NER test 0–711 without the sentences that occur in anything the shipped model was trained on
   * (IL-NER train and dev, whole files, and MultiCoNER II train): the "unseen" part.
   */
  List<NerCorpus.Sentence> ilnerTestDedup() throws IOException {
    Set<List<String>> train = new HashSet<>();
    for (NerCorpus.Sentence s : NerCorpus.readIlNer(ilner("train"), Integer.MAX_VALUE)) {
      train.add(s.tokens());
    }
    for (NerCorpus.Sentence s : NerCorpus.readIlNer(ilner("dev"), Integer.MAX_VALUE)) {
      train.add(s.tokens());
    }
    for (NerCorpus.Sentence s : multiconerTrain()) {
      train.add(s.tokens());
    }
    List<NerCorpus.Sentence> out = new ArrayList<>();
    for (NerCorpus.Sentence s : ilnerTest()) {
      if (!train.contains(s.tokens())) {
        out.add(s);
      }
    }
    return out;
  }

  List<NerCorpus.Sentence> multiconerTrain() throws IOException {
    return NerCorpus.readMultiConer(multiconer("train"));
  }

  List<NerCorpus.Sentence> multiconerDev() throws IOException {
    return NerCorpus.readMultiConer(multiconer("dev"));
  }

  static NerEvaluation evaluate(NerModel model, List<NerCorpus.Sentence> gold) {
    return evaluate(model, model.defaultGazetteer(), gold);
  }

  static NerEvaluation evaluate(NerModel model, GazetteerFeatures gaz, List<NerCorpus.Sentence> gold) {
    NerEvaluation ev = new NerEvaluation();
    for (NerCorpus.Sentence s : gold) {
      ev.add(s.labels(), model.tag(s.tokens(), gaz));
    }
    return ev;
  }

  static int mentions(List<NerCorpus.Sentence> gold) {
    int n = 0;
    for (NerCorpus.Sentence s : gold) {
      n += NerEvaluation.spans(s.labels()).size();
    }
    return n;
  }
}
