package org.hindinlp.transliterate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.hindinlp.transliterate.TranslitData.Group;
import org.hindinlp.transliterate.TranslitData.Pair;
import org.junit.jupiter.api.Test;

/** The model file: deterministic training, and damaged files fail with a named problem. */
class NameTransliteratorModelFileTest {

  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  private static byte[] small() throws IOException {
    return TrainTransliterator.train(List.of(
        new Pair("t", Group.OTHER, "Delhi", "दिल्ली"),
        new Pair("t", Group.OTHER, "Patna", "पटना"),
        new Pair("t", Group.OTHER, "Pune", "पुणे"),
        new Pair("t", Group.OTHER, "Agra", "आगरा")), QUIET);
  }

  @Test
  void sameDataSameBytes() throws IOException {
    byte[] a = small();
    assertArrayEquals(a, small());
    assertNotNull(NameTransliterator.load(new ByteArrayInputStream(a)).best("Patna"));
  }

  @Test
  void shippedModelLoadsFromTheJar() throws IOException {
    try (InputStream in = NameTransliterator.class.getResourceAsStream(NameTransliterator.RESOURCE)) {
      assertNotNull(in, "model resource missing");
      assertTrue(NameTransliterator.load(in).modelSize() > 1000);
    }
  }

  @Test
  void badMagicIsNamed() throws IOException {
    byte[] b = small();
    b[0] = 'X';
    IOException e = assertThrows(IOException.class, () -> NameTransliterator.load(new ByteArrayInputStream(b)));
    assertTrue(e.getMessage().contains("bad magic"), e.getMessage());
    byte[] v = small();
    v[7] = 9;
    e = assertThrows(IOException.class, () -> NameTransliterator.load(new ByteArrayInputStream(v)));
    assertTrue(e.getMessage().contains("version"), e.getMessage());
  }

  @Test
  void everyTruncationIsAnIOExceptionNamingIt() throws IOException {
    byte[] b = small();
    for (int len = 0; len < b.length; len++) {
      byte[] cut = Arrays.copyOf(b, len);
      IOException e = assertThrows(IOException.class, () -> NameTransliterator.load(new ByteArrayInputStream(cut)),
          "length " + len);
      assertTrue(e.getMessage().contains("truncated") || e.getMessage().contains("corrupt"), e.getMessage());
    }
    byte[] longer = Arrays.copyOf(b, b.length + 1);
    IOException e = assertThrows(IOException.class, () -> NameTransliterator.load(new ByteArrayInputStream(longer)));
    assertTrue(e.getMessage().contains("trailing"), e.getMessage());
  }

  @Test
  void flippedBytesNeverGiveAnythingButIOExceptionOrAWorkingModel() throws IOException {
    byte[] b = small();
    java.util.Random r = new java.util.Random(7);
    for (int t = 0; t < 300; t++) {
      byte[] c = b.clone();
      c[r.nextInt(c.length)] ^= (byte) (1 << r.nextInt(8));
      try {
        NameTransliterator m = NameTransliterator.load(new ByteArrayInputStream(c));
        m.transliterate("Delhi Patna", 5);
      } catch (IOException expected) {
        // named problem: fine
      }
    }
  }
}
