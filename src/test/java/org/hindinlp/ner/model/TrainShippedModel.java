package org.hindinlp.ner.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Trains the shipped model. From the repository root, after {@code mvn -o -q test-compile} and
 * {@code mvn -q dependency:build-classpath -Dmdep.outputFile=cp.txt}:
 *
 * <pre>
 * java -Xmx2g -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     org.hindinlp.ner.model.TrainShippedModel ../shared src/main/resources/org/hindinlp/ner/model/ner-model.bin
 * </pre>
 *
 * <p>Deterministic: the same data, seed and code give a byte-identical file.
 */
final class TrainShippedModel {

  static final int EPOCHS = 9;
  static final long SEED = 42L;

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
                .withGazetteer(EntityListFeatures.builtIn()),
            System.err::println);
    System.err.printf("trained in %.1f s: %s%n", (System.nanoTime() - t0) / 1e9, m);
    m.save(out);
    System.err.printf("%s: %d bytes%n", out, Files.size(out));
  }
}
