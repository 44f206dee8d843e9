package org.hindinlp.ner.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.hindinlp.sentence.Sentence;
import org.hindinlp.sentence.SentenceSplitter;
import org.hindinlp.tokenize.HindiTokenizer;
import org.hindinlp.tokenize.Token;

/**
 * Self-training with unlabelled text (issue 5, third round): a model trained on the gold data tags
 * unlabelled sentences, and the automatically labelled sentences (all, those with an entity, or the
 * ones it is most confident about) are added to the gold data for a second training.
 *
 * <p>Unlabelled sources: the unannotated remainder of IL-NER train (sentences 5688 to the end,
 * tokens only: its tags are never read, as real names are left O there) and the Dakshina Hindi
 * Wikipedia text ({@code hi.wiki-filt.valid.text.sorted.tsv.gz}, tokenized with the project's
 * tokenizer, canonical forms, split by the project's sentence splitter). Never the remainder of dev
 * or test. Sentences are deduplicated, in file order; sentences equal to an excluded one (gold
 * training sentences, evaluation sentences) are dropped. Everything is deterministic.
 *
 * <p>Confidence of a tagging is its <em>margin</em>: the score of the best path minus that of the
 * second-best valid path (= the minimum over positions of the best score minus the best
 * max-marginal of another label there), computed exactly from the model's scores.
 */
final class SelfTraining {

  private SelfTraining() {}

  /** An automatically labelled sentence. */
  record Tagged(NerCorpus.Sentence sentence, double margin, boolean hasEntity) {}

  /** The unannotated remainder of IL-NER train: tokens only, one list per sentence. */
  static List<List<String>> ilnerRemainder(NerData d) throws IOException {
    List<NerCorpus.Sentence> all = NerCorpus.readIlNer(d.ilner("train"), Integer.MAX_VALUE);
    List<List<String>> out = new ArrayList<>();
    for (NerCorpus.Sentence s : all.subList(NerData.ILNER_TRAIN_ANNOTATED, all.size())) {
      out.add(s.tokens());
    }
    return out;
  }

