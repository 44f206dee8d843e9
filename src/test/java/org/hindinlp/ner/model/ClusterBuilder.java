package org.hindinlp.ner.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.hindinlp.normalize.DevanagariNormalizer;

/**
 * Derives the hierarchical word clusters shipped as {@code clusters.tsv.gz} from unlabelled text.
 *
 * <p>Method: every word seen at least {@code MIN_FREQ} times gets a distributional vector: the
 * distribution of the words at offsets −2, −1, +1, +2 over the {@code CONTEXTS} most frequent
 * words (plus "other" and sentence edges), square-rooted (Hellinger), concatenated and randomly
 * projected to {@code DIM} dimensions with a seeded Gaussian matrix, then L2-normalized. The words
 * are then split recursively in two by spherical 2-means (bisecting k-means) down to {@code
 * DEPTH} levels or {@code MIN_LEAF} words; a word's cluster is its path as a bit string, so that
 * prefixes give coarser clusters, as with Brown clusters. Deterministic.
 *
 * <p>Text: the Dakshina Hindi Wikipedia text (CC BY-SA 4.0) and the tokens (not the labels) of
 * IL-NER train and dev and MultiCoNER II train (CC BY 4.0). The corpora are never committed; the
 * output holds only words and cluster paths.
 *
 * <p>Options (system properties; the shipped file uses none): {@code -DminFreq=N}; {@code
 * -DwithNative=true} also reads the Dakshina {@code hi.romanized.rejoined.dev.native.txt} text;
 * {@code -Dwindow2=K} adds a third column, a second clustering from the neighbours at ±1…±K (read
 * only by the experiments of commit b2affe1; the shipped {@link WordClusters} ignores it). None of
 * them helped on the development sets (docs/history/model.md, "Word clusters: ablation").
 *
 * <p>Rebuild (from the repository root, after {@code mvn -o -q test-compile}
 * and {@code mvn -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt}):
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.hindinlp.ner.model.ClusterBuilder \
 *     ../shared src/main/resources/org/hindinlp/ner/model/clusters.tsv.gz
 * </pre>
 */
final class ClusterBuilder {

  static final int MIN_FREQ = Integer.getInteger("minFreq", 3);
  static final int CONTEXTS = 1000;
  static final int DIM = 200;
  static final int DEPTH = 16;
  static final int MIN_LEAF = 3;
  static final long SEED = 20261127L;

  private static final DevanagariNormalizer SEARCH = DevanagariNormalizer.search();
  private static final DevanagariNormalizer CANONICAL = DevanagariNormalizer.canonical();

