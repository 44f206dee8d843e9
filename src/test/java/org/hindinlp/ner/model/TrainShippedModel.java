package org.hindinlp.ner.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Trains the shipped model. From the repository root, after {@code mvn -o -q test-compile} and
 * {@code mvn -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt}:
 *
 * <pre>
 * java -Xmx2g -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.hindinlp.ner.model.TrainShippedModel ../shared src/main/resources/org/hindinlp/ner/model/ner-model.bin
 * </pre>
 *
 * <p>Deterministic: the same data, seed and code give a byte-identical file.
 */
final class TrainShippedModel {

  static final int EPOCHS = 9;
  static final long SEED = 42L;
  /**
   * List-feature dropout (docs/model.md): all list tags of a sentence dropped with this
   * probability, otherwise each matched span with {@link #MATCH_DROPOUT}; chosen on IL-NER dev,
   * MultiCoNER II dev and the news development set ({@code ListDropoutExperiment}).
   */
  static final double SENTENCE_DROPOUT = 0.1;
  static final double MATCH_DROPOUT = 0.3;

  public static void main(String[] args) throws Exception {
    NerData d = new NerData(Path.of(args[0]));
    Path out = Path.of(args[1]);
    List<NerCorpus.Sentence> data = d.shippedTrainingData();
    long t0 = System.nanoTime();
    NerModel m =
        NerTrainer.train(
            data,
            NerTrainer.Options.defaults()
                .withEpochs(EPOCHS)
                .withSeed(SEED)
                .withDescription(NerData.SHIPPED_DESCRIPTION)
                .withGazetteer(EntityListFeatures.builtIn().withDropout(SENTENCE_DROPOUT, MATCH_DROPOUT, SEED)),
            System.err::println);
    System.err.printf("trained in %.1f s: %s%n", (System.nanoTime() - t0) / 1e9, m);
    m.save(out);
    System.err.printf("%s: %d bytes%n", out, Files.size(out));
  }
}
