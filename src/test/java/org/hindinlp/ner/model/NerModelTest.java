package org.hindinlp.ner.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training, saving and loading on a tiny in-memory data set (no shared data needed). */
class NerModelTest {

  static List<NerCorpus.Sentence> tiny() {
    List<NerCorpus.Sentence> out = new ArrayList<>();
    out.add(s("राष्ट्रपति व्लादिमीर पुतिन ने कहा", "O B-PERSON I-PERSON O O"));
    out.add(s("रूस में चुनाव हुए", "B-LOCATION O O O"));
    out.add(s("केसीएनए के अनुसार किम जोंग उन प्योंगयांग गए", "B-ORGANIZATION O O B-PERSON I-PERSON I-PERSON B-LOCATION O"));
    out.add(s("गृह मंत्रालय ने बयान दिया", "B-ORGANIZATION I-ORGANIZATION O O O"));
    out.add(s("पुतिन मॉस्को से लौटे", "B-PERSON B-LOCATION O O"));
    out.add(s("संयुक्त राष्ट्र सुरक्षा परिषद की बैठक", "B-ORGANIZATION I-ORGANIZATION I-ORGANIZATION I-ORGANIZATION O O"));
    out.add(s("श्री नरेंद्र मोदी दिल्ली में थे", "O B-PERSON I-PERSON B-LOCATION O O"));
    return out;
  }

  static NerCorpus.Sentence s(String tokens, String labels) {
    return new NerCorpus.Sentence(Arrays.asList(tokens.split(" ")), Arrays.asList(labels.split(" ")));
  }

  static NerModel trainTiny(long seed) throws IOException {
    return NerTrainer.train(
        tiny(), NerTrainer.Options.defaults().withEpochs(5).withSeed(seed).withDescription("tiny"), null);
  }