  /** The Dakshina Hindi Wikipedia text, tokenized and split into sentences. */
  static List<List<String>> dakshinaWiki(NerData d) throws IOException {
    HindiTokenizer tokenizer = HindiTokenizer.standard();
    SentenceSplitter splitter = SentenceSplitter.standard();
    List<List<String>> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(
                    Files.newInputStream(
                        d.shared.resolve("corpora/dakshina-hi/hi.wiki-filt.valid.text.sorted.tsv.gz"))),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t", -1);
        String text = f[f.length - 1];
        List<Token> tokens = tokenizer.tokenize(text);
        for (Sentence s : splitter.sentences(text, tokens)) {
          List<String> forms = new ArrayList<>(s.tokenCount());
          for (Token t : s.tokens(tokens)) {
            forms.add(t.canonical());
          }
          out.add(forms);
        }
      }
    }
    return out;
  }

  /**
   * Unlabelled sentences of the named sources ({@code il}, {@code wiki}), deduplicated, with 2–100
   * tokens, none equal to a sentence of {@code exclude}.
   */
  static List<List<String>> unlabelled(NerData d, Collection<String> sources, Set<List<String>> exclude)
      throws IOException {
    Set<List<String>> seen = new LinkedHashSet<>();
    if (sources.contains("il")) {
      seen.addAll(ilnerRemainder(d));
    }
    if (sources.contains("wiki")) {
      seen.addAll(dakshinaWiki(d));
    }
    List<List<String>> out = new ArrayList<>();
    for (List<String> s : seen) {
      if (s.size() >= 2 && s.size() <= 100 && !exclude.contains(s)) {
        out.add(List.copyOf(s));
      }
    }
    return out;
  }

  /** Token sequences of the given sentences, for {@link #unlabelled}'s exclusion set. */
  static Set<List<String>> tokensOf(Collection<NerCorpus.Sentence> sentences) {
    Set<List<String>> out = new HashSet<>();
    for (NerCorpus.Sentence s : sentences) {
      out.add(s.tokens());
    }
    return out;
  }

  /** Tags every sentence with the model and its list features; margin and entity flag per sentence. */
  static List<Tagged> tag(NerModel model, GazetteerFeatures gaz, List<List<String>> sentences) {
    List<Tagged> out = new ArrayList<>(sentences.size());
    LabelSet labels = model.labels();
    for (List<String> tokens : sentences) {
      float[] emit = model.emissions(tokens, gaz);
      int[] best = new int[tokens.size()];
      double margin = margin(model, emit, tokens.size(), best);
      boolean entity = false;
      for (int y : best) {
        entity |= y != LabelSet.O;
      }
      out.add(new Tagged(new NerCorpus.Sentence(tokens, labels.toBio(best)), margin, entity));
    }
    return out;
  }

  /**
   * Best valid path into {@code best} and its margin over the second-best valid path (positive
   * infinity when there is no other path), with the model's scores and entity bias.
   */
  static double margin(NerModel model, float[] emit, int n, int[] best) {
    LabelSet labels = model.labels();
    int L = labels.size();
    float bias = model.entityBias();
    if (bias != 0f) {
      emit = emit.clone();
      for (int i = 0; i < n; i++) {
        for (int y = 1; y < L; y++) {
          int part = LabelSet.part(y);
          if (part == 0 || part == 3) {
            emit[i * L + y] += bias;
          }
        }
      }
    }
    return margin(labels, n, emit, model.transitions(), model.startScores(), model.endScores(), best);
  }

  /**
   * Best valid path into {@code best} (as {@link Viterbi#decode}) and the score of the best path
   * minus that of the second-best valid path: max-product forward and backward passes give, for
   * each position and label, the best score of a path through it; the second-best path differs
   * from the best somewhere, so its score is the largest of these over labels off the best path.
   * Positive infinity when no other valid path exists (never for a non-empty sentence).
   */
  static double margin(LabelSet labels, int n, float[] emit, float[] trans, float[] start, float[] end, int[] best) {
    int L = labels.size();
    if (n == 0) {
      return Double.POSITIVE_INFINITY;
    }
    double ninf = Double.NEGATIVE_INFINITY;
    double[] a = new double[n * L];
    double[] b = new double[n * L];
    Arrays.fill(a, ninf);
    Arrays.fill(b, ninf);
    for (int y = 0; y < L; y++) {
      if (labels.allowedStart(y)) {
        a[y] = start[y] + emit[y];
      }
      if (labels.allowedEnd(y)) {
        b[(n - 1) * L + y] = end[y];
      }
    }
    for (int i = 1; i < n; i++) {
      for (int y = 0; y < L; y++) {
        double m = ninf;
        for (int p : labels.predecessors(y)) {
          double s = a[(i - 1) * L + p];
          if (s != ninf) {
            m = Math.max(m, s + trans[p * L + y]);
          }
        }
        a[i * L + y] = m == ninf ? ninf : m + emit[i * L + y];
      }
    }
    for (int i = n - 1; i > 0; i--) {
      for (int y = 0; y < L; y++) {
        double s = b[i * L + y];
        if (s == ninf) {
          continue;
        }
        s += emit[i * L + y];
        for (int p : labels.predecessors(y)) {
          int k = (i - 1) * L + p;
          b[k] = Math.max(b[k], s + trans[p * L + y]);
        }
      }
    }
    int[] path = Viterbi.decode(labels, n, emit, trans, start, end);
    System.arraycopy(path, 0, best, 0, n);
    double top = ninf;
    for (int y = 0; y < L; y++) {
      top = Math.max(top, a[y] + b[y]);
    }
    double margin = Double.POSITIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      for (int y = 0; y < L; y++) {
        double s = a[i * L + y] + b[i * L + y];
        if (y != path[i] && s != ninf) {
          margin = Math.min(margin, top - s);
        }
      }
    }
    return Math.max(0, margin);
  }

  /** The same sentences with every O label replaced by {@link NerTrainer#UNKNOWN}: only the spans are kept. */
  static List<NerCorpus.Sentence> spansOnly(List<NerCorpus.Sentence> sentences) {
    List<NerCorpus.Sentence> out = new ArrayList<>(sentences.size());
    for (NerCorpus.Sentence s : sentences) {
      List<String> labels = new ArrayList<>(s.labels().size());
      for (String l : s.labels()) {
        labels.add("O".equals(l) ? NerTrainer.UNKNOWN : l);
      }
      out.add(new NerCorpus.Sentence(s.tokens(), labels));
    }
    return out;
  }

  /**
   * The automatically labelled sentences to train on: those with an entity when {@code
   * entitiesOnly}, then the {@code keep} fraction (0–1] with the largest margins (ties by order).
   * Returns the selection and sets {@code threshold[0]} to the smallest margin kept.
   */
  static List<NerCorpus.Sentence> select(List<Tagged> tagged, boolean entitiesOnly, double keep, double[] threshold) {
    List<Tagged> pool = new ArrayList<>();
    for (Tagged t : tagged) {
      if (!entitiesOnly || t.hasEntity()) {
        pool.add(t);
      }
    }
    int k = (int) Math.round(keep * pool.size());
    double cut = Double.NEGATIVE_INFINITY;
    if (k < pool.size()) {
      double[] m = new double[pool.size()];
      for (int i = 0; i < m.length; i++) {
        m[i] = pool.get(i).margin();
      }
      Arrays.sort(m);
      cut = k == 0 ? Double.POSITIVE_INFINITY : m[m.length - k];
    }
    List<NerCorpus.Sentence> out = new ArrayList<>();
    for (Tagged t : pool) {
      if (t.margin() >= cut) {
        out.add(t.sentence());
      }
    }
    if (threshold != null) {
      threshold[0] = cut;
    }
    return out;
  }
}
