package org.hindinlp.ner.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hindinlp.ner.EntityList;
import org.hindinlp.ner.EntityTagger;
import org.hindinlp.ner.ListEntry;

/** Test and tool helpers: lists as model-feature names, and a tagger with a model in memory. */
final class TestModels {

  private TestModels() {}

  /** The strong names of the lists' entries with their types. */
  static List<EntityListFeatures.Name> names(List<EntityList> lists) {
    List<EntityListFeatures.Name> out = new ArrayList<>();
    for (EntityList l : lists) {
      for (ListEntry e : l.entries()) {
        for (String n : e.names()) {
          out.add(new EntityListFeatures.Name(n, e.type().name()));
        }
      }
    }
    return out;
  }

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