  static byte[] bytes(NerModel m) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    return out.toByteArray();
  }

  @Test
  void learnsTheTinySet() throws IOException {
    NerModel m = trainTiny(1);
    for (NerCorpus.Sentence s : tiny()) {
      assertEquals(s.labels(), m.tag(s.tokens()), s.tokens().toString());
    }
  }

  @Test
  void trainingIsDeterministicForASeed() throws IOException {
    assertArrayEquals(bytes(trainTiny(7)), bytes(trainTiny(7)));
  }

  @Test
  void saveAndLoadGiveIdenticalPredictions(@TempDir Path dir) throws IOException {
    NerModel m = trainTiny(3);
    Path file = dir.resolve("m.bin");
    m.save(file);
    NerModel back = NerModel.load(file);
    assertEquals(m.featureCount(), back.featureCount());
    assertEquals("tiny", back.description());
    assertEquals(m.settings(), back.settings());
    assertArrayEquals(bytes(m), bytes(back));
    List<List<String>> probes = new ArrayList<>();
    for (NerCorpus.Sentence s : tiny()) {
      probes.add(s.tokens());
    }
    probes.add(List.of("अमेरिका", "के", "विदेश", "विभाग", "के", "प्रवक्ता", "मैथ्यू", "मिलर", "ने"));
    for (List<String> p : probes) {
      assertEquals(m.tag(p), back.tag(p));
    }
  }

  @Test
  void corruptedTruncatedOrForeignFilesGiveClearErrors(@TempDir Path dir) throws IOException {
    byte[] good = bytes(trainTiny(3));
    Path f = dir.resolve("bad.bin");

    byte[] flipped = good.clone();
    flipped[flipped.length / 2] ^= 0x10;
    Files.write(f, flipped);
    IOException e = assertThrows(IOException.class, () -> NerModel.load(f));
    assertTrue(e.getMessage().contains(f.toString()) && e.getMessage().contains("checksum"), e.getMessage());

    Files.write(f, Arrays.copyOf(good, good.length - 100));
    e = assertThrows(IOException.class, () -> NerModel.load(f));
    assertTrue(e.getMessage().contains(f.toString()), e.getMessage());

    Files.write(f, Arrays.copyOf(good, 10));
    e = assertThrows(IOException.class, () -> NerModel.load(f));
    assertTrue(e.getMessage().contains(f.toString()), e.getMessage());

    Files.writeString(f, "not a model at all");
    e = assertThrows(IOException.class, () -> NerModel.load(f));
    assertTrue(e.getMessage().contains("bad magic"), e.getMessage());

    byte[] future = good.clone();
    future[11] = 99; // format version 99
    Files.write(f, future);
    e = assertThrows(IOException.class, () -> NerModel.load(f));
    assertTrue(e.getMessage().contains("unsupported format version 99"), e.getMessage());
  }

  @Test
  void aModelTrainedWithOtherWordClustersIsRefused() throws IOException {
    byte[] good = bytes(trainTiny(3));
    WordClusters other =
        WordClusters.read(
            new java.io.ByteArrayInputStream("रूस\t0101\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            "other");
    IOException e = assertThrows(IOException.class, () -> NerModel.read(good, "m.bin", other));
    assertTrue(e.getMessage().contains("m.bin") && e.getMessage().contains("other word clusters"),
        e.getMessage());
  }

  @Test
  void differentSeedsMayDifferButBothAreValid() throws IOException {
    NerModel a = trainTiny(1);
    NerModel b = trainTiny(2);
    assertNotEquals(null, a);
    assertEquals(a.types(), b.types());
  }

  @Test
  void gazetteerHookIsUsedInTraining() throws IOException {
    GazetteerFeatures gaz =
        tokens -> {
          List<List<String>> out = new ArrayList<>();
          for (String t : tokens) {
            out.add(t.equals("रूस") || t.equals("मॉस्को") ? List.of("U-LOCATION@builtin") : List.of());
          }
          return out;
        };
    NerModel m =
        NerTrainer.train(tiny(), NerTrainer.Options.defaults().withEpochs(3).withGazetteer(gaz), null);
    assertTrue(m.settings().contains("gazetteer custom"), m.settings());
    assertEquals("custom", m.gazetteerId());
    for (NerCorpus.Sentence s : tiny()) {
      assertArrayEquals(m.decode(m.features().extract(s.tokens(), gaz)), m.decode(s.tokens(), gaz));
    }
    assertEquals(List.of("B-LOCATION", "O", "O", "O"), m.tag(List.of("रूस", "में", "चुनाव", "हुए"), gaz));
  }

  @Test
  void multiconerPunctuationSplitKeepsEntitiesWhole() {
    assertEquals(List.of("में", "।"), NerCorpus.splitGluedPunctuation("में।"));
    assertEquals(List.of("(", "भारत", ")", ","), NerCorpus.splitGluedPunctuation("(भारत),"));
    assertEquals(List.of("डी.सी."), NerCorpus.splitGluedPunctuation("डी.सी."));
    assertEquals(List.of(","), NerCorpus.splitGluedPunctuation(","));
  }

  @Test
  void trainerHookWithTheDefaultTypesGivesTheSameModel() throws IOException {
    NerTrainer.Options o = NerTrainer.Options.defaults().withEpochs(5).withSeed(3).withDescription("tiny");
    assertArrayEquals(
        bytes(NerTrainer.train(tiny(), o, null)),
        bytes(NerTrainer.train(tiny(), o, null, null, NerCorpus.TYPES, null)));
  }

  @Test
  void partialLabelsLetAnUnannotatedTypeStand() throws IOException {
    // The same phrase is an ARTEFACT where that type is annotated and O where it is not.
    List<NerCorpus.Sentence> data = new ArrayList<>(tiny());
    List<java.util.Set<String>> latent = new ArrayList<>();
    tiny().forEach(x -> latent.add(java.util.Set.of()));
    for (int r = 0; r < 3; r++) {
      data.add(s("जल जीवन मिशन शुरू हुआ", "B-ARTEFACT I-ARTEFACT I-ARTEFACT O O"));
      latent.add(java.util.Set.of());
      data.add(s("जल जीवन मिशन शुरू हुआ", "O O O O O"));
      latent.add(java.util.Set.of("ARTEFACT"));
    }
    List<String> types = new ArrayList<>(NerCorpus.TYPES);
    types.add("ARTEFACT");
    NerModel m =
        NerTrainer.train(data, NerTrainer.Options.defaults().withEpochs(5), null, null, types, latent);
    assertEquals(types, m.types());
    assertEquals(
        List.of("B-ARTEFACT", "I-ARTEFACT", "I-ARTEFACT", "O", "O"),
        m.tag(List.of("जल", "जीवन", "मिशन", "शुरू", "हुआ")));
    for (NerCorpus.Sentence x : tiny()) {
      assertEquals(x.labels(), m.tag(x.tokens()), x.tokens().toString());
    }
  }
}
