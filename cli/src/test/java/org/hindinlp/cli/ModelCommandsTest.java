package org.hindinlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train}, {@code evaluate} and {@code tag --input conll}. */
class ModelCommandsTest {

  @TempDir Path dir;

  private static final String CONLL =
      "रमेश B-PERSON\nमिश्रा I-PERSON\nने O\nदिल्ली B-LOCATION\nमें O\nकहा O\n\n"
          + "सीता B-PERSON\nवर्मा I-PERSON\nपटना B-LOCATION\nगईं O\n\n";

  @Test
  void trainEvaluateTag() throws IOException {
    Path train = dir.resolve("train.conll");
    Files.writeString(train, CONLL.repeat(5));
    Path model = dir.resolve("m.bin");
    CliRunner.Result t =
        CliRunner.run("", "train", "--train", train.toString(), "--out", model.toString(), "--epochs", "2");
    assertEquals(0, t.exitCode(), t.err());
    assertTrue(Files.size(model) > 0);
    assertTrue(t.err().contains("epoch"), "progress per epoch on stderr: " + t.err());

    CliRunner.Result e =
        CliRunner.run("", "evaluate", "--gold", train.toString(), "--model", model.toString(), "--model-only");
    assertEquals(0, e.exitCode(), e.err());
    assertTrue(e.out().contains("micro"), e.out());
    assertTrue(e.out().contains("PERSON"), e.out());

    CliRunner.Result g = CliRunner.run("रमेश\nमिश्रा\nने\nकहा\n\nKCNA\nके\nअनुसार\n", "tag", "--input", "conll");
    assertEquals(0, g.exitCode(), g.err());
    String[] lines = g.out().split("\n");
    assertEquals("रमेश\tB-PERSON", lines[0]);
    assertEquals("मिश्रा\tI-PERSON", lines[1]);
    assertEquals("ने\tO", lines[2]);
    assertEquals("", lines[4], "a blank line ends a sentence");
    assertEquals("KCNA\tB-ORGANIZATION", lines[5]);
  }

  @Test
  void trainingIsDeterministicForASeed() throws IOException {
    Path train = dir.resolve("train.conll");
    Files.writeString(train, CONLL.repeat(3));
    Path a = dir.resolve("a.bin");
    Path b = dir.resolve("b.bin");
    assertEquals(0, CliRunner.run("", "train", "--train", train.toString(), "--out", a.toString(), "--epochs", "2", "--seed", "7").exitCode());
    assertEquals(0, CliRunner.run("", "train", "--train", train.toString(), "--out", b.toString(), "--epochs", "2", "--seed", "7").exitCode());
    assertEquals(-1L, Files.mismatch(a, b));
  }

  @Test
  void errors() throws IOException {
    CliRunner.Result missing = CliRunner.run("", "evaluate", "--gold", dir.resolve("none.conll").toString());
    assertEquals(2, missing.exitCode());
    assertEquals("", missing.out());
    Path bad = dir.resolve("bad.bin");
    Files.write(bad, new byte[] {1, 2, 3, 4, 5});
    CliRunner.Result corrupt = CliRunner.run("x\n", "tag", "--input", "conll", "--model", bad.toString());
    assertEquals(2, corrupt.exitCode(), corrupt.err());
    assertEquals("", corrupt.out());
    assertTrue(corrupt.err().contains("bad.bin"), corrupt.err());
    assertEquals(2, CliRunner.run("x\n", "tag", "--input", "json").exitCode());
    CliRunner.Result dirModel = CliRunner.run("x\n", "tag", "--input", "conll", "--model", dir.toString());
    assertEquals(2, dirModel.exitCode());
    assertTrue(dirModel.err().contains(dir + ": is a directory"), dirModel.err());
    CliRunner.Result noModel =
        CliRunner.run("x\n", "tag", "--input", "conll", "--model", dir.resolve("none.bin").toString());
    assertEquals(2, noModel.exitCode());
    assertTrue(noModel.err().contains("none.bin: no such model file"), noModel.err());
  }
}
