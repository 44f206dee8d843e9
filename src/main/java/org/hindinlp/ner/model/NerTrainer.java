package org.hindinlp.ner.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains a {@link NerModel}: an averaged structured perceptron (Collins 2002) over BILOU labels,
 * decoding with the same constrained Viterbi as tagging. Deterministic for a given seed: the
 * sentence order of each epoch is a seeded shuffle, and nothing else is random.
 *
 * <p>Static and stateless between calls: thread-safe; each call trains its own model.
 */
public final class NerTrainer {

  /**
   * Training settings.
   *
   * @param epochs passes over the data
   * @param seed shuffle seed
   * @param minCount features seen fewer times in the training data are dropped
   * @param gazetteer list-membership features used in training (and to be used when tagging)
   * @param description what the model was trained on, stored in the model header
   * @param useClusters whether to use the shipped word clusters
   */
  public record Options(
      int epochs,
      long seed,
      int minCount,
      GazetteerFeatures gazetteer,
      String description,
      boolean useClusters) {
    /** Validates. */
    public Options {
      if (epochs < 1) {
        throw new IllegalArgumentException("epochs must be >= 1: " + epochs);
      }
      if (minCount < 1) {
        throw new IllegalArgumentException("minCount must be >= 1: " + minCount);
      }
      gazetteer = gazetteer == null ? GazetteerFeatures.NONE : gazetteer;
      description = description == null ? "" : description;
    }

    /** Defaults: the settings of the shipped model. */
    public static Options defaults() {
      return new Options(9, 42L, 1, GazetteerFeatures.NONE, "", true);
    }

    /** A copy with another number of epochs. */
    public Options withEpochs(int e) {
      return new Options(e, seed, minCount, gazetteer, description, useClusters);
    }

    /** A copy with another seed. */
    public Options withSeed(long s) {
      return new Options(epochs, s, minCount, gazetteer, description, useClusters);
    }

    /** A copy with another description. */
    public Options withDescription(String d) {
      return new Options(epochs, seed, minCount, gazetteer, d, useClusters);
    }

    /** A copy with another gazetteer. */
    public Options withGazetteer(GazetteerFeatures g) {
      return new Options(epochs, seed, minCount, g, description, useClusters);
    }

    /** A copy with another feature count cut-off. */
    public Options withMinCount(int m) {
      return new Options(epochs, seed, m, gazetteer, description, useClusters);
    }

    /** A copy with or without word clusters. */
    public Options withClusters(boolean on) {
      return new Options(epochs, seed, minCount, gazetteer, description, on);
    }
  }

  private NerTrainer() {}

  /**
   * Trains a model.
   *
   * @param data training sentences (tokens canonically normalized, coarse BIO labels)
   * @param options settings
   * @param progress receives one line per epoch (may be null)
   */
  public static NerModel train(
      List<NerCorpus.Sentence> data, Options options, Consumer<String> progress) throws IOException {
    return train(data, options, progress, null);
  }

  /** As {@link #train}, also handing the averaged model of every epoch to {@code perEpoch}. */
  static NerModel train(
      List<NerCorpus.Sentence> data,
      Options options,
      Consumer<String> progress,
      EpochListener perEpoch)
      throws IOException {
    Objects.requireNonNull(data, "data");
    WordClusters clusters = options.useClusters() ? WordClusters.loadDefault() : WordClusters.EMPTY;
    return new Run(data, options, new FeatureExtractor(clusters), progress).train(perEpoch);
  }

  /** Callback with the averaged model after each epoch. */
  interface EpochListener {
    void epoch(int epoch, NerModel model);
  }

  private static final class Run {
    final Options options;
    final FeatureExtractor fx;
    final Consumer<String> progress;
    final LabelSet labels = new LabelSet(NerCorpus.TYPES);
    final int L = labels.size();
    final int[][][] feats;
    final int[][] gold;
    final LongIntMap index = new LongIntMap(1 << 20);
    final long[] keysById;
    float[] w;
    double[] u;
    final float[] trans;
    final double[] transU;
    final float[] start;
    final double[] startU;
    final float[] end;
    final double[] endU;
    long c = 1;

