package org.hindinlp.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated golden files of the tests: one case per line, {@code #} comment lines and
 * empty lines skipped (a line of spaces with a tab is a case: whitespace can be an input).
 */
public final class GoldenFile {

  /** One case: its 1-based line and its columns (no escapes decoded). */
  public record Row(int line, String[] cols) {

    /** Column {@code i}, or "" where the line has fewer columns. */
    public String col(int i) {
      return i < cols.length ? cols[i] : "";
    }

    /** Column {@code i} with its {@code \\uXXXX} escapes decoded. */
    public String unescaped(int i) {
      return Escapes.unescape(col(i));
    }
  }

  private GoldenFile() {}

  /**
   * Reads a golden file from the test class path.
   *
   * @param resource an absolute resource name, such as {@code /tokenize/golden.tsv}
   * @param minColumns the columns every case must have; fewer is an error naming the line
   */
  public static List<Row> read(String resource, int minColumns) {
    try (InputStream in = GoldenFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the test class path");
      }
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<Row> out = new ArrayList<>();
      int lineNo = 0;
      for (String line : all.split("\n", -1)) {
        lineNo++;
        if (line.isEmpty() || line.startsWith("#") || (line.isBlank() && line.indexOf('\t') < 0)) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length < minColumns) {
          throw new IllegalStateException(
              resource + ":" + lineNo + ": expected " + minColumns + " columns, got " + cols.length);
        }
        out.add(new Row(lineNo, cols));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
