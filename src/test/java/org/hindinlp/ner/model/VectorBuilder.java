package org.hindinlp.ner.model;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Dense word vectors for the experiment of docs/model-experiments.md ("Fourth round: dense word
 * vectors"), from the same text and vocabulary as {@link ClusterBuilder} (words seen at least 3
 * times; contexts: the 1,000 most frequent words, "other" and the sentence edge, at offsets −2,
 * −1, +1, +2). Two methods ({@code -Dmethod=}):
 *
 * <ul>
 *   <li>{@code rp}: the vectors the clusters are cut from (square-rooted context distributions,
 *       seeded Gaussian random projection to 200 dimensions, L2-normalized), reduced to {@code
 *       -Ddims=} (default 50) principal components;
 *   <li>{@code ppmi}: positive PMI of word and (offset, context) with context-distribution
 *       smoothing 0.75 (Levy, Goldberg and Dagan 2015), truncated SVD by a seeded randomized SVD
 *       (Halko et al. 2011; 20 extra dimensions, 3 power iterations), vectors U·S^½.
 * </ul>
 *
 * Output: gzipped {@code word<TAB>v1 v2 …}, all values scaled so that their standard deviation
 * is 1 ({@code -DperDimension=true}: each dimension's; the experiment scales them again). Deterministic. The output holds words of the corpora:
 * write it outside the repository.
 *
 * <pre>
 * java -Xmx3g -Dmethod=ppmi -Ddims=50 -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     org.hindinlp.ner.model.VectorBuilder ../shared /tmp/vec-ppmi50.tsv.gz
 * </pre>
 */
final class VectorBuilder {

  static final long SEED = 20261128L;

  public static void main(String[] args) throws IOException {
    Path shared = Path.of(args[0]);
    Path out = Path.of(args[1]);
    String method = System.getProperty("method", "ppmi");
    int dims = Integer.getInteger("dims", 50);
    List<String[]> sentences = ClusterBuilder.sentences(shared);
    Counts c = counts(sentences, ClusterBuilder.OFFSETS);
    float[][] vec =
        switch (method) {
          case "rp" -> pca(hellingerProjection(c), dims);
          case "ppmi" -> ppmiSvd(c, dims);
          default -> throw new IllegalArgumentException("method " + method);
        };
    boolean perDim = Boolean.getBoolean("perDimension");
    standardize(vec, perDim);
    write(c.words, vec, out, method + (perDim ? ", each dimension" : ""));
  }

  /** Sparse co-occurrence counts: per word, (offset * nctx + context) → count. */
  static final class Counts {
    List<String> words = new ArrayList<>();
    int nctx;
    int offsets;
    int[][] cols;
    float[][] vals;
  }

  static Counts counts(List<String[]> sentences, int[] offsets) {
    Map<String, Integer> freq = new HashMap<>();
    for (String[] s : sentences) {
      for (String w : s) {
        freq.merge(w, 1, Integer::sum);
      }
    }
    List<String> byFreq = new ArrayList<>(freq.keySet());
    byFreq.sort(Comparator.comparing((String w) -> -freq.get(w)).thenComparing(w -> w));
    Counts c = new Counts();
    Map<String, Integer> vocab = new HashMap<>();
    for (String w : byFreq) {
      if (freq.get(w) >= ClusterBuilder.MIN_FREQ) {
        vocab.put(w, c.words.size());
        c.words.add(w);
      }
    }
    int V = c.words.size();
    c.nctx = Math.min(ClusterBuilder.CONTEXTS, V) + 2;
    c.offsets = offsets.length;
    int other = c.nctx - 2;
    int edge = c.nctx - 1;
    @SuppressWarnings("unchecked")
    Map<Integer, Integer>[] m = new Map[V];
    for (String[] s : sentences) {
      for (int i = 0; i < s.length; i++) {
        Integer id = vocab.get(s[i]);
        if (id == null) {
          continue;
        }
        if (m[id] == null) {
          m[id] = new HashMap<>();
        }
        for (int o = 0; o < offsets.length; o++) {
          int j = i + offsets[o];
          int ctx;
          if (j < 0 || j >= s.length) {
            ctx = edge;
          } else {
            Integer x = vocab.get(s[j]);
            ctx = x != null && x < c.nctx - 2 ? x : other;
          }
          m[id].merge(o * c.nctx + ctx, 1, Integer::sum);
        }
      }
    }
    c.cols = new int[V][];
    c.vals = new float[V][];
    for (int w = 0; w < V; w++) {
      List<Integer> keys = new ArrayList<>(m[w].keySet());
      keys.sort(null);
      c.cols[w] = new int[keys.size()];
      c.vals[w] = new float[keys.size()];
      for (int k = 0; k < keys.size(); k++) {
        c.cols[w][k] = keys.get(k);
        c.vals[w][k] = m[w].get(keys.get(k));
      }
    }
    System.err.printf(Locale.ROOT, "%d words, %d context columns%n", V, c.offsets * c.nctx);
    return c;
  }

  /** ClusterBuilder's vectors: Hellinger context distributions, random projection to 200, L2. */
  static float[][] hellingerProjection(Counts c) {
    int dim = ClusterBuilder.DIM;
    Random rnd = new Random(ClusterBuilder.SEED);
    float[][] proj = new float[c.offsets * c.nctx][dim];
    for (float[] row : proj) {
      for (int k = 0; k < dim; k++) {
        row[k] = (float) rnd.nextGaussian();
      }
    }
    int V = c.words.size();
    float[][] vec = new float[V][dim];
    for (int w = 0; w < V; w++) {
      double[] total = new double[c.offsets];
      for (int k = 0; k < c.cols[w].length; k++) {
        total[c.cols[w][k] / c.nctx] += c.vals[w][k];
      }
      for (int k = 0; k < c.cols[w].length; k++) {
        float v = (float) Math.sqrt(c.vals[w][k] / total[c.cols[w][k] / c.nctx]);
        float[] row = proj[c.cols[w][k]];
        for (int j = 0; j < dim; j++) {
          vec[w][j] += v * row[j];
        }
      }
      double n = 0;
      for (float x : vec[w]) {
        n += x * x;
      }
      n = Math.sqrt(n);
      for (int j = 0; j < dim && n > 0; j++) {
        vec[w][j] /= n;
      }
    }
    return vec;
  }

  /** Projection on the top {@code dims} principal components. */
  static float[][] pca(float[][] x, int dims) {
    int V = x.length;
    int d = x[0].length;
    double[] mean = new double[d];
    for (float[] r : x) {
      for (int j = 0; j < d; j++) {
        mean[j] += r[j] / (double) V;
      }
    }
    double[][] cov = new double[d][d];
    for (float[] r : x) {
      for (int a = 0; a < d; a++) {
        double va = r[a] - mean[a];
        for (int b = a; b < d; b++) {
          cov[a][b] += va * (r[b] - mean[b]);
        }
      }
    }
    for (int a = 0; a < d; a++) {
      for (int b = 0; b < a; b++) {
        cov[a][b] = cov[b][a];
      }
    }
    double[][] vecs = new double[d][d];
    double[] vals = jacobi(cov, vecs);
    int[] order = descending(vals);
    float[][] out = new float[V][dims];
    for (int w = 0; w < V; w++) {
      for (int k = 0; k < dims; k++) {
        int e = order[k];
        double s = 0;
        for (int j = 0; j < d; j++) {
          s += (x[w][j] - mean[j]) * vecs[j][e];
        }
        out[w][k] = (float) s;
      }
    }
    return out;
  }

  /** PPMI (context smoothing 0.75) and randomized truncated SVD; rows U·S^½. */
  static float[][] ppmiSvd(Counts c, int dims) {
    int V = c.words.size();
    int C = c.offsets * c.nctx;
    double[] colSum = new double[C];
    double[] rowSum = new double[V];
    double total = 0;
    for (int w = 0; w < V; w++) {
      for (int k = 0; k < c.cols[w].length; k++) {
        colSum[c.cols[w][k]] += c.vals[w][k];
        rowSum[w] += c.vals[w][k];
        total += c.vals[w][k];
      }
    }
    double[] colP = new double[C];
    double smoothed = 0;
    for (int j = 0; j < C; j++) {
      smoothed += Math.pow(colSum[j], 0.75);
    }
    for (int j = 0; j < C; j++) {
      colP[j] = Math.pow(colSum[j], 0.75) / smoothed;
    }
    float[][] m = new float[V][];
    int[][] cols = c.cols;
    for (int w = 0; w < V; w++) {
      m[w] = new float[cols[w].length];
      for (int k = 0; k < cols[w].length; k++) {
        double pmi = Math.log((c.vals[w][k] / total) / ((rowSum[w] / total) * colP[cols[w][k]]));
        m[w][k] = (float) Math.max(0, pmi);
      }
    }
    int r = dims + 20;
    Random rnd = new Random(SEED);
    double[][] omega = new double[C][r];
    for (double[] row : omega) {
      for (int k = 0; k < r; k++) {
        row[k] = rnd.nextGaussian();
      }
    }
    double[][] y = times(m, cols, omega, V, r); // V x r
    for (int it = 0; it < 3; it++) {
      orthonormalize(y);
      double[][] z = transposeTimes(m, cols, y, C, r); // C x r
      orthonormalize(z);
      y = times(m, cols, z, V, r);
    }
    orthonormalize(y); // Q
    double[][] bt = transposeTimes(m, cols, y, C, r); // B^T = M^T Q, C x r
    double[][] bbt = new double[r][r];
    for (double[] row : bt) {
      for (int a = 0; a < r; a++) {
        for (int b = a; b < r; b++) {
          bbt[a][b] += row[a] * row[b];
        }
      }
    }
    for (int a = 0; a < r; a++) {
      for (int b = 0; b < a; b++) {
        bbt[a][b] = bbt[b][a];
      }
    }
    double[][] ub = new double[r][r];
    double[] ev = jacobi(bbt, ub);
    int[] order = descending(ev);
    System.err.printf(Locale.ROOT, "singular values: %.2f %.2f … %.2f%n", Math.sqrt(ev[order[0]]),
        Math.sqrt(ev[order[1]]), Math.sqrt(Math.max(0, ev[order[dims - 1]])));
    float[][] out = new float[V][dims];
    for (int w = 0; w < V; w++) {
      for (int k = 0; k < dims; k++) {
        int e = order[k];
        double s = 0;
        for (int a = 0; a < r; a++) {
          s += y[w][a] * ub[a][e];
        }
        out[w][k] = (float) (s * Math.pow(Math.max(0, ev[e]), 0.25)); // U * sqrt(S), S = sqrt(ev)
      }
    }
    return out;
  }

  private static double[][] times(float[][] m, int[][] cols, double[][] x, int V, int r) {
    double[][] y = new double[V][r];
    for (int w = 0; w < V; w++) {
      for (int k = 0; k < cols[w].length; k++) {
        float v = m[w][k];
        if (v == 0) {
          continue;
        }
        double[] row = x[cols[w][k]];
        for (int a = 0; a < r; a++) {
          y[w][a] += v * row[a];
        }
      }
    }
    return y;
  }

  private static double[][] transposeTimes(float[][] m, int[][] cols, double[][] y, int C, int r) {
    double[][] z = new double[C][r];
    for (int w = 0; w < m.length; w++) {
      for (int k = 0; k < cols[w].length; k++) {
        float v = m[w][k];
        if (v == 0) {
          continue;
        }
        double[] out = z[cols[w][k]];
        for (int a = 0; a < r; a++) {
          out[a] += v * y[w][a];
        }
      }
    }
    return z;
  }

  /** Modified Gram–Schmidt on the columns of {@code a} (rows × r). */
  private static void orthonormalize(double[][] a) {
    int r = a[0].length;
    for (int j = 0; j < r; j++) {
      for (int i = 0; i < j; i++) {
        double dot = 0;
        for (double[] row : a) {
          dot += row[i] * row[j];
        }
        for (double[] row : a) {
          row[j] -= dot * row[i];
        }
      }
      double n = 0;
      for (double[] row : a) {
        n += row[j] * row[j];
      }
      n = Math.sqrt(n);
      for (double[] row : a) {
        row[j] = n > 0 ? row[j] / n : 0;
      }
    }
  }

  /** Cyclic Jacobi eigen-decomposition of a symmetric matrix (destroyed); eigenvectors as columns. */
  static double[] jacobi(double[][] a, double[][] v) {
    int n = a.length;
    for (int i = 0; i < n; i++) {
      java.util.Arrays.fill(v[i], 0);
      v[i][i] = 1;
    }
    for (int sweep = 0; sweep < 100; sweep++) {
      double off = 0;
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          off += a[p][q] * a[p][q];
        }
      }
      if (off < 1e-22) {
        break;
      }
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          if (Math.abs(a[p][q]) < 1e-300) {
            continue;
          }
          double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
          double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
          if (theta == 0) {
            t = 1;
          }
          double cs = 1 / Math.sqrt(t * t + 1);
          double sn = t * cs;
          for (int k = 0; k < n; k++) {
            double akp = a[k][p];
            double akq = a[k][q];
            a[k][p] = cs * akp - sn * akq;
            a[k][q] = sn * akp + cs * akq;
          }
          for (int k = 0; k < n; k++) {
            double apk = a[p][k];
            double aqk = a[q][k];
            a[p][k] = cs * apk - sn * aqk;
            a[q][k] = sn * apk + cs * aqk;
          }
          for (int k = 0; k < n; k++) {
            double vkp = v[k][p];
            double vkq = v[k][q];
            v[k][p] = cs * vkp - sn * vkq;
            v[k][q] = sn * vkp + cs * vkq;
          }
        }
      }
    }
    double[] ev = new double[n];
    for (int i = 0; i < n; i++) {
      ev[i] = a[i][i];
    }
    return ev;
  }

  private static int[] descending(double[] v) {
    Integer[] idx = new Integer[v.length];
    for (int i = 0; i < v.length; i++) {
      idx[i] = i;
    }
    java.util.Arrays.sort(idx, (p, q) -> Double.compare(v[q], v[p]));
    int[] out = new int[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = idx[i];
    }
    return out;
  }

  /**
   * Centres each dimension and scales all values together (or, {@code perDimension}, each
   * dimension) to standard deviation 1.
   */
  static void standardize(float[][] vec, boolean perDimension) {
    int d = vec[0].length;
    double[] mean = new double[d];
    for (float[] r : vec) {
      for (int j = 0; j < d; j++) {
        mean[j] += r[j];
      }
    }
    for (int j = 0; j < d; j++) {
      mean[j] /= vec.length;
    }
    double ss = 0;
    for (float[] r : vec) {
      for (int j = 0; j < d; j++) {
        r[j] -= (float) mean[j];
        ss += r[j] * r[j];
      }
    }
    double[] sd = new double[d];
    java.util.Arrays.fill(sd, Math.sqrt(ss / ((double) vec.length * d)));
    if (perDimension) {
      for (int j = 0; j < d; j++) {
        double s = 0;
        for (float[] r : vec) {
          s += r[j] * r[j];
        }
        sd[j] = Math.sqrt(s / vec.length);
      }
    }
    for (float[] r : vec) {
      for (int j = 0; j < d; j++) {
        r[j] /= (float) sd[j];
      }
    }
  }

  static void write(List<String> words, float[][] vec, Path out, String method) throws IOException {
    try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(out));
        Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8)) {
      w.write("# hindi-nlp word vectors (" + method + ", " + vec[0].length
          + " dims, std 1): search-normalized word<TAB>values\n");
      for (int i = 0; i < words.size(); i++) {
        w.write(words.get(i));
        w.write('\t');
        for (int k = 0; k < vec[i].length; k++) {
          if (k > 0) {
            w.write(' ');
          }
          w.write(String.format(Locale.ROOT, "%.4f", vec[i][k]));
        }
        w.write('\n');
      }
    }
    System.err.printf("%d vectors written to %s%n", words.size(), out);
  }
}
