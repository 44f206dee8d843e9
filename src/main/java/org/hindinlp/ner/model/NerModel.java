package org.hindinlp.ner.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;

/**
 * A trained sequence model for PERSON, LOCATION and ORGANIZATION: an averaged structured
 * perceptron over BILOU labels with exact Viterbi decoding, so that no invalid label sequence
 * comes out. It tags pre-tokenized sentences and returns CoNLL-style BIO labels ({@code B-PERSON},
 * {@code I-LOCATION}, {@code O}).
 *
 * <p>File format (version {@value #FORMAT_VERSION}): the magic {@code HNLPNER\n}, the format
 * version, a header (entity types, feature-template version, word-cluster checksum, training data
 * description, training settings, the id of the list features it was trained with), a deflated
 * body with the weights, and a CRC32 of everything before it. A truncated, corrupted or incompatible file is refused with an {@link IOException}
 * naming the file and the reason.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class NerModel {

  /** Current format version of the binary model file. */
  public static final int FORMAT_VERSION = 1;

  /** Classpath resource of the shipped model, next to this class. */
  public static final String DEFAULT_RESOURCE = "ner-model.bin";

  private static final byte[] MAGIC = "HNLPNER\n".getBytes(StandardCharsets.US_ASCII);

  private static volatile NerModel defaultModel;

  private final LabelSet labels;
  private final FeatureExtractor features;
  private final String description;
  private final String settings;
  private final String gazetteerId; // "none", EntityListFeatures.BUILT_IN_ID, or another id
  private volatile GazetteerFeatures defaultGazetteer;
  // Weights: open-addressing table of feature keys → feature id; sparse rows per feature.
  private final long[] keys; // sorted by key (file order)
  // Slot i: table[2i] = key, table[2i + 1] = (first row entry << 8) | number of entries.
  private final long[] table;
  private final int mask;
  private final int[] rowStart;
  private final byte[] rowLabel;
  private final float[] rowWeight;
  private final float[] trans;
  private final float[] start;
  private final float[] end;
  private final float entityBias; // added to the score of every entity start (B-, U-)

  NerModel(
      LabelSet labels,
      FeatureExtractor features,
      String description,
      String settings,
      String gazetteerId,
      long[] keys,
      int[] rowStart,
      byte[] rowLabel,
      float[] rowWeight,
      float[] trans,
      float[] start,
      float[] end,
      float entityBias) {
    this.labels = labels;
    this.entityBias = entityBias;
    // Its own extractor: the token cache holds this model's summed weights.
    this.features = new FeatureExtractor(features.clusters());
    this.description = description;
    this.settings = settings;
    this.gazetteerId = gazetteerId;
    this.keys = keys;
    this.rowStart = rowStart;
    this.rowLabel = rowLabel;
    this.rowWeight = rowWeight;
    this.trans = trans;
    this.start = start;
    this.end = end;
    int cap = Integer.highestOneBit(Math.max(16, keys.length * 2 - 1)) << 1;
    table = new long[2 * cap];
    mask = cap - 1;
    for (int id = 0; id < keys.length; id++) {
      int slot = slot(keys[id]);
      while (table[2 * slot] != 0) {
        slot = (slot + 1) & mask;
      }
      table[2 * slot] = keys[id];
      table[2 * slot + 1] = ((long) rowStart[id] << 8) | (rowStart[id + 1] - rowStart[id]);
    }
  }

  private int slot(long key) {
    return (int) (key ^ (key >>> 32)) & mask;
  }

  /** The packed row of a feature, or -1. */
  private long lookup(long key) {
    int slot = slot(key);
    long k;
    while ((k = table[2 * slot]) != 0) {
      if (k == key) {
        return table[2 * slot + 1];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /** Feature keys are never 0 (0 marks an empty slot). */
  static long key(long hash) {
    return hash == 0 ? 1 : hash;
  }

  /** The shipped model, loaded once from the classpath. */
  public static NerModel loadDefault() throws IOException {
    NerModel m = defaultModel;
    if (m == null) {
      synchronized (NerModel.class) {
        m = defaultModel;
        if (m == null) {
          try (InputStream in = NerModel.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
              throw new IOException("model resource missing: " + DEFAULT_RESOURCE);
            }
            m = read(in.readAllBytes(), DEFAULT_RESOURCE, WordClusters.loadDefault());
          }
          defaultModel = m;
        }
      }
    }
    return m;
  }

  /** Loads a model file written by {@link #save(Path)} (it uses the shipped word clusters). */
  public static NerModel load(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    if (Files.isDirectory(file)) {
      throw new IOException(file + ": is a directory, not a model file");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new IOException(file + ": no such model file", e);
    } catch (java.nio.file.AccessDeniedException e) {
      throw new IOException(file + ": permission denied", e);
    }
    return read(bytes, file.toString(), WordClusters.loadDefault());
  }

  /** Loads a model from a stream; {@code name} names the source in error messages. */
  public static NerModel load(InputStream in, String name) throws IOException {
    return read(in.readAllBytes(), name, WordClusters.loadDefault());
  }

  /** Entity types, in label order. */
  public List<String> types() {
    return labels.types();
  }

  /** The training data description stored in the file header. */
  public String description() {
    return description;
  }

  /** Training and feature settings stored in the file header. */
  public String settings() {
    return settings;
  }

  /** Number of features with a weight. */
  public int featureCount() {
    return keys.length;
  }

  /**
   * Tags one pre-tokenized sentence.
   *
   * @param tokens the tokens (normalize them with {@code DevanagariNormalizer.canonical()} first)
   * @return one BIO label per token
   */
  public List<String> tag(List<String> tokens) {
    return tag(tokens, defaultGazetteer());
  }

  /**
   * The list features used when none are given: the built-in lists ({@link
   * EntityListFeatures#builtIn()}) for a model trained with them, otherwise none.
   */
  public GazetteerFeatures defaultGazetteer() {
    GazetteerFeatures g = defaultGazetteer;
    if (g == null) {
      g = EntityListFeatures.isBuiltInId(gazetteerId)
          ? EntityListFeatures.builtIn()
          : GazetteerFeatures.NONE;
      defaultGazetteer = g;
    }
    return g;
  }

  /**
   * The id of the list features the model was trained with: {@code none}, {@link
   * EntityListFeatures#BUILT_IN_ID}, or the id of other {@link EntityListFeatures}; tag with the
   * same kind of features (a user's lists may be added with {@link
   * EntityListFeatures#withUserNames}).
   */
  public String gazetteerId() {
    return gazetteerId;
  }

  /**
   * The entities of one pre-tokenized sentence as spans, straight from the decoded BILOU labels
   * (no label strings in between).
   *
   * @param tokens the canonically normalized tokens
   * @param gazetteer list-membership features ({@link GazetteerFeatures#NONE} for none)
   * @return one span per entity, in order
   */
  public List<Span> spans(List<String> tokens, GazetteerFeatures gazetteer) {
    int[] y = decode(tokens, gazetteer);
    List<Span> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < y.length; i++) {
      if (y[i] == LabelSet.O) {
        start = -1;
        continue;
      }
      int part = LabelSet.part(y[i]); // 0 B, 1 I, 2 L, 3 U; decoding keeps the sequence valid
      if (part == 0) {
        start = i;
      } else if (part == 3) {
        out.add(new Span(i, i + 1, labels.types().get(LabelSet.type(y[i]))));
        start = -1;
      } else if (part == 2 && start >= 0) {
        out.add(new Span(start, i + 1, labels.types().get(LabelSet.type(y[i]))));
        start = -1;
      }
    }
    return out;
  }

  /**
   * An entity of a sentence: tokens {@code [start, end)} and its type.
   *
   * @param start the first token
   * @param end the token after the last
   * @param type the entity type (PERSON, LOCATION, ORGANIZATION)
   */
  public record Span(int start, int end, String type) {}

  /**
   * Tags one pre-tokenized sentence, with list-membership features from {@code gazetteer} ({@link
   * GazetteerFeatures#NONE} for none).
   */
  public List<String> tag(List<String> tokens, GazetteerFeatures gazetteer) {
    return labels.toBio(decode(tokens, gazetteer));
  }

  /**
   * Decodes with the per-token cache: the summed weights of each token's feature groups are
   * computed once per distinct token; only bigrams and list tags are looked up per position.
   */
  int[] decode(List<String> tokens, GazetteerFeatures gazetteer) {
    FeatureExtractor.Tok[] t = features.toks(tokens);
    List<List<String>> gaz = FeatureExtractor.gazetteerTags(tokens, gazetteer);
    int n = t.length;
    int L = labels.size();
    float[] emit = new float[n * L];
    for (int i = 0; i < n; i++) {
      int base = i * L;
      addGroup(emit, base, t[i], FeatureExtractor.OWN);
      addGroup(emit, base, features.at(t, i - 2), FeatureExtractor.AS_NEXT2);
      addGroup(emit, base, features.at(t, i - 1), FeatureExtractor.AS_NEXT1);
      addGroup(emit, base, features.at(t, i + 1), FeatureExtractor.AS_PREV1);
      addGroup(emit, base, features.at(t, i + 2), FeatureExtractor.AS_PREV2);
      for (long f : features.contextual(t, i, gaz)) {
        addFeature(emit, base, f);
      }
    }
    return finish(emit, n);
  }

  private void addGroup(float[] emit, int base, FeatureExtractor.Tok tok, int group) {
    float[] w = tok.weights;
    if (w == null) {
      int L = labels.size();
      w = new float[FeatureExtractor.GROUPS * L];
      for (int g = 0; g < FeatureExtractor.GROUPS; g++) {
        for (long f : FeatureExtractor.group(tok, g)) {
          addFeature(w, g * L, f);
        }
      }
      tok.weights = w;
    }
    int L = labels.size();
    int off = group * L;
    for (int y = 0; y < L; y++) {
      emit[base + y] += w[off + y];
    }
  }

  private void addFeature(float[] emit, int base, long f) {
    long row = lookup(key(f));
    if (row < 0) {
      return;
    }
    for (int r = (int) (row >>> 8), e = r + (int) (row & 0xFF); r < e; r++) {
      emit[base + rowLabel[r]] += rowWeight[r];
    }
  }

  /** Reference decoder over all features of each position (no cache); same result. */
  int[] decode(long[][] feats) {
    int n = feats.length;
    int L = labels.size();
    float[] emit = new float[n * L];
    for (int i = 0; i < n; i++) {
      for (long f : feats[i]) {
        addFeature(emit, i * L, f);
      }
    }
    return finish(emit, n);
  }

  private int[] finish(float[] emit, int n) {
    int L = labels.size();
    if (entityBias != 0f) {
      for (int i = 0; i < n; i++) {
        for (int y = 1; y < L; y++) {
          int part = LabelSet.part(y);
          if (part == 0 || part == 3) {
            emit[i * L + y] += entityBias;
          }
        }
      }
    }
    return Viterbi.decode(labels, n, emit, trans, start, end);
  }

  /** The bonus added to the score of every entity start, to trade precision for recall. */
  float entityBias() {
    return entityBias;
  }

  /** A copy with another entity-start bonus (tuned on held-out data). */
  NerModel withEntityBias(float bias) {
    NerModel m =
        new NerModel(labels, features, description, settings, gazetteerId, keys, rowStart, rowLabel,
            rowWeight, trans, start, end, bias);
    return m;
  }

  LabelSet labels() {
    return labels;
  }

  FeatureExtractor features() {
    return features;
  }

  /** Writes the model file. */
  public void save(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(out);
    }
  }

  /** Writes the model to a stream (not closed). */
  public void write(OutputStream out) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
    DataOutputStream d = new DataOutputStream(bytes);
    d.write(MAGIC);
    d.writeInt(FORMAT_VERSION);
    d.writeUTF(String.join(",", labels.types()));
    d.writeInt(FeatureExtractor.VERSION);
    d.writeLong(features.clusters().checksum());
    d.writeInt(features.clusters().size());
    writeLongUtf(d, description);
    writeLongUtf(d, settings);
    d.writeUTF(gazetteerId);
    d.writeInt(keys.length);
    d.writeInt(rowLabel.length);
    ByteArrayOutputStream raw = new ByteArrayOutputStream(1 << 20);
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    try (DataOutputStream b = new DataOutputStream(new DeflaterOutputStream(raw, deflater, 1 << 16))) {
      long prev = Long.MIN_VALUE;
      for (long k : keys) {
        b.writeLong(k - prev); // sorted keys: deltas compress better
        prev = k;
      }
      for (int id = 0; id < keys.length; id++) {
        b.writeByte(rowStart[id + 1] - rowStart[id]);
      }
      b.write(rowLabel);
      for (float w : rowWeight) {
        b.writeFloat(w);
      }
      for (float w : trans) {
        b.writeFloat(w);
      }
      for (float w : start) {
        b.writeFloat(w);
      }
      for (float w : end) {
        b.writeFloat(w);
      }
      b.writeFloat(entityBias);
    } finally {
      deflater.end();
    }
    d.writeInt(raw.size());
    raw.writeTo(d);
    d.flush();
    CRC32 crc = new CRC32();
    crc.update(bytes.toByteArray());
    d.writeLong(crc.getValue());
    d.flush();
    bytes.writeTo(out);
    out.flush();
  }

  private static void writeLongUtf(DataOutputStream d, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    d.writeInt(b.length);
    d.write(b);
  }

  private static String readLongUtf(DataInputStream d, int max) throws IOException {
    int len = d.readInt();
    if (len < 0 || len > max) {
      throw new IOException("bad string length " + len);
    }
    byte[] b = new byte[len];
    d.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  static NerModel read(byte[] data, String name, WordClusters clusters) throws IOException {
    String where = "model file " + name + ": ";
    if (data.length < MAGIC.length + 4 || !Arrays.equals(Arrays.copyOf(data, MAGIC.length), MAGIC)) {
      throw new IOException(where + "not a hindi-nlp NER model (bad magic number)");
    }
    DataInputStream d = new DataInputStream(new ByteArrayInputStream(data));
    d.skipBytes(MAGIC.length);
    int version = d.readInt();
    if (version != FORMAT_VERSION) {
      throw new IOException(
          where + "unsupported format version " + version + " (this library reads " + FORMAT_VERSION + ")");
    }
    if (data.length < MAGIC.length + 12) {
      throw new IOException(where + "truncated");
    }
    CRC32 crc = new CRC32();
    crc.update(data, 0, data.length - 8);
    long stored = 0;
    for (int i = data.length - 8; i < data.length; i++) {
      stored = (stored << 8) | (data[i] & 0xFF);
    }
    if (crc.getValue() != stored) {
      throw new IOException(where + "checksum mismatch: the file is corrupted or truncated");
    }
    try {
      List<String> types = List.of(d.readUTF().split(","));
      int featureVersion = d.readInt();
      if (featureVersion != FeatureExtractor.VERSION) {
        throw new IOException(
            where + "trained with feature templates version " + featureVersion
                + ", this library computes version " + FeatureExtractor.VERSION + "; retrain the model");
      }
      long clusterSum = d.readLong();
      int clusterSize = d.readInt();
      WordClusters used = clusters;
      if (clusterSize == 0) {
        used = WordClusters.EMPTY;
      } else if (clusterSum != clusters.checksum()) {
        throw new IOException(
            where + "trained with other word clusters (checksum " + Long.toHexString(clusterSum)
                + ", " + clusterSize + " words) than the ones available ("
                + Long.toHexString(clusters.checksum()) + ", " + clusters.size() + " words)");
      }
      String description = readLongUtf(d, 1 << 20);
      String settings = readLongUtf(d, 1 << 20);
      String gazetteerId = d.readUTF();
      int nFeat = d.readInt();
      int nEntries = d.readInt();
      LabelSet labels = new LabelSet(types);
      int L = labels.size();
      if (nFeat < 0 || nEntries < 0 || nEntries > (long) nFeat * L || nFeat > 1 << 26) {
        throw new IOException(where + "bad feature counts " + nFeat + "/" + nEntries);
      }
      int bodyLen = d.readInt();
      if (bodyLen < 0 || bodyLen != d.available() - 8) {
        throw new IOException(where + "body length " + bodyLen + " does not match the file");
      }
      long expected =
          9L * nFeat + 5L * nEntries + 4L * (L * L + 2 * L + 1);
      byte[] body = new byte[(int) expected];
      Inflater inflater = new Inflater();
      try {
        inflater.setInput(data, data.length - 8 - bodyLen, bodyLen);
        int got = 0;
        while (got < body.length) {
          int r = inflater.inflate(body, got, body.length - got);
          if (r == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
            break;
          }
          got += r;
        }
        if (got < body.length) {
          throw new IOException(where + "truncated body (" + got + " of " + body.length + " bytes)");
        }
        if (!inflater.finished() && inflater.inflate(new byte[1]) > 0) {
          throw new IOException(where + "unexpected data after the weights");
        }
      } catch (java.util.zip.DataFormatException e) {
        throw new IOException(where + "corrupted body: " + e.getMessage(), e);
      } finally {
        inflater.end();
      }
      java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(body); // big-endian, like DataOutputStream
      long[] keys = new long[nFeat];
      buf.asLongBuffer().get(keys);
      buf.position(buf.position() + 8 * nFeat);
      long prev = Long.MIN_VALUE;
      for (int i = 0; i < nFeat; i++) {
        prev += keys[i];
        keys[i] = prev;
        if (i > 0 && keys[i] <= keys[i - 1]) {
          throw new IOException(where + "feature keys out of order");
        }
      }
      int[] rowStart = new int[nFeat + 1];
      for (int i = 0; i < nFeat; i++) {
        int len = buf.get() & 0xFF;
        if (len == 0 || len > L) {
          throw new IOException(where + "bad row length " + len);
        }
        rowStart[i + 1] = rowStart[i] + len;
      }
      if (rowStart[nFeat] != nEntries) {
        throw new IOException(where + "row lengths do not add up");
      }
      byte[] rowLabel = new byte[nEntries];
      buf.get(rowLabel);
      for (byte l : rowLabel) {
        if (l < 0 || l >= L) {
          throw new IOException(where + "label id " + l + " out of range");
        }
      }
      float[] rowWeight = readFloats(buf, nEntries);
      float[] trans = readFloats(buf, L * L);
      float[] start = readFloats(buf, L);
      float[] end = readFloats(buf, L);
      float bias = buf.getFloat();
      return new NerModel(
          labels, new FeatureExtractor(used), description, settings, gazetteerId, keys, rowStart,
          rowLabel, rowWeight, trans, start, end, bias);
    } catch (EOFException e) {
      throw new IOException(where + "truncated", e);
    } catch (IllegalArgumentException e) {
      throw new IOException(where + "invalid header: " + e.getMessage(), e);
    }
  }

  private static float[] readFloats(java.nio.ByteBuffer buf, int n) {
    float[] out = new float[n];
    buf.asFloatBuffer().get(out);
    buf.position(buf.position() + 4 * n);
    return out;
  }

  @Override
  public String toString() {
    return "NerModel[types=" + labels.types() + ", features=" + keys.length + ", " + description + "]";
  }

}
