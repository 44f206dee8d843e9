package org.hindinlp.robust;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import org.hindinlp.ner.model.NerModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model loader on bad files: the shipped model truncated at many lengths, corrupted with a
 * correct checksum (so the parser itself meets the damage), of another format version, missing, or
 * a directory. Each gives an IOException naming the file and the reason, never another exception.
 */
class ModelFileRobustnessTest {

  static byte[] good;

  @TempDir Path dir;

  @BeforeAll
  static void shipped() throws IOException {
    try (InputStream in = NerModel.class.getResourceAsStream(NerModel.DEFAULT_RESOURCE)) {
      good = in.readAllBytes();
    }
  }

  private IOException refused(byte[] bytes) throws IOException {
    Path f = dir.resolve("model.bin");
    Files.write(f, bytes);
    IOException e;
    try {
      NerModel.load(f);
      throw new AssertionError("loaded a damaged model of " + bytes.length + " bytes");
    } catch (IOException x) {
      e = x;
    } catch (RuntimeException | OutOfMemoryError | StackOverflowError x) {
      throw new AssertionError("damaged model of " + bytes.length + " bytes gave " + x, x);
    }
    assertTrue(e.getMessage().startsWith("model file " + f + ": "), e.getMessage());
    return e;
  }

  /** Writes the CRC32 of everything before the last 8 bytes into them, as the writer does. */
  private static byte[] withValidChecksum(byte[] b) {
    CRC32 crc = new CRC32();
    crc.update(b, 0, b.length - 8);
    long v = crc.getValue();
    for (int i = 0; i < 8; i++) {
      b[b.length - 1 - i] = (byte) (v >>> (8 * i));
    }
    return b;
  }

  @Test
  void truncatedAtAnyLength() throws IOException {
    Random r = new Random(1);
    for (int i = 0; i < 30; i++) {
      int len = i < 20 ? i : r.nextInt(good.length);
      refused(Arrays.copyOf(good, len));
    }
    refused(Arrays.copyOf(good, good.length - 1));
  }

  @Test
  void corruptedBytesWithAndWithoutAValidChecksum() throws IOException {
    Random r = new Random(2);
    for (int i = 0; i < 15; i++) {
      byte[] b = good.clone();
      int at = 12 + (i < 10 ? r.nextInt(Math.min(400, b.length - 20)) : r.nextInt(b.length - 20));
      b[at] ^= (byte) (1 + r.nextInt(255));
      assertTrue(refused(b).getMessage().contains("checksum"));
      try {
        NerModel.load(write(withValidChecksum(b)));
        // A flip inside a weight can give a valid (different) model: acceptable.
      } catch (IOException e) {
        assertTrue(e.getMessage().startsWith("model file "), e.getMessage());
      } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
        throw new AssertionError("corruption at byte " + at + " with a valid checksum gave " + e, e);
      }
    }
  }

  private Path write(byte[] b) throws IOException {
    Path f = dir.resolve("crc.bin");
    Files.write(f, b);
    return f;
  }

  @Test
  void otherFormatVersionsAndForeignFiles() throws IOException {
    byte[] v2 = good.clone();
    v2[11] = 2;
    assertTrue(refused(v2).getMessage().contains("unsupported format version 2"));
    assertTrue(refused("HNLPNER\n".getBytes()).getMessage().contains("bad magic"));
    byte[] noise = new byte[100_000];
    new Random(3).nextBytes(noise);
    assertTrue(refused(noise).getMessage().contains("bad magic"));
  }

  @Test
  void missingFileAndDirectoryNameTheFile() {
    Path missing = dir.resolve("none.bin");
    IOException m = assertThrows(IOException.class, () -> NerModel.load(missing));
    assertTrue(m.getMessage().contains(missing.toString()), m.getMessage());
    IOException d = assertThrows(IOException.class, () -> NerModel.load(dir));
    assertTrue(d.getMessage() != null, "a directory gives an error");
  }
}
