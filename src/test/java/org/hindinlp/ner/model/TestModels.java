package org.hindinlp.ner.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hindinlp.ner.EntityTagger;

/** Test and tool helper: a tagger with a model in memory. */
final class TestModels {

  private TestModels() {}

  /** A tagger builder with this model (written to a temporary file: the public API takes files). */
  static EntityTagger.Builder builder(NerModel model) {
    try {
      Path f = Files.createTempFile("hindinlp-model", ".bin");
      f.toFile().deleteOnExit();
      model.save(f);
      return EntityTagger.builder().model(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
