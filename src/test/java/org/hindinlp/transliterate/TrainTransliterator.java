package org.hindinlp.transliterate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hindinlp.transliterate.TranslitData.Pair;

/**
 * Trains the shipped transliteration model ({@code translit-model.bin}) from the name pairs of
 * {@link TranslitData}, leaving out the held-out tenth, and prints the evaluation.
 *
 * <p>Method: word pairs are taken from names with as many Latin as Devanagari words; an EM
 * aligner (unigram graphone model, forward-backward, Latin chunks of 1 to 2
 * letters against Devanagari chunks of 0 to 2 chars) finds graphone
 * segmentations; the worst-aligned 3% of word pairs (mostly translations such
 * as North / उत्तर) are dropped and the aligner re-run; an interpolated Kneser-Ney n-gram model
 * (discount 0.7; {@code -Dtranslit.kn=false} gives Witten-Bell) of order 4 over the
 * Viterbi graphone sequences is written, n-grams sorted, so the same data gives the same bytes.
 * The held-out tenth ({@link TranslitData#heldOut}) is never trained on. The settings can be
 * changed for experiments: {@code -Dtranslit.maxLatin}, {@code maxDev}, {@code order}, {@code kn},
 * {@code discount}, {@code drop}.
 *
 * <p>Rebuild the shipped model (needs the shared corpora folder):
 *
 * <pre>
 * mvn -o -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.hindinlp.transliterate.TrainTransliterator \
 *   -Dexec.args="../shared src/main/resources/org/hindinlp/transliterate/translit-model.bin"
 * </pre>
 *
 * <p>or, where the exec plugin is not in the local Maven repository (offline machines):
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *   org.hindinlp.transliterate.TrainTransliterator \
 *   ../shared src/main/resources/org/hindinlp/transliterate/translit-model.bin
 * </pre>
 *
 * <p>It prints the pairs per source and the held-out figures ({@link TranslitEval}). A third
 * argument {@code --with-dakshina} adds the Dakshina train lexicon (CC BY-SA 4.0) to
 * the training data: for the experiment only, never for the shipped model.
 */
public final class TrainTransliterator {

  static final int MAX_LATIN = Integer.getInteger("translit.maxLatin", 2);
  static final int MAX_DEV = Integer.getInteger("translit.maxDev", 2);
  static final int ORDER = Integer.getInteger("translit.order", 4);
  static final int EM_ITERATIONS = Integer.getInteger("translit.em", 8);
  static final boolean KNESER_NEY = Boolean.parseBoolean(System.getProperty("translit.kn", "true"));
  static final double DISCOUNT = Double.parseDouble(System.getProperty("translit.discount", "0.7"));
  static final int DROP_PERCENT = Integer.getInteger("translit.drop", 3);

  private TrainTransliterator() {}

  /**
   * Trains, writes the model and prints the evaluation.
   *
   * @param args shared folder, output model file, optionally {@code --with-dakshina}
   * @throws IOException if reading data or writing the model fails
   */
  public static void main(String[] args) throws IOException {
    Path shared = Path.of(args[0]);
    Path out = Path.of(args[1]);
    boolean dakshina = args.length > 2 && args[2].equals("--with-dakshina");
    long t0 = System.nanoTime();
    List<Pair> pairs = TranslitData.load(shared, Path.of("src/main/resources/org/hindinlp/ner/lists"));
    List<Pair> train = new ArrayList<>();
    Map<String, int[]> bySource = new TreeMap<>();
    for (Pair p : pairs) {
      boolean held = TranslitData.heldOut(p.latin());
      bySource.computeIfAbsent(p.source(), k -> new int[2])[held ? 1 : 0]++;
      if (!held) {
        train.add(p);
      }
    }
    bySource.forEach((k, v) -> System.out.printf("%-28s train %,6d  held-out %,5d%n", k, v[0], v[1]));
    if (dakshina) {
      for (Pair p : TranslitData.dakshina(shared, "train")) {
        if (!TranslitData.heldOut(p.latin())) {
          train.add(p);
        }
      }
    }
    byte[] model = train(train, System.out);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.write(out, model);
    System.out.printf("wrote %s: %,d bytes in %.1f s%n", out, model.length, (System.nanoTime() - t0) / 1e9);
    NameTransliterator t = NameTransliterator.load(new java.io.ByteArrayInputStream(model));
    TranslitEval.print(TranslitEval.evaluate(t, TranslitEval.testSet(pairs)), System.out);
    TranslitEval.print(TranslitEval.evaluate(t, TranslitEval.dakshinaTest(shared)), System.out);
  }