  public static void main(String[] args) throws IOException {
    Path shared = Path.of(args[0]);
    Path out = Path.of(args[1]);
    List<String[]> sentences = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(
                    Files.newInputStream(
                        shared.resolve("corpora/dakshina-hi/hi.wiki-filt.valid.text.sorted.tsv.gz"))),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t", -1);
        List<String> toks = new ArrayList<>();
        for (String w : CANONICAL.normalizeToString(f[f.length - 1]).trim().split("\\s+")) {
          if (!w.isEmpty()) {
            toks.addAll(NerCorpus.splitGluedPunctuation(w));
          }
        }
        sentences.add(keys(toks));
      }
    }
    int wiki = sentences.size();
    Path native_ = shared.resolve("corpora/dakshina-hi/hi.romanized.rejoined.dev.native.txt");
    if (Boolean.getBoolean("withNative") && Files.exists(native_)) {
      for (String line : Files.readAllLines(native_, StandardCharsets.UTF_8)) {
        List<String> toks = new ArrayList<>();
        for (String w : CANONICAL.normalizeToString(line).trim().split("\\s+")) {
          if (!w.isEmpty()) {
            toks.addAll(NerCorpus.splitGluedPunctuation(w));
          }
        }
        sentences.add(keys(toks));
      }
    }
    NerData d = new NerData(shared);
    List<NerCorpus.Sentence> labelled = new ArrayList<>();
    labelled.addAll(NerCorpus.readIlNer(d.ilner("train"), Integer.MAX_VALUE));
    labelled.addAll(NerCorpus.readIlNer(d.ilner("dev"), Integer.MAX_VALUE));
    labelled.addAll(d.multiconerTrain());
    for (NerCorpus.Sentence s : labelled) {
      sentences.add(keys(s.tokens()));
    }
    System.err.printf("%d sentences (%d Wikipedia)%n", sentences.size(), wiki);
    Map<String, String> first = build(sentences, OFFSETS);
    String w2 = System.getProperty("window2");
    Map<String, String> second = null;
    if (w2 != null) {
      int k = Integer.parseInt(w2);
      int[] off = new int[2 * k];
      for (int i = 0; i < k; i++) {
        off[i] = -(k - i);
        off[k + i] = i + 1;
      }
      second = build(sentences, off);
    }
    write(first, second, out);
  }

  static final int[] OFFSETS = {-2, -1, 1, 2};

  /** Cluster keys: the search form, Latin lower-cased (as {@link FeatureExtractor} looks them up). */
  static String[] keys(List<String> tokens) {
    String[] out = new String[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = SEARCH.normalizeToString(tokens.get(i).toLowerCase(Locale.ROOT));
    }
    return out;
  }

  static Map<String, String> build(List<String[]> sentences, int[] offsets) {
    Map<String, Integer> freq = new HashMap<>();
    long tokens = 0;
    for (String[] s : sentences) {
      for (String w : s) {
        freq.merge(w, 1, Integer::sum);
        tokens++;
      }
    }
    List<String> byFreq = new ArrayList<>(freq.keySet());
    byFreq.sort(Comparator.comparing((String w) -> -freq.get(w)).thenComparing(w -> w));
    Map<String, Integer> vocab = new HashMap<>();
    List<String> words = new ArrayList<>();
    for (String w : byFreq) {
      if (freq.get(w) >= MIN_FREQ) {
        vocab.put(w, words.size());
        words.add(w);
      }
    }
    int nctx = Math.min(CONTEXTS, words.size()) + 2; // + other, + sentence edge
    int other = nctx - 2;
    int edge = nctx - 1;
    int V = words.size();
    System.err.printf("%d tokens, %d types, %d words with freq >= %d%n", tokens, freq.size(), V, MIN_FREQ);
    // Sparse context counts per word and offset.
    @SuppressWarnings({"unchecked", "rawtypes"}) // no generic array creation in Java
    Map<Integer, Integer>[][] counts = new Map[V][offsets.length];
    for (String[] s : sentences) {
      for (int i = 0; i < s.length; i++) {
        Integer id = vocab.get(s[i]);
        if (id == null) {
          continue;
        }
        for (int o = 0; o < offsets.length; o++) {
          int j = i + offsets[o];
          int ctx;
          if (j < 0 || j >= s.length) {
            ctx = edge;
          } else {
            Integer c = vocab.get(s[j]);
            ctx = c != null && c < nctx - 2 ? c : other;
          }
          Map<Integer, Integer> m = counts[id][o];
          if (m == null) {
            m = new HashMap<>();
            counts[id][o] = m;
          }
          m.merge(ctx, 1, Integer::sum);
        }
      }
    }
    // Random projection of the square-rooted context distributions.
    Random rnd = new Random(SEED);
    float[][] proj = new float[offsets.length * nctx][DIM];
    for (float[] row : proj) {
      for (int k = 0; k < DIM; k++) {
        row[k] = (float) rnd.nextGaussian();
      }
    }
    float[][] vec = new float[V][DIM];
    for (int w = 0; w < V; w++) {
      for (int o = 0; o < offsets.length; o++) {
        Map<Integer, Integer> m = counts[w][o];
        double total = 0;
        for (int c : m.values()) {
          total += c;
        }
        for (Map.Entry<Integer, Integer> e : m.entrySet()) {
          float v = (float) Math.sqrt(e.getValue() / total);
          float[] row = proj[o * nctx + e.getKey()];
          for (int k = 0; k < DIM; k++) {
            vec[w][k] += v * row[k];
          }
        }
      }
      normalize(vec[w]);
    }
    String[] path = new String[V];
    int[] all = new int[V];
    for (int i = 0; i < V; i++) {
      all[i] = i;
    }
    split(vec, all, "", path, new Random(SEED + 1));
    Map<String, String> out = new HashMap<>();
    for (int w = 0; w < V; w++) {
      out.put(words.get(w), path[w].isEmpty() ? "0" : path[w]);
    }
    return out;
  }

  private static void split(float[][] vec, int[] items, String prefix, String[] path, Random rnd) {
    if (prefix.length() >= DEPTH || items.length < 2 * MIN_LEAF) {
      for (int i : items) {
        path[i] = prefix;
      }
      return;
    }
    int dim = vec[0].length;
    // Seeds: a random item and the item least similar to it.
    float[] c0 = vec[items[rnd.nextInt(items.length)]].clone();
    int far = items[0];
    double worst = Double.MAX_VALUE;
    for (int i : items) {
      double s = dot(vec[i], c0);
      if (s < worst) {
        worst = s;
        far = i;
      }
    }
    float[] c1 = vec[far].clone();
    boolean[] side = new boolean[items.length];
    for (int iter = 0; iter < 12; iter++) {
      float[] n0 = new float[dim];
      float[] n1 = new float[dim];
      int k0 = 0;
      int k1 = 0;
      for (int a = 0; a < items.length; a++) {
        float[] v = vec[items[a]];
        side[a] = dot(v, c1) > dot(v, c0);
        float[] n = side[a] ? n1 : n0;
        for (int k = 0; k < dim; k++) {
          n[k] += v[k];
        }
        if (side[a]) {
          k1++;
        } else {
          k0++;
        }
      }
      if (k0 == 0 || k1 == 0) {
        break;
      }
      normalize(n0);
      normalize(n1);
      c0 = n0;
      c1 = n1;
    }
    int k1 = 0;
    for (boolean s : side) {
      if (s) {
        k1++;
      }
    }
    if (k1 == 0 || k1 == items.length) {
      for (int i : items) {
        path[i] = prefix;
      }
      return;
    }
    int[] left = new int[items.length - k1];
    int[] right = new int[k1];
    int l = 0;
    int r = 0;
    for (int a = 0; a < items.length; a++) {
      if (side[a]) {
        right[r++] = items[a];
      } else {
        left[l++] = items[a];
      }
    }
    split(vec, left, prefix + "0", path, rnd);
    split(vec, right, prefix + "1", path, rnd);
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int k = 0; k < a.length; k++) {
      s += a[k] * b[k];
    }
    return s;
  }

  private static void normalize(float[] v) {
    double n = Math.sqrt(dot(v, v));
    if (n > 0) {
      for (int k = 0; k < v.length; k++) {
        v[k] /= n;
      }
    }
  }

  static void write(Map<String, String> clusters, Map<String, String> second, Path out)
      throws IOException {
    List<String> words = new ArrayList<>(clusters.keySet());
    words.sort(Comparator.comparing((String x) -> clusters.get(x)).thenComparing(x -> x));
    try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(out));
        Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8)) {
      w.write("# hindi-nlp word clusters: search-normalized word<TAB>bit-string path.\n");
      w.write("# Derived by org.hindinlp.ner.model.ClusterBuilder from the Dakshina Hindi Wikipedia text"
          + " (CC BY-SA 4.0, Google Research) and the tokens of IL-NER (CC BY 4.0) and MultiCoNER II"
          + " (CC BY 4.0); see docs/model.md.\n");
      for (String word : words) {
        w.write(word);
        w.write('\t');
        w.write(clusters.get(word));
        if (second != null) {
          w.write('\t');
          w.write(second.get(word));
        }
        w.write('\n');
      }
    }
    System.err.printf("%d words written to %s%n", clusters.size(), out);
    int[] sizes = new int[DEPTH + 1];
    Map<String, Integer> leaves = new HashMap<>();
    for (String p : clusters.values()) {
      sizes[p.length()]++;
      leaves.merge(p, 1, Integer::sum);
    }
    System.err.println("path lengths " + Arrays.toString(sizes) + ", leaves " + leaves.size());
  }
}
