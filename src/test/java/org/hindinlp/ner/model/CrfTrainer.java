package org.hindinlp.ner.model;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Experimental alternative learner: trains the same model as {@link NerTrainer} (same features,
 * same constrained BILOU label graph, same model file, decoded by the same {@link Viterbi}) as a
 * linear-chain CRF, maximising the conditional log-likelihood with an L2 penalty by stochastic
 * gradient descent (one update per sentence, seeded shuffle per epoch, decaying step). Gradients
 * come from exact log-space forward-backward over valid transitions only ({@link #forwardBackward}).
 *
 * <p>Objective (maximised): {@code sum_s log p(y_s | x_s) - c2/2 * ||w||^2}; each sentence update
 * applies {@code c2/N} of the penalty. Deterministic for a seed (L-BFGS is full-batch and does not
 * use the seed). Alternatively full-batch L-BFGS ({@link Settings#lbfgs}).
 *
 * <p>Test scope: the fourth-round experiment (docs/model-experiments.md, "Fourth round: CRF
 * training") did not improve the dev sets, so the shipped training path does not carry it. It uses
 * the package-private {@link NerTrainer.Run} (feature indexing) and {@code Run.model} (building an
 * {@link NerModel} from per-(feature, label) weights), so the model format and tagging are those of
 * the perceptron.
 */
final class CrfTrainer {

  /**
   * CRF settings.
   *
   * @param c2 L2 coefficient of the whole-corpus objective
   * @param eta0 initial step size
   * @param decay step at sentence t is {@code eta0 / (1 + decay * t / N)}
   * @param observedPairsOnly if true, only (feature, label) pairs seen in the gold data get weights
   *     (as CRFsuite does); otherwise every pair of a seen feature, pruned at {@code prune}
   * @param prune weights with a smaller absolute value are not stored in the model
   * @param averageFrom 0: the model is the last iterate; k &gt;= 1: the average of the iterates
   *     from the start of epoch k on (averaged SGD)
   * @param lbfgs 0: stochastic gradient descent; m &gt; 0: full-batch L-BFGS with memory m, the
   *     {@code epochs} of the options being its iterations (then {@code eta0}, {@code decay} and
   *     {@code averageFrom} are unused)
   */
  record Settings(
      double c2,
      double eta0,
      double decay,
      boolean observedPairsOnly,
      double prune,
      int averageFrom,
      int lbfgs) {
    Settings {
      if (!(c2 >= 0) || !(eta0 > 0) || !(decay >= 0) || !(prune >= 0) || averageFrom < 0 || lbfgs < 0) {
        throw new IllegalArgumentException("bad CRF settings");
      }
    }

    static Settings defaults() {
      return new Settings(1.0, 0.1, 1.0, true, 0.0, 0, 0);
    }
  }

  private CrfTrainer() {}

  /** Trains a CRF; as {@link NerTrainer#train(List, NerTrainer.Options, Consumer,
   * NerTrainer.EpochListener)}, the model after each epoch goes to {@code perEpoch}. */
  static NerModel train(
      List<NerCorpus.Sentence> data,
      NerTrainer.Options options,
      Settings crf,
      Consumer<String> progress,
      NerTrainer.EpochListener perEpoch)
      throws IOException {
    Objects.requireNonNull(data, "data");
    WordClusters clusters = options.useClusters() ? WordClusters.loadDefault() : WordClusters.EMPTY;
    NerTrainer.Run run = new NerTrainer.Run(data, options, new FeatureExtractor(clusters), progress);
    if (crf.lbfgs() > 0) {
      return new Lbfgs(run, options, crf, progress).train(perEpoch);
    }
    return new Sgd(run, options, crf, progress).train(perEpoch);
  }

  private static final class Sgd {
    final NerTrainer.Run run;
    final NerTrainer.Options options;
    final Settings crf;
    final Consumer<String> progress;
    final LabelSet labels;
    final int L;
    final double[] v; // true weight = scale * v
    double scale = 1.0;
    final boolean[] mask; // null = all pairs
    final double[] trans;
    final double[] start;
    final double[] end;
    // Averaging (as in Xu 2011): sum of the iterates = alpha * v - u; alpha = sum of the scales.
    final double[] u;
    double alpha;
    long averaged;
    final double[] sumTrans;
    final double[] sumStart;
    final double[] sumEnd;

    Sgd(NerTrainer.Run run, NerTrainer.Options options, Settings crf, Consumer<String> progress) {
      this.run = run;
      this.options = options;
      this.crf = crf;
      this.progress = progress;
      this.labels = run.labels;
      this.L = run.L;
      int nf = run.keysById.length;
      v = new double[nf * L];
      trans = new double[L * L];
      start = new double[L];
      end = new double[L];
      u = crf.averageFrom() > 0 ? new double[nf * L] : null;
      sumTrans = new double[L * L];
      sumStart = new double[L];
      sumEnd = new double[L];
      if (crf.observedPairsOnly()) {
        mask = new boolean[nf * L];
        for (int s = 0; s < run.feats.length; s++) {
          int[] g = run.gold[s];
          for (int i = 0; i < g.length; i++) {
            for (int id : run.feats[s][i]) {
              mask[id * L + g[i]] = true;
            }
          }
        }
      } else {
        mask = null;
      }
    }

    NerModel train(NerTrainer.EpochListener perEpoch) {
      int n = run.feats.length;
      int[] order = new int[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      Random rnd = new Random(options.seed());
      double lambda = crf.c2() / Math.max(1, n);
      double[] emit = new double[0];
      double[] node = new double[0];
      double[] edge = new double[0];
      long t = 0;
      NerModel last = null;
      for (int epoch = 1; epoch <= options.epochs(); epoch++) {
        long t0 = System.nanoTime();
        for (int i = n - 1; i > 0; i--) {
          int j = rnd.nextInt(i + 1);
          int tmp = order[i];
          order[i] = order[j];
          order[j] = tmp;
        }
        double loss = 0;
        boolean averaging = u != null && epoch >= crf.averageFrom();
        for (int s : order) {
          int[][] f = run.feats[s];
          int[] g = run.gold[s];
          int len = f.length;
          double eta = crf.eta0() / (1.0 + crf.decay() * t / n);
          t++;
          // L2 shrink of all weights (lazy, via the scale factor).
          double shrink = 1.0 - eta * lambda;
          scale *= shrink;
          for (int k = 0; k < trans.length; k++) {
            trans[k] *= shrink;
          }
          for (int y = 0; y < L; y++) {
            start[y] *= shrink;
            end[y] *= shrink;
          }
          if (scale < 1e-9) {
            for (int k = 0; k < v.length; k++) {
              v[k] *= scale;
            }
            alpha /= scale;
            scale = 1.0;
          }
          if (len == 0) {
            accumulate(averaging);
            continue;
          }
          if (emit.length < len * L) {
            int cap = Math.max(len * L, emit.length * 2);
            emit = new double[cap];
            node = new double[cap];
            edge = new double[cap * L];
          }
          Arrays.fill(emit, 0, len * L, 0.0);
          for (int i = 0; i < len; i++) {
            int base = i * L;
            for (int id : f[i]) {
              int off = id * L;
              for (int y = 0; y < L; y++) {
                emit[base + y] += v[off + y];
              }
            }
            for (int y = 0; y < L; y++) {
              emit[base + y] *= scale;
            }
          }
          double logZ = forwardBackward(labels, len, emit, trans, start, end, node, edge);
          loss += logZ - score(g, emit, trans, start, end, L);
          // Gradient step on the log-likelihood: observed minus expected.
          double step = eta / scale;
          for (int i = 0; i < len; i++) {
            int base = i * L;
            for (int id : f[i]) {
              int off = id * L;
              for (int y = 0; y < L; y++) {
                double d = (y == g[i] ? 1.0 : 0.0) - node[base + y];
                if (d != 0 && (mask == null || mask[off + y])) {
                  v[off + y] += step * d;
                  if (averaging) {
                    u[off + y] += step * d * alpha;
                  }
                }
              }
            }
          }
          for (int i = 1; i < len; i++) {
            int eb = i * L * L;
            for (int k = 0; k < L * L; k++) {
              trans[k] -= eta * edge[eb + k];
            }
            trans[g[i - 1] * L + g[i]] += eta;
          }
          for (int y = 0; y < L; y++) {
            start[y] -= eta * node[y];
            end[y] -= eta * node[(len - 1) * L + y];
          }
          start[g[0]] += eta;
          end[g[len - 1]] += eta;
          accumulate(averaging);
        }
        if (progress != null) {
          progress.accept(
              String.format(
                  Locale.ROOT,
                  "epoch %d/%d: %d sentences, neg. log-likelihood %.1f, scale %.3g, %.1f s",
                  epoch, options.epochs(), n, loss, scale, (System.nanoTime() - t0) / 1e9));
        }
        if (perEpoch != null || epoch == options.epochs()) {
          last = model(epoch);
          if (perEpoch != null) {
            perEpoch.epoch(epoch, last);
          }
        }
      }
      return last;
    }

    /** Adds the current iterate to the average. */
    private void accumulate(boolean averaging) {
      if (!averaging) {
        return;
      }
      alpha += scale;
      averaged++;
      for (int k = 0; k < trans.length; k++) {
        sumTrans[k] += trans[k];
      }
      for (int y = 0; y < L; y++) {
        sumStart[y] += start[y];
        sumEnd[y] += end[y];
      }
    }

    private NerModel model(int epochs) {
      float[] w = new float[v.length];
      double prune = crf.prune();
      boolean avg = averaged > 0;
      for (int k = 0; k < v.length; k++) {
        double x = avg ? (alpha * v[k] - u[k]) / averaged : scale * v[k];
        w[k] = Math.abs(x) < prune ? 0f : (float) x;
      }
      double[] tr = avg ? divide(sumTrans, averaged) : trans;
      double[] st = avg ? divide(sumStart, averaged) : start;
      double[] en = avg ? divide(sumEnd, averaged) : end;
      String learner =
          String.format(
              Locale.ROOT,
              "crf l2 sgd; c2 %s; eta0 %s; decay %s; pairs %s; prune %s; averageFrom %d",
              crf.c2(), crf.eta0(), crf.decay(), crf.observedPairsOnly() ? "observed" : "all",
              crf.prune(), crf.averageFrom());
      return run.model(learner, epochs, w, toFloat(tr), toFloat(st), toFloat(en));
    }
  }

  /**
   * Full-batch L-BFGS (Nocedal 1980, two-loop recursion, backtracking Armijo line search) on the
   * negative penalised log-likelihood, over the active (feature, label) pairs plus the transition,
   * start and end scores.
   */
  static final class Lbfgs {
    final NerTrainer.Run run;
    final NerTrainer.Options options;
    final Settings crf;
    final Consumer<String> progress;
    final LabelSet labels;
    final int L;
    final int[] slot; // [featureId * L + label] -> parameter index, or -1
    final int nw; // number of active feature weights; then trans, start, end
    final int dim;
    double[] emit = new double[0];
    double[] node = new double[0];
    double[] edge = new double[0];

    /** For tests: the L-BFGS problem of {@code data} (its objective is {@link #evaluate}). */
    static Lbfgs of(List<NerCorpus.Sentence> data, NerTrainer.Options options, Settings crf) {
      NerTrainer.Run run = new NerTrainer.Run(data, options, new FeatureExtractor(WordClusters.EMPTY), null);
      return new Lbfgs(run, options, crf, null);
    }

    Lbfgs(NerTrainer.Run run, NerTrainer.Options options, Settings crf, Consumer<String> progress) {
      this.run = run;
      this.options = options;
      this.crf = crf;
      this.progress = progress;
      this.labels = run.labels;
      this.L = run.L;
      int nf = run.keysById.length;
      slot = new int[nf * L];
      Arrays.fill(slot, -1);
      int k = 0;
      if (crf.observedPairsOnly()) {
        for (int s = 0; s < run.feats.length; s++) {
          int[] g = run.gold[s];
          for (int i = 0; i < g.length; i++) {
            for (int id : run.feats[s][i]) {
              if (slot[id * L + g[i]] < 0) {
                slot[id * L + g[i]] = k++;
              }
            }
          }
        }
      } else {
        for (int j = 0; j < slot.length; j++) {
          slot[j] = k++;
        }
      }
      nw = k;
      dim = nw + L * L + 2 * L;
    }

    /** Negative penalised log-likelihood at {@code x}; its gradient into {@code grad}. */
    double evaluate(double[] x, double[] grad) {
      Arrays.fill(grad, 0.0);
      int tb = nw;
      int sb = nw + L * L;
      int eb = sb + L;
      double[] trans = Arrays.copyOfRange(x, tb, tb + L * L);
      double[] start = Arrays.copyOfRange(x, sb, sb + L);
      double[] end = Arrays.copyOfRange(x, eb, eb + L);
      double f = 0;
      for (int s = 0; s < run.feats.length; s++) {
        int[][] fs = run.feats[s];
        int[] g = run.gold[s];
        int len = fs.length;
        if (len == 0) {
          continue;
        }
        if (emit.length < len * L) {
          int cap = Math.max(len * L, emit.length * 2);
          emit = new double[cap];
          node = new double[cap];
          edge = new double[cap * L];
        }
        Arrays.fill(emit, 0, len * L, 0.0);
        for (int i = 0; i < len; i++) {
          int base = i * L;
          for (int id : fs[i]) {
            int off = id * L;
            for (int y = 0; y < L; y++) {
              int k = slot[off + y];
              if (k >= 0) {
                emit[base + y] += x[k];
              }
            }
          }
        }
        double logZ = forwardBackward(labels, len, emit, trans, start, end, node, edge);
        f += logZ - score(g, emit, trans, start, end, L);
        for (int i = 0; i < len; i++) {
          int base = i * L;
          for (int id : fs[i]) {
            int off = id * L;
            for (int y = 0; y < L; y++) {
              int k = slot[off + y];
              if (k >= 0) {
                grad[k] += node[base + y] - (y == g[i] ? 1.0 : 0.0);
              }
            }
          }
        }
        for (int i = 1; i < len; i++) {
          int e = i * L * L;
          for (int k = 0; k < L * L; k++) {
            grad[tb + k] += edge[e + k];
          }
          grad[tb + g[i - 1] * L + g[i]] -= 1;
        }
        for (int y = 0; y < L; y++) {
          grad[sb + y] += node[y];
          grad[eb + y] += node[(len - 1) * L + y];
        }
        grad[sb + g[0]] -= 1;
        grad[eb + g[len - 1]] -= 1;
      }
      double c2 = crf.c2();
      for (int k = 0; k < dim; k++) {
        f += 0.5 * c2 * x[k] * x[k];
        grad[k] += c2 * x[k];
      }
      return f;
    }

    NerModel train(NerTrainer.EpochListener perEpoch) {
      int m = crf.lbfgs();
      double[] x = new double[dim];
      double[] g = new double[dim];
      double[] xNew = new double[dim];
      double[] gNew = new double[dim];
      double[] d = new double[dim];
      double[][] sHist = new double[m][];
      double[][] yHist = new double[m][];
      double[] rho = new double[m];
      double[] a = new double[m];
      int stored = 0;
      int head = 0;
      double f = evaluate(x, g);
      NerModel last = null;
      for (int it = 1; it <= options.epochs(); it++) {
        long t0 = System.nanoTime();
        // Two-loop recursion: d = -H g.
        for (int k = 0; k < dim; k++) {
          d[k] = -g[k];
        }
        for (int j = 0; j < stored; j++) {
          int h = Math.floorMod(head - 1 - j, m);
          a[h] = rho[h] * dot(sHist[h], d);
          axpy(-a[h], yHist[h], d);
        }
        double gamma = 1.0;
        if (stored > 0) {
          int h = Math.floorMod(head - 1, m);
          gamma = 1.0 / (rho[h] * dot(yHist[h], yHist[h]));
        }
        for (int k = 0; k < dim; k++) {
          d[k] *= gamma;
        }
        for (int j = stored - 1; j >= 0; j--) {
          int h = Math.floorMod(head - 1 - j, m);
          double b = rho[h] * dot(yHist[h], d);
          axpy(a[h] - b, sHist[h], d);
        }
        double gd = dot(g, d);
        if (!(gd < 0)) { // not a descent direction: restart from the gradient
          for (int k = 0; k < dim; k++) {
            d[k] = -g[k];
          }
          gd = dot(g, d);
          stored = 0;
        }
        double step = stored == 0 && it == 1 ? 1.0 / Math.sqrt(dot(g, g)) : 1.0;
        double fNew = 0;
        int evals = 0;
        while (true) {
          for (int k = 0; k < dim; k++) {
            xNew[k] = x[k] + step * d[k];
          }
          fNew = evaluate(xNew, gNew);
          evals++;
          if (fNew <= f + 1e-4 * step * gd || evals >= 20) {
            break;
          }
          step *= 0.5;
        }
        double[] sv = sHist[head] == null ? new double[dim] : sHist[head];
        double[] yv = yHist[head] == null ? new double[dim] : yHist[head];
        for (int k = 0; k < dim; k++) {
          sv[k] = xNew[k] - x[k];
          yv[k] = gNew[k] - g[k];
        }
        double sy = dot(sv, yv);
        if (sy > 1e-10) {
          sHist[head] = sv;
          yHist[head] = yv;
          rho[head] = 1.0 / sy;
          head = (head + 1) % m;
          stored = Math.min(stored + 1, m);
        }
        double[] t = x;
        x = xNew;
        xNew = t;
        t = g;
        g = gNew;
        gNew = t;
        double improvement = f - fNew;
        f = fNew;
        if (progress != null) {
          progress.accept(
              String.format(
                  Locale.ROOT,
                  "iteration %d/%d: objective %.2f (-%.3g), |g| %.3g, step %.3g, %d evaluations, %.1f s",
                  it, options.epochs(), f, improvement, Math.sqrt(dot(g, g)), step, evals,
                  (System.nanoTime() - t0) / 1e9));
        }
        if (perEpoch != null || it == options.epochs()) {
          last = model(x, it);
          if (perEpoch != null) {
            perEpoch.epoch(it, last);
          }
        }
      }
      return last;
    }

    private NerModel model(double[] x, int iterations) {
      float[] w = new float[slot.length];
      double prune = crf.prune();
      for (int j = 0; j < slot.length; j++) {
        int k = slot[j];
        if (k >= 0) {
          w[j] = Math.abs(x[k]) < prune ? 0f : (float) x[k];
        }
      }
      String learner =
          String.format(
              Locale.ROOT,
              "crf l2 lbfgs; c2 %s; memory %d; pairs %s; prune %s",
              crf.c2(), crf.lbfgs(), crf.observedPairsOnly() ? "observed" : "all", crf.prune());
      float[] tr = toFloat(Arrays.copyOfRange(x, nw, nw + L * L));
      float[] st = toFloat(Arrays.copyOfRange(x, nw + L * L, nw + L * L + L));
      float[] en = toFloat(Arrays.copyOfRange(x, nw + L * L + L, dim));
      return run.model(learner, iterations, w, tr, st, en);
    }
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static void axpy(double c, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] += c * x[i];
    }
  }

  private static double[] divide(double[] a, long d) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i] / d;
    }
    return out;
  }

  private static float[] toFloat(double[] a) {
    float[] out = new float[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = (float) a[i];
    }
    return out;
  }

  /** Unnormalised log score of a label sequence. */
  static double score(int[] seq, double[] emit, double[] trans, double[] start, double[] end, int L) {
    int n = seq.length;
    if (n == 0) {
      return 0;
    }
    double s = start[seq[0]] + end[seq[n - 1]];
    for (int i = 0; i < n; i++) {
      s += emit[i * L + seq[i]];
      if (i > 0) {
        s += trans[seq[i - 1] * L + seq[i]];
      }
    }
    return s;
  }

  /**
   * Exact forward-backward in log space over the valid BILOU sequences.
   *
   * @param emit emission scores {@code [n * L]}
   * @param node receives the label marginals {@code P(y_i = y)}, {@code [n * L]}
   * @param edge receives the transition marginals {@code P(y_{i-1} = p, y_i = y)} at {@code [i *
   *     L * L + p * L + y]} for {@code i >= 1} ({@code [n * L * L]}; row 0 unused)
   * @return the log partition function (log of the sum of exp(score) over valid sequences)
   */
  static double forwardBackward(
      LabelSet labels,
      int n,
      double[] emit,
      double[] trans,
      double[] start,
      double[] end,
      double[] node,
      double[] edge) {
    int L = labels.size();
    if (n == 0) {
      return 0;
    }
    double ninf = Double.NEGATIVE_INFINITY;
    double[] alpha = new double[n * L];
    double[] beta = new double[n * L];
    double[] tmp = new double[L];
    for (int y = 0; y < L; y++) {
      alpha[y] = labels.allowedStart(y) ? start[y] + emit[y] : ninf;
    }
    for (int i = 1; i < n; i++) {
      int row = i * L;
      int prev = row - L;
      for (int y = 0; y < L; y++) {
        int[] ps = labels.predecessors(y);
        for (int k = 0; k < ps.length; k++) {
          tmp[k] = alpha[prev + ps[k]] + trans[ps[k] * L + y];
        }
        alpha[row + y] = logSumExp(tmp, ps.length) + emit[row + y];
      }
    }
    int last = (n - 1) * L;
    for (int y = 0; y < L; y++) {
      beta[last + y] = labels.allowedEnd(y) ? end[y] : ninf;
    }
    for (int i = n - 2; i >= 0; i--) {
      int row = i * L;
      int next = row + L;
      for (int p = 0; p < L; p++) {
        int k = 0;
        for (int y = 0; y < L; y++) {
          if (labels.allowed(p, y)) {
            tmp[k++] = trans[p * L + y] + emit[next + y] + beta[next + y];
          }
        }
        beta[row + p] = logSumExp(tmp, k);
      }
    }
    for (int y = 0; y < L; y++) {
      tmp[y] = alpha[last + y] + beta[last + y];
    }
    double logZ = logSumExp(tmp, L);
    for (int i = 0; i < n; i++) {
      int row = i * L;
      for (int y = 0; y < L; y++) {
        double a = alpha[row + y] + beta[row + y];
        node[row + y] = a == ninf ? 0.0 : Math.exp(a - logZ);
      }
    }
    for (int i = 1; i < n; i++) {
      int row = i * L;
      int prev = row - L;
      int eb = i * L * L;
      for (int p = 0; p < L; p++) {
        for (int y = 0; y < L; y++) {
          double a =
              labels.allowed(p, y)
                  ? alpha[prev + p] + trans[p * L + y] + emit[row + y] + beta[row + y]
                  : ninf;
          edge[eb + p * L + y] = a == ninf ? 0.0 : Math.exp(a - logZ);
        }
      }
    }
    return logZ;
  }

  static double logSumExp(double[] a, int n) {
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      max = Math.max(max, a[i]);
    }
    if (max == Double.NEGATIVE_INFINITY) {
      return max;
    }
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += Math.exp(a[i] - max);
    }
    return max + Math.log(s);
  }
}