  /** Trains on the given pairs and returns the model bytes. */
  static byte[] train(List<Pair> pairs, java.io.PrintStream log) throws IOException {
    // Word pairs, as a sorted set of distinct (latin, devanagari) types.
    Set<String> wordPairs = new TreeSet<>();
    for (Pair p : pairs) {
      List<String> lw = TranslitData.latinWords(p.latin());
      List<String> hw = TranslitData.hindiWords(p.hindi());
      for (int i = 0; i < lw.size(); i++) {
        if (lw.get(i).length() <= 40 && hw.get(i).length() <= 40) {
          wordPairs.add(lw.get(i) + "\t" + hw.get(i));
        }
      }
    }
    List<String[]> words = new ArrayList<>();
    for (String s : wordPairs) {
      words.add(s.split("\t"));
    }
    log.printf("%,d name pairs, %,d distinct word pairs%n", pairs.size(), words.size());
    Aligner a = new Aligner(words);
    a.em(EM_ITERATIONS);
    // Drop the worst-aligned word pairs (per-symbol log-likelihood), then re-align the rest.
    double[] score = new double[words.size()];
    for (int w = 0; w < words.size(); w++) {
      score[w] = a.viterbiScore(w) / (words.get(w)[0].length() + words.get(w)[1].length());
    }
    double[] sorted = score.clone();
    Arrays.sort(sorted);
    double cut = sorted[sorted.length * DROP_PERCENT / 100];
    List<String[]> kept = new ArrayList<>();
    for (int w = 0; w < words.size(); w++) {
      if (score[w] >= cut && score[w] > -1e8) {
        kept.add(words.get(w));
      }
    }
    log.printf("dropped %,d badly aligned word pairs%n", words.size() - kept.size());
    a = new Aligner(kept);
    a.em(EM_ITERATIONS);
    List<int[]> seqs = new ArrayList<>();
    for (int w = 0; w < kept.size(); w++) {
      int[] seq = a.viterbi(w);
      if (seq != null) {
        seqs.add(seq);
      }
    }
    // Renumber graphones: the used ones, sorted by (latin, dev); id 0 is the boundary.
    TreeMap<String, Integer> used = new TreeMap<>();
    for (int[] s : seqs) {
      for (int g : s) {
        used.put(a.latinOf(g) + "\t" + a.devOf(g), 0);
      }
    }
    String[] latin = new String[used.size() + 1];
    String[] dev = new String[used.size() + 1];
    latin[0] = "";
    dev[0] = "";
    int id = 1;
    for (Map.Entry<String, Integer> e : used.entrySet()) {
      e.setValue(id);
      String[] ld = e.getKey().split("\t", -1);
      latin[id] = ld[0];
      dev[id] = ld[1];
      id++;
    }
    if (latin.length > GraphoneModel.MAX_GRAPHONES) {
      throw new IllegalStateException("too many graphones: " + latin.length);
    }
    List<int[]> renum = new ArrayList<>();
    for (int[] s : seqs) {
      int[] r = new int[s.length + 2]; // <s> graphones </s>
      for (int i = 0; i < s.length; i++) {
        r[i + 1] = used.get(a.latinOf(s[i]) + "\t" + a.devOf(s[i]));
      }
      renum.add(r);
    }
    log.printf("%,d graphones%n", latin.length - 1);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ngrams(renum, latin, dev, ORDER, bytes);
    return bytes.toByteArray();
  }