    Run(List<NerCorpus.Sentence> data, Options options, FeatureExtractor fx, Consumer<String> progress) {
      this.options = options;
      this.fx = fx;
      this.progress = progress;
      int n = data.size();
      long[][][] hashed = new long[n][][];
      LongIntMap counts = new LongIntMap(1 << 20);
      gold = new int[n][];
      for (int s = 0; s < n; s++) {
        NerCorpus.Sentence sent = data.get(s);
        hashed[s] = fx.extract(sent.tokens(), options.gazetteer());
        gold[s] = labels.fromBio(sent.labels());
        for (long[] tok : hashed[s]) {
          for (long f : tok) {
            counts.increment(NerModel.key(f));
          }
        }
      }
      feats = new int[n][][];
      List<Long> keys = new ArrayList<>();
      for (int s = 0; s < n; s++) {
        feats[s] = new int[hashed[s].length][];
        for (int i = 0; i < hashed[s].length; i++) {
          long[] tok = hashed[s][i];
          int[] ids = new int[tok.length];
          int k = 0;
          for (long f : tok) {
            long key = NerModel.key(f);
            if (counts.get(key) < options.minCount()) {
              continue;
            }
            int id = index.get(key);
            if (id < 0) {
              id = keys.size();
              index.put(key, id);
              keys.add(key);
            }
            ids[k++] = id;
          }
          feats[s][i] = Arrays.copyOf(ids, k);
        }
        hashed[s] = null;
      }
      keysById = new long[keys.size()];
      for (int i = 0; i < keysById.length; i++) {
        keysById[i] = keys.get(i);
      }
      w = new float[keysById.length * L];
      u = new double[keysById.length * L];
      trans = new float[L * L];
      transU = new double[L * L];
      start = new float[L];
      startU = new double[L];
      end = new float[L];
      endU = new double[L];
    }

    NerModel train(EpochListener perEpoch) {
      int n = feats.length;
      int[] order = new int[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      Random rnd = new Random(options.seed());
      float[] emit = new float[0];
      NerModel last = null;
      for (int epoch = 1; epoch <= options.epochs(); epoch++) {
        long t0 = System.nanoTime();
        for (int i = n - 1; i > 0; i--) {
          int j = rnd.nextInt(i + 1);
          int t = order[i];
          order[i] = order[j];
          order[j] = t;
        }
        int errors = 0;
        int tokens = 0;
        for (int s : order) {
          int[][] f = feats[s];
          int len = f.length;
          if (emit.length < len * L) {
            emit = new float[Math.max(len * L, emit.length * 2)];
          }
          Arrays.fill(emit, 0, len * L, 0f);
          for (int i = 0; i < len; i++) {
            int base = i * L;
            for (int id : f[i]) {
              int off = id * L;
              for (int y = 0; y < L; y++) {
                emit[base + y] += w[off + y];
              }
            }
          }
          int[] pred = Viterbi.decode(labels, len, emit, trans, start, end);
          int[] g = gold[s];
          tokens += len;
          if (!Arrays.equals(pred, g)) {
            for (int i = 0; i < len; i++) {
              if (pred[i] != g[i]) {
                errors++;
                for (int id : f[i]) {
                  update(w, u, id * L + g[i], 1);
                  update(w, u, id * L + pred[i], -1);
                }
              }
              if (i > 0 && (pred[i] != g[i] || pred[i - 1] != g[i - 1])) {
                update(trans, transU, g[i - 1] * L + g[i], 1);
                update(trans, transU, pred[i - 1] * L + pred[i], -1);
              }
            }
            if (len > 0 && pred[0] != g[0]) {
              update(start, startU, g[0], 1);
              update(start, startU, pred[0], -1);
            }
            if (len > 0 && pred[len - 1] != g[len - 1]) {
              update(end, endU, g[len - 1], 1);
              update(end, endU, pred[len - 1], -1);
            }
          }
          c++;
        }
        if (progress != null) {
          progress.accept(
              String.format(
                  java.util.Locale.ROOT,
                  "epoch %d/%d: %d sentences, token errors %d of %d (%.2f%%), %.1f s",
                  epoch, options.epochs(), n, errors, tokens, 100.0 * errors / Math.max(1, tokens),
                  (System.nanoTime() - t0) / 1e9));
        }
        if (perEpoch != null || epoch == options.epochs()) {
          last = averaged(epoch);
          if (perEpoch != null) {
            perEpoch.epoch(epoch, last);
          }
        }
      }
      return last;
    }

    private void update(float[] w, double[] u, int i, int d) {
      w[i] += d;
      u[i] += (double) c * d;
    }

    private float[] avg(float[] w, double[] u) {
      float[] out = new float[w.length];
      for (int i = 0; i < w.length; i++) {
        out[i] = (float) (w[i] - u[i] / c);
      }
      return out;
    }

    private NerModel averaged(int epochs) {
      int nf = keysById.length;
      // Sort features by key; keep non-zero averaged weights.
      Integer[] byKey = new Integer[nf];
      for (int i = 0; i < nf; i++) {
        byKey[i] = i;
      }
      Arrays.sort(byKey, (a, b) -> Long.compare(keysById[a], keysById[b]));
      long[] keys = new long[nf];
      int[] rowStart = new int[nf + 1];
      byte[] lab = new byte[nf * 4];
      float[] wt = new float[nf * 4];
      int kept = 0;
      int e = 0;
      for (int id : byKey) {
        int off = id * L;
        int before = e;
        for (int y = 0; y < L; y++) {
          float a = (float) (w[off + y] - u[off + y] / c);
          if (a != 0f) {
            if (e == lab.length) {
              lab = Arrays.copyOf(lab, lab.length * 2);
              wt = Arrays.copyOf(wt, wt.length * 2);
            }
            lab[e] = (byte) y;
            wt[e++] = a;
          }
        }
        if (e > before) {
          keys[kept] = keysById[id];
          rowStart[++kept] = e;
        }
      }
      String settings =
          "perceptron averaged; labels BILOU; epochs "
              + epochs
              + "; seed "
              + options.seed()
              + "; minCount "
              + options.minCount()
              + "; featureTemplates "
              + FeatureExtractor.VERSION
              + "; clusters "
              + (fx.clusters().size() > 0 ? fx.clusters().size() + " words" : "none")
              + "; gazetteer "
              + gazetteerId(options.gazetteer())
              + "; sentences "
              + feats.length;
      return new NerModel(
          labels,
          fx,
          options.description(),
          settings,
          gazetteerId(options.gazetteer()),
          Arrays.copyOf(keys, kept),
          Arrays.copyOf(rowStart, kept + 1),
          Arrays.copyOf(lab, e),
          Arrays.copyOf(wt, e),
          avg(trans, transU),
          avg(start, startU),
          avg(end, endU),
          0f);
    }
  }

