package org.hindinlp.ner.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hindinlp.normalize.DevanagariNormalizer;
import org.junit.jupiter.api.Test;

/** The dense word-vector hooks of the fourth-round experiment (off in the shipped model). */
class WordVectorsTest {

  private static WordVectors read(String text, float scale, int maxDims) throws IOException {
    return WordVectors.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test", scale, maxDims);
  }

  @Test
  void readScalesAndCuts() throws IOException {
    WordVectors v = read("# comment\nक\t1 2 3\nख\t-1 0 0.5\n", 0.5f, 2);
    assertEquals(2, v.dim());
    assertEquals(2, v.size());
    assertArrayEquals(new float[] {0.5f, 1f}, v.vector("क"));
    assertArrayEquals(new float[] {-0.5f, 0f}, v.vector("ख"));
    assertNull(v.vector("ग"));
    assertTrue(v.neighbours());
    assertTrue(!v.withoutNeighbours().neighbours());
  }

  @Test
  void readRejectsBadInput() {
    assertThrows(IOException.class, () -> read("क 1 2\n", 1f, 9));
    assertThrows(IOException.class, () -> read("क\t1 2\nख\t1\n", 1f, 9));
    assertThrows(IOException.class, () -> read("क\t1 x\n", 1f, 9));
    assertThrows(IOException.class, () -> read("# nothing\n", 1f, 9));
  }

  private static final NerTrainer.Options OPTIONS =
      NerTrainer.Options.defaults().withEpochs(5).withSeed(3).withDescription("tiny");

  private static byte[] bytes(NerModel m) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    return out.toByteArray();
  }

  /** Vectors for every word of the tiny set, all zero or seeded random. */
  private static WordVectors vectors(boolean zero) {
    DevanagariNormalizer search = DevanagariNormalizer.search();
    Map<String, float[]> map = new HashMap<>();
    Random rnd = new Random(5);
    for (NerCorpus.Sentence s : NerModelTest.tiny()) {
      for (String t : s.tokens()) {
        float[] v = new float[4];
        for (int k = 0; k < v.length && !zero; k++) {
          v[k] = (float) (0.1 * rnd.nextGaussian());
        }
        map.put(search.normalizeToString(t), v);
      }
    }
    return new WordVectors(map, 4, 0L);
  }

  private static List<List<String>> probes() {
    List<List<String>> probes = new ArrayList<>();
    for (NerCorpus.Sentence s : NerModelTest.tiny()) {
      probes.add(s.tokens());
    }
    probes.add(List.of("अमेरिका", "के", "विदेश", "विभाग", "के", "प्रवक्ता", "मैथ्यू", "मिलर", "ने"));
    probes.add(List.of("पुतिन"));
    probes.add(List.of());
    return probes;
  }

  @Test
  void withoutVectorsTheModelIsUnchanged() throws IOException {
    NerModel plain = NerTrainer.train(NerModelTest.tiny(), OPTIONS, null);
    NerModel hook = NerTrainer.train(NerModelTest.tiny(), OPTIONS, null, null, null);
    assertArrayEquals(bytes(plain), bytes(hook));
  }

  @Test
  void zeroVectorsChangeNoPrediction() throws IOException {
    NerModel plain = NerTrainer.train(NerModelTest.tiny(), OPTIONS, null);
    NerModel zero = NerTrainer.train(NerModelTest.tiny(), OPTIONS, null, null, vectors(true));
    assertTrue(zero.settings().contains("vectors "), zero.settings());
    for (List<String> p : probes()) {
      assertEquals(plain.tag(p), zero.tag(p), p.toString());
    }
  }

  @Test
  void learnsWithVectorsAndRefusesToSaveThem() throws IOException {
    for (WordVectors v : List.of(vectors(false), vectors(false).withoutNeighbours())) {
      NerModel m = NerTrainer.train(NerModelTest.tiny(), OPTIONS, null, null, v);
      for (NerCorpus.Sentence s : NerModelTest.tiny()) {
        assertEquals(s.labels(), m.tag(s.tokens()), s.tokens().toString());
      }
      for (List<String> p : probes()) {
        assertEquals(p.size(), m.tag(p).size());
      }
      IOException e = assertThrows(IOException.class, () -> bytes(m));
      assertTrue(e.getMessage().contains("dense"), e.getMessage());
    }
  }
}