  /** Counts n-grams, smooths them (interpolated Witten-Bell) and writes the model. */
  static void ngrams(List<int[]> seqs, String[] latin, String[] dev, int order, OutputStream out)
      throws IOException {
    // counts.get(k): n-grams of length k (key as in GraphoneModel) -> count
    List<Map<Long, Integer>> counts = new ArrayList<>();
    for (int k = 0; k <= order; k++) {
      counts.add(new HashMap<>());
    }
    for (int[] s : seqs) {
      for (int i = 1; i < s.length; i++) { // predict s[i] (s[0] is <s>)
        for (int k = 1; k <= order && i - k + 1 >= 0; k++) {
          // n-gram s[i-k+1..i]
          long key = 1;
          for (int j = i - k + 1; j <= i; j++) {
            key = (key << GraphoneModel.BITS) | s[j];
          }
          counts.get(k).merge(key, 1, Integer::sum);
        }
      }
    }
    if (KNESER_NEY) {
      // Lower orders use continuation counts (distinct left extensions), except n-grams that
      // start with <s>, which have no left context and keep their raw counts.
      for (int k = order - 1; k >= 1; k--) {
        Map<Long, Integer> cont = new HashMap<>();
        for (long key : counts.get(k + 1).keySet()) {
          long suffix = (1L << (GraphoneModel.BITS * k)) | (key & ((1L << (GraphoneModel.BITS * k)) - 1));
          cont.merge(suffix, 1, Integer::sum);
        }
        for (Map.Entry<Long, Integer> e : counts.get(k).entrySet()) {
          long first = (e.getKey() >>> (GraphoneModel.BITS * (k - 1))) & GraphoneModel.MASK;
          if (!(first == 0 && k > 1) && cont.containsKey(e.getKey())) {
            e.setValue(cont.get(e.getKey()));
          }
        }
      }
    }
    // Context statistics: total count and distinct followers, per context key.
    Map<Long, long[]> ctx = new HashMap<>();
    for (int k = 2; k <= order; k++) {
      for (Map.Entry<Long, Integer> e : counts.get(k).entrySet()) {
        long c = e.getKey() >>> GraphoneModel.BITS;
        long[] v = ctx.computeIfAbsent(c, x -> new long[2]);
        v[0] += e.getValue();
        v[1]++;
      }
    }
    int vocab = latin.length; // graphones + </s>
    long total = 0;
    for (int v : counts.get(1).values()) {
      total += v;
    }
    // Interpolated probabilities, shortest order first.
    Map<Long, Double> prob = new HashMap<>();
    for (int g = 0; g < vocab; g++) {
      long key = (1L << GraphoneModel.BITS) | g;
      int c = counts.get(1).getOrDefault(key, 0);
      prob.put(key, (c + 0.5) / (total + 0.5 * vocab));
    }
    for (int k = 2; k <= order; k++) {
      for (Map.Entry<Long, Integer> e : counts.get(k).entrySet()) {
        long key = e.getKey();
        long c = key >>> GraphoneModel.BITS;
        long[] v = ctx.get(c);
        double lower = lowerProb(prob, ctx, key, k);
        prob.put(key, KNESER_NEY
            ? (Math.max(e.getValue() - DISCOUNT, 0) + DISCOUNT * v[1] * lower) / v[0]
            : (e.getValue() + v[1] * lower) / (v[0] + v[1]));
      }
    }
    long[] keys = new long[prob.size()];
    float[] lp = new float[keys.length];
    float[] bo = new float[keys.length];
    int i = 0;
    for (long key : new TreeSet<>(prob.keySet())) {
      keys[i] = key;
      lp[i] = (float) Math.log(prob.get(key));
      long[] v = ctx.get(key);
      bo[i] = v == null ? 0f : (float) Math.log(backoffWeight(v));
      i++;
    }
    GraphoneModel.write(out, order, latin, dev, keys, lp, bo);
  }

  /** The weight of the lower order for a context with {total, distinct followers}. */
  private static double backoffWeight(long[] v) {
    return KNESER_NEY ? DISCOUNT * v[1] / v[0] : (double) v[1] / (v[0] + v[1]);
  }

  /** P(g | shorter history) of an n-gram key of length k, by back-off through stored entries. */
  private static double lowerProb(Map<Long, Double> prob, Map<Long, long[]> ctx, long key, int k) {
    int g = (int) (key & GraphoneModel.MASK);
    long hist = key >>> GraphoneModel.BITS; // sentinel + k-1 ids
    double mult = 1;
    for (int len = k - 2; len >= 0; len--) {
      long h = GraphoneModel.contextKey(hist, len);
      long nk = (h << GraphoneModel.BITS) | g;
      Double p = prob.get(nk);
      if (p != null) {
        return mult * p;
      }
      long[] v = ctx.get(h);
      if (v != null) {
        mult *= backoffWeight(v);
      }
    }
    throw new IllegalStateException("no unigram for graphone " + g);
  }

  /** EM aligner over a unigram graphone model. */
  static final class Aligner {
    private final List<String[]> words;
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final int[][] edges; // per word: graphone id per (i, a, j, b) cell, -1 if none
    private double[] p;

    Aligner(List<String[]> words) {
      this.words = words;
      edges = new int[words.size()][];
      for (int w = 0; w < words.size(); w++) {
        String x = words.get(w)[0];
        String y = words.get(w)[1];
        int m = x.length();
        int k = y.length();
        int[] e = new int[m * MAX_LATIN * (k + 1) * (MAX_DEV + 1)];
        Arrays.fill(e, -1);
        for (int i = 0; i < m; i++) {
          for (int a = 1; a <= MAX_LATIN && i + a <= m; a++) {
            for (int j = 0; j <= k; j++) {
              for (int b = 0; b <= MAX_DEV && j + b <= k; b++) {
                String name = x.substring(i, i + a) + "\t" + y.substring(j, j + b);
                Integer id = ids.get(name);
                if (id == null) {
                  id = names.size();
                  ids.put(name, id);
                  names.add(name);
                }
                e[cell(i, a, j, b, k)] = id;
              }
            }
          }
        }
        edges[w] = e;
      }
      p = new double[names.size()];
      Arrays.fill(p, 1.0 / names.size());
    }

