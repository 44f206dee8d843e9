package org.hindinlp.ner.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Dense word vectors: search-normalized word → real-valued vector, used as real-valued features
 * of a token and its neighbours (experiment of docs/model-experiments.md, "Fourth round: dense
 * word vectors"; the shipped model does not use them). Built by {@code VectorBuilder} (test
 * scope). Immutable and thread-safe.
 */
final class WordVectors {

  private final Map<String, float[]> vectors;
  private final int dim;
  private final long checksum;
  private final boolean neighbours;

  WordVectors(Map<String, float[]> vectors, int dim, long checksum) {
    this(vectors, dim, checksum, true);
  }

  private WordVectors(Map<String, float[]> vectors, int dim, long checksum, boolean neighbours) {
    if (dim < 1) {
      throw new IllegalArgumentException("dim must be >= 1: " + dim);
    }
    for (float[] v : vectors.values()) {
      if (v.length != dim) {
        throw new IllegalArgumentException("vector of length " + v.length + ", expected " + dim);
      }
    }
    this.vectors = Collections.unmodifiableMap(new HashMap<>(vectors));
    this.dim = dim;
    this.checksum = checksum;
    this.neighbours = neighbours;
  }

  /** Whether the vectors of the tokens at −1 and +1 are features too (else only the token's). */
  boolean neighbours() {
    return neighbours;
  }

  /** A copy whose vectors are features of their own token only. */
  WordVectors withoutNeighbours() {
    return new WordVectors(vectors, dim, checksum, false);
  }

  /** The vector of a search-normalized word, or null (never modify it). */
  float[] vector(String searchForm) {
    return vectors.get(searchForm);
  }

  int dim() {
    return dim;
  }

  int size() {
    return vectors.size();
  }

  /** CRC32 of the source file, or 0. */
  long checksum() {
    return checksum;
  }

  /**
   * Reads {@code word<TAB>v1 v2 …} lines ({@code #} lines are comments), keeps the first {@code
   * maxDims} values of each and multiplies them by {@code scale}.
   */
  static WordVectors read(InputStream in, String name, float scale, int maxDims) throws IOException {
    byte[] bytes = in.readAllBytes();
    CRC32 crc = new CRC32();
    crc.update(bytes);
    String text = new String(bytes, StandardCharsets.UTF_8);
    Map<String, float[]> map = new HashMap<>(1 << 16);
    int dim = -1;
    int no = 0;
    for (String line : text.split("\n")) {
      no++;
      if (line.isEmpty() || line.charAt(0) == '#') {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        throw new IOException(name + ":" + no + ": expected word<TAB>values");
      }
      String[] f = line.substring(tab + 1).trim().split(" ");
      int d = Math.min(f.length, maxDims);
      if (dim < 0) {
        dim = d;
      } else if (d != dim) {
        throw new IOException(name + ":" + no + ": " + d + " values, expected " + dim);
      }
      float[] v = new float[d];
      try {
        for (int k = 0; k < d; k++) {
          v[k] = Float.parseFloat(f[k]) * scale;
        }
      } catch (NumberFormatException e) {
        throw new IOException(name + ":" + no + ": bad number", e);
      }
      map.put(line.substring(0, tab), v);
    }
    if (dim < 1) {
      throw new IOException(name + ": no vectors");
    }
    return new WordVectors(map, dim, crc.getValue());
  }
}
