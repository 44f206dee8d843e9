package org.hindinlp.ner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.hindinlp.ner.EntityTagger;
import org.junit.jupiter.api.Test;

/** Lists as model features are versioned: the model records their hash; lists off means off. */
class ListVersioningTest {

  @Test
  void theBuiltInListFeaturesCarryTheirContentHash() {
    String id = EntityListFeatures.builtIn().id();
    assertTrue(id.matches("builtin-lists@sha256:[0-9a-f]{16}"), id);
    assertTrue(EntityListFeatures.isBuiltInId(id));
    assertTrue(EntityListFeatures.isBuiltInId("builtin-lists"));
  }

  @Test
  void aModelTrainedWithOtherListsGivesAWarningNamingBothHashes() throws Exception {
    String other = EntityListFeatures.BUILT_IN_ID + "@sha256:0000000000000000";
    EntityListFeatures lists = EntityListFeatures.builtIn().withId(other);
    List<NerCorpus.Sentence> data =
        List.of(new NerCorpus.Sentence(List.of("राम", "दिल्ली", "गए"), List.of("B-PERSON", "B-LOCATION", "O")));
    NerModel m = NerTrainer.train(data, NerTrainer.Options.defaults().withEpochs(1).withGazetteer(lists), s -> {});
    assertEquals(other, m.gazetteerId());
    List<String> messages = new ArrayList<>();
    Handler h =
        new Handler() {
          @Override
          public void publish(LogRecord r) {
            messages.add(java.text.MessageFormat.format(r.getMessage(), r.getParameters()));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger log = Logger.getLogger(EntityTagger.class.getName());
    log.addHandler(h);
    try {
      TestModels.builder(m).build();
    } finally {
      log.removeHandler(h);
    }
    assertTrue(
        messages.stream().anyMatch(s -> s.contains(other) && s.contains(EntityListFeatures.builtIn().id())),
        messages.toString());
  }

  @Test
  void builtInListsOffRemovesThemFromTheModelToo() throws Exception {
    NerModel model = NerModel.loadDefault();
    List<String> tokens = List.of("कल", "अनुराधा", "चतुर्वेदी", "भोपाल", "पहुंचीं", "और", "मोदी", "से", "मिलीं");
    EntityTagger off = EntityTagger.builder().builtInLists(false).rules(false).build();
    assertEquals(model.tag(tokens, GazetteerFeatures.NONE), off.tagTokens(tokens));
  }
}