    private static int cell(int i, int a, int j, int b, int k) {
      return ((i * MAX_LATIN + a - 1) * (k + 1) + j) * (MAX_DEV + 1) + b;
    }

    String latinOf(int g) {
      return names.get(g).split("\t", -1)[0];
    }

    String devOf(int g) {
      return names.get(g).split("\t", -1)[1];
    }

    void em(int iterations) {
      for (int it = 0; it < iterations; it++) {
        double[] c = new double[p.length];
        for (int w = 0; w < words.size(); w++) {
          int m = words.get(w)[0].length();
          int k = words.get(w)[1].length();
          int[] e = edges[w];
          double[][] f = new double[m + 1][k + 1];
          double[][] r = new double[m + 1][k + 1];
          f[0][0] = 1;
          for (int i = 0; i <= m; i++) {
            for (int j = 0; j <= k; j++) {
              if (f[i][j] == 0) {
                continue;
              }
              for (int a = 1; a <= MAX_LATIN && i + a <= m; a++) {
                for (int b = 0; b <= MAX_DEV && j + b <= k; b++) {
                  f[i + a][j + b] += f[i][j] * p[e[cell(i, a, j, b, k)]];
                }
              }
            }
          }
          double z = f[m][k];
          if (!(z > 0)) {
            continue;
          }
          r[m][k] = 1;
          for (int i = m; i >= 0; i--) {
            for (int j = k; j >= 0; j--) {
              if (i == m && j == k) {
                continue;
              }
              double s = 0;
              for (int a = 1; a <= MAX_LATIN && i + a <= m; a++) {
                for (int b = 0; b <= MAX_DEV && j + b <= k; b++) {
                  s += p[e[cell(i, a, j, b, k)]] * r[i + a][j + b];
                }
              }
              r[i][j] = s;
            }
          }
          for (int i = 0; i < m; i++) {
            for (int j = 0; j <= k; j++) {
              if (f[i][j] == 0) {
                continue;
              }
              for (int a = 1; a <= MAX_LATIN && i + a <= m; a++) {
                for (int b = 0; b <= MAX_DEV && j + b <= k; b++) {
                  int g = e[cell(i, a, j, b, k)];
                  c[g] += f[i][j] * p[g] * r[i + a][j + b] / z;
                }
              }
            }
          }
        }
        double sum = 0;
        for (double v : c) {
          sum += v;
        }
        for (int g = 0; g < p.length; g++) {
          p[g] = c[g] / sum;
        }
      }
    }

    /** The best segmentation of word pair w, as graphone ids (aligner ids), or null if none. */
    int[] viterbi(int w) {
      return best(w, true).ids;
    }

    double viterbiScore(int w) {
      return best(w, false).score;
    }

    private record Best(double score, int[] ids) {}

    private Best best(int w, boolean path) {
      int m = words.get(w)[0].length();
      int k = words.get(w)[1].length();
      int[] e = edges[w];
      double[][] s = new double[m + 1][k + 1];
      int[][] back = new int[m + 1][k + 1];
      for (double[] row : s) {
        Arrays.fill(row, Double.NEGATIVE_INFINITY);
      }
      s[0][0] = 0;
      for (int i = 0; i <= m; i++) {
        for (int j = 0; j <= k; j++) {
          if (s[i][j] == Double.NEGATIVE_INFINITY) {
            continue;
          }
          for (int a = 1; a <= MAX_LATIN && i + a <= m; a++) {
            for (int b = 0; b <= MAX_DEV && j + b <= k; b++) {
              double pg = p[e[cell(i, a, j, b, k)]];
              if (pg <= 0) {
                continue;
              }
              double v = s[i][j] + Math.log(pg);
              if (v > s[i + a][j + b]) {
                s[i + a][j + b] = v;
                back[i + a][j + b] = a * 16 + b;
              }
            }
          }
        }
      }
      if (!path || s[m][k] == Double.NEGATIVE_INFINITY) {
        return new Best(s[m][k] == Double.NEGATIVE_INFINITY ? -1e9 : s[m][k], null);
      }
      List<Integer> out = new ArrayList<>();
      int i = m;
      int j = k;
      while (i > 0 || j > 0) {
        int a = back[i][j] / 16;
        int b = back[i][j] % 16;
        out.add(e[cell(i - a, a, j - b, b, k)]);
        i -= a;
        j -= b;
      }
      int[] r = new int[out.size()];
      for (int t = 0; t < r.length; t++) {
        r[t] = out.get(r.length - 1 - t);
      }
      return new Best(s[m][k], r);
    }
  }
}
