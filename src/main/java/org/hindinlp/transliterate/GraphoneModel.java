package org.hindinlp.transliterate;

import java.io.ByteArrayInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A joint-sequence model: an n-gram model over graphones (pairs of a Latin substring and a
 * Devanagari substring), with back-off weights, as written by the test-scope trainer. Immutable.
 *
 * <p>Graphone 0 is the word boundary ({@code <s>} in a history, {@code </s>} when predicted). An
 * n-gram key packs its graphone ids (15 bits each) below a sentinel bit, so keys of different
 * orders never collide: {@code key(h1..hk, g)} and {@code context(h1..hk)}.
 */
final class GraphoneModel {

  static final int MAGIC = 0x484E5452; // "HNTR"
  static final int VERSION = 1;
  static final int BITS = 15;
  static final int MAX_GRAPHONES = 1 << BITS;
  static final long MASK = MAX_GRAPHONES - 1;
  static final int MAX_ORDER = 4;
  static final int MAX_LATIN = 4;

  final int order;
  final String[] latin;
  final String[] dev;
  /** The longest Latin side of any graphone. */
  final int maxLatin;
  private final Map<String, int[]> byLatin;
  private final LongFloatMap logProb;
  private final LongFloatMap backoff;

  GraphoneModel(int order, String[] latin, String[] dev, long[] keys, float[] logProbs, float[] backoffs) {
    this.order = order;
    this.latin = latin.clone();
    this.dev = dev.clone();
    Map<String, List<Integer>> m = new HashMap<>();
    for (int g = 1; g < latin.length; g++) {
      m.computeIfAbsent(latin[g], k -> new ArrayList<>()).add(g);
    }
    Map<String, int[]> bl = new HashMap<>();
    m.forEach((k, v) -> bl.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    this.byLatin = bl;
    int ml = 1;
    for (int g = 1; g < latin.length; g++) {
      ml = Math.max(ml, latin[g].length());
    }
    this.maxLatin = ml;
    this.logProb = new LongFloatMap(keys.length);
    this.backoff = new LongFloatMap(keys.length / 4 + 1);
    for (int i = 0; i < keys.length; i++) {
      if (!Float.isNaN(logProbs[i])) {
        logProb.put(keys[i], logProbs[i]);
      }
      if (backoffs[i] != 0f) {
        backoff.put(contextOf(keys[i]), backoffs[i]);
      }
    }
  }

  /** The graphones whose Latin side is {@code s}, or null. */
  int[] graphones(String s) {
    return byLatin.get(s);
  }

  /** Key of the n-gram made of the last {@code k} ids of {@code hist} followed by {@code g}. */
  static long key(long hist, int k, int g) {
    return ((contextKey(hist, k)) << BITS) | g;
  }

  /** Key of the context made of the last {@code k} ids of {@code hist}. */
  static long contextKey(long hist, int k) {
    long suffix = k == 0 ? 0 : hist & ((1L << (BITS * k)) - 1);
    return (1L << (BITS * k)) | suffix;
  }

  /** The key of an n-gram read as a context (the same ids, sentinel moved up). */
  static long contextOf(long ngramKey) {
    return ngramKey; // an n-gram key is the context key of the same id sequence
  }

  /** Number of ids in a key (n-gram or context). */
  static int length(long key) {
    int bits = 63 - Long.numberOfLeadingZeros(key);
    return bits / BITS;
  }

  /**
   * Natural-log probability of graphone {@code g} after the history (last {@code len} ids of
   * {@code hist}, newest in the low bits), backing off to shorter histories.
   */
  double logProb(long hist, int len, int g) {
    double acc = 0;
    for (int k = Math.min(len, order - 1); k >= 0; k--) {
      float p = logProb.get(key(hist, k, g));
      if (!Float.isNaN(p)) {
        return acc + p;
      }
      float b = backoff.get(contextKey(hist, k));
      if (!Float.isNaN(b)) {
        acc += b;
      }
    }
    return acc - 30; // unseen graphone: a fixed, very low probability
  }

  /**
   * Prepares the back-off chain of a history for {@link #logProb(long[], double[], int, int)}:
   * {@code ctx[k]} is the key of the last k ids, {@code bow[k]} the summed back-off weights of the
   * contexts longer than k. Returns the longest usable context length.
   */
  int chain(long hist, int len, long[] ctx, double[] bow) {
    int top = Math.min(len, order - 1);
    double acc = 0;
    for (int k = top; k >= 0; k--) {
      ctx[k] = contextKey(hist, k);
      bow[k] = acc;
      float b = backoff.get(ctx[k]);
      if (!Float.isNaN(b)) {
        acc += b;
      }
    }
    return top;
  }

  /** The same as {@link #logProb(long, int, int)}, with a chain prepared by {@link #chain}. */
  double logProb(long[] ctx, double[] bow, int top, int g) {
    for (int k = top; k >= 0; k--) {
      float p = logProb.get((ctx[k] << BITS) | g);
      if (!Float.isNaN(p)) {
        return bow[k] + p;
      }
    }
    return bow[0] - 30; // unseen graphone, as in logProb(long, int, int)
  }

  /** Number of stored n-grams. */
  int size() {
    return logProb.size();
  }

  // ---- file format ------------------------------------------------------------------------

  /**
   * Writes the model: magic, version, order, graphones, then the n-grams sorted by key (key,
   * log-probability, back-off weight), so the same model always gives the same bytes.
   */
  static void write(OutputStream out, int order, String[] latin, String[] dev, long[] keys,
      float[] logProbs, float[] backoffs) throws IOException {
    DataOutputStream d = new DataOutputStream(new BufferedOutputStream(out));
    d.writeInt(MAGIC);
    d.writeInt(VERSION);
    d.writeInt(order);
    d.writeInt(latin.length);
    for (int g = 0; g < latin.length; g++) {
      d.writeUTF(latin[g]);
      d.writeUTF(dev[g]);
    }
    Integer[] idx = new Integer[keys.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> Long.compare(keys[a], keys[b]));
    d.writeInt(keys.length);
    for (int i : idx) {
      d.writeLong(keys[i]);
      d.writeFloat(logProbs[i]);
      d.writeFloat(backoffs[i]);
    }
    d.writeInt(MAGIC);
    d.flush();
  }

  /** Reads a model written by {@link #write}; any defect is an IOException naming it. */
  static GraphoneModel read(InputStream in) throws IOException {
    byte[] bytes = in.readAllBytes();
    DataInputStream d = new DataInputStream(new ByteArrayInputStream(bytes));
    try {
      int magic = d.readInt();
      if (magic != MAGIC) {
        throw new IOException(String.format(
            "not a transliteration model: bad magic number 0x%08X (expected 0x%08X)", magic, MAGIC));
      }
      int version = d.readInt();
      if (version != VERSION) {
        throw new IOException("unsupported transliteration model version " + version
            + " (this library reads version " + VERSION + ")");
      }
      int order = d.readInt();
      if (order < 1 || order > MAX_ORDER) {
        throw new IOException("corrupt transliteration model: order " + order + " (1.." + MAX_ORDER + ")");
      }
      int n = d.readInt();
      if (n < 2 || n > MAX_GRAPHONES) {
        throw new IOException("corrupt transliteration model: " + n + " graphones");
      }
      String[] latin = new String[n];
      String[] dev = new String[n];
      for (int g = 0; g < n; g++) {
        latin[g] = d.readUTF();
        dev[g] = d.readUTF();
        boolean ok = g == 0
            ? latin[g].isEmpty() && dev[g].isEmpty()
            : latin[g].length() >= 1 && latin[g].length() <= MAX_LATIN
                && latin[g].chars().allMatch(c -> c >= 'a' && c <= 'z') && dev[g].length() <= 8;
        if (!ok) {
          throw new IOException("corrupt transliteration model: bad graphone " + g);
        }
      }
      int e = d.readInt();
      if (e < 0 || e > 50_000_000) {
        throw new IOException("corrupt transliteration model: " + e + " n-grams");
      }
      ByteBuffer bb = ByteBuffer.wrap(bytes, bytes.length - d.available(), d.available());
      if (bb.remaining() < (long) e * 16 + 4) {
        throw new EOFException();
      }
      long[] keys = new long[e];
      float[] lp = new float[e];
      float[] bo = new float[e];
      long prev = 0;
      for (int i = 0; i < e; i++) {
        long k = bb.getLong();
        int len = k <= 0 ? 0 : length(k);
        if (k <= prev || len < 1 || len > order) {
          throw new IOException("corrupt transliteration model: bad n-gram key at entry " + i);
        }
        for (int j = 0; j < len; j++) {
          if (((k >>> (BITS * j)) & MASK) >= n) {
            throw new IOException("corrupt transliteration model: graphone id out of range at entry " + i);
          }
        }
        prev = k;
        keys[i] = k;
        lp[i] = bb.getFloat();
        bo[i] = bb.getFloat();
        if (!(lp[i] <= 0) && !Float.isNaN(lp[i]) || Float.isInfinite(bo[i]) || Float.isNaN(bo[i])) {
          throw new IOException("corrupt transliteration model: bad weight at entry " + i);
        }
      }
      if (bb.getInt() != MAGIC) {
        throw new IOException("corrupt transliteration model: bad end marker");
      }
      if (bb.hasRemaining()) {
        throw new IOException("corrupt transliteration model: trailing bytes after the end marker");
      }
      return new GraphoneModel(order, latin, dev, keys, lp, bo);
    } catch (EOFException ex) {
      throw new IOException("transliteration model truncated (unexpected end of file)", ex);
    }
  }

  /** Open-addressing map from non-zero long keys to floats; {@code get} gives NaN when absent. */
  static final class LongFloatMap {
    private long[] keys;
    private float[] vals;
    private int size;

    LongFloatMap(int expected) {
      int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
      keys = new long[cap];
      vals = new float[cap];
    }

    private static int mix(long k) {
      long h = k * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 29) ^ (h >>> 41));
    }

    void put(long k, float v) {
      if ((size + 1) * 2 > keys.length) {
        grow();
      }
      int m = keys.length - 1;
      int i = mix(k) & m;
      while (keys[i] != 0 && keys[i] != k) {
        i = (i + 1) & m;
      }
      if (keys[i] == 0) {
        size++;
      }
      keys[i] = k;
      vals[i] = v;
    }

    float get(long k) {
      int m = keys.length - 1;
      int i = mix(k) & m;
      long c;
      while ((c = keys[i]) != 0) {
        if (c == k) {
          return vals[i];
        }
        i = (i + 1) & m;
      }
      return Float.NaN;
    }

    int size() {
      return size;
    }

    private void grow() {
      long[] ok = keys;
      float[] ov = vals;
      keys = new long[ok.length * 2];
      vals = new float[ok.length * 2];
      size = 0;
      for (int i = 0; i < ok.length; i++) {
        if (ok[i] != 0) {
          put(ok[i], ov[i]);
        }
      }
    }
  }
}