  static String gazetteerId(GazetteerFeatures g) {
    if (g == null || g == GazetteerFeatures.NONE) {
      return "none";
    }
    if (g instanceof EntityListFeatures.Dropout d) {
      return d.lists().id();
    }
    return g instanceof EntityListFeatures e ? e.id() : "custom";
  }

  /** Minimal open-addressing map from non-zero long keys to ints (absent = -1). */
  static final class LongIntMap {
    private long[] keys;
    private int[] vals;
    private int size;

    LongIntMap(int capacity) {
      int cap = Integer.highestOneBit(Math.max(16, capacity - 1)) << 1;
      keys = new long[cap];
      vals = new int[cap];
    }

    private int find(long key) {
      int mask = keys.length - 1;
      int slot = (int) (key ^ (key >>> 32)) & mask;
      while (keys[slot] != 0 && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    int get(long key) {
      int slot = find(key);
      return keys[slot] == 0 ? -1 : vals[slot];
    }

    void put(long key, int value) {
      int slot = find(key);
      if (keys[slot] == 0) {
        keys[slot] = key;
        if (++size * 2 > keys.length) {
          vals[slot] = value;
          grow();
          return;
        }
      }
      vals[slot] = value;
    }

    void increment(long key) {
      int slot = find(key);
      if (keys[slot] == 0) {
        put(key, 1);
      } else {
        vals[slot]++;
      }
    }

    private void grow() {
      long[] ok = keys;
      int[] ov = vals;
      keys = new long[ok.length * 2];
      vals = new int[ov.length * 2];
      for (int i = 0; i < ok.length; i++) {
        if (ok[i] != 0) {
          int slot = find(ok[i]);
          keys[slot] = ok[i];
          vals[slot] = ov[i];
        }
      }
    }
  }
}
