package org.hindinlp.ner.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hindinlp.normalize.DevanagariNormalizer;

/**
 * The entity names of a training set as list features: every gold span's token sequence (search
 * forms, Latin lower-cased), keyed by a 64-bit hash so that no corpus text is kept, with its most
 * frequent type and how reliable it is (the share of its occurrences in the training text that are
 * tagged as that entity). A sentence is matched longest-first, left to right; matched tokens get
 * {@code B-}, {@code I-}, {@code L-} or {@code U-TYPE@train} plus, when fewer than half of the
 * occurrences were that entity, a {@code ~} mark ({@code U-PERSON~@train}).
 *
 * <p>Test scope: an experiment of issue 5 (docs/history/model.md, ablations) that did not help on both
 * development sets, so the shipped model does not use it.
 *
 * <p>For training, the features of a sentence come from the dictionary of the other folds
 * (jackknifing), so that the model learns how far to trust a dictionary that has not seen the
 * sentence; when tagging, from the dictionary of all the training data. Immutable, thread-safe.
 */
final class TrainDictionary {

  private static final DevanagariNormalizer SEARCH = DevanagariNormalizer.search();

  /** Names tagged fewer times are left out ({@code -Dhnlp.dictMin}, default 1). */
  static final int MIN_COUNT = Integer.getInteger("hnlp.dictMin", 1);

  /** Whether unreliable names get the {@code ~} mark ({@code -Dhnlp.noTilde=true} turns it off). */
  static final boolean MARK_UNRELIABLE = !Boolean.getBoolean("hnlp.noTilde");

  static final TrainDictionary EMPTY = new TrainDictionary(new HashMap<>(), new HashSet<>(), 0);

  /** Hash of the joined keys of a name → tag ("PERSON" or "PERSON~"). */
  private final Map<Long, String> tagByName;
  /** Hashes of the proper prefixes of names. */
  private final Set<Long> prefixes;
  private final int maxTokens;

  private TrainDictionary(Map<Long, String> tagByName, Set<Long> prefixes, int maxTokens) {
    this.tagByName = tagByName;
    this.prefixes = prefixes;
    this.maxTokens = maxTokens;
  }

  int size() {
    return tagByName.size();
  }

  /** The dictionary of the gold spans of {@code data} (at most 6 tokens each). */
  static TrainDictionary build(List<NerCorpus.Sentence> data) {
    Map<Long, Map<String, Integer>> typeCounts = new HashMap<>();
    Set<Long> prefixes = new HashSet<>();
    int max = 1;
    for (NerCorpus.Sentence s : data) {
      long[] keys = keys(s.tokens());
      for (NerEvaluation.Span sp : NerEvaluation.spans(s.labels())) {
        int len = sp.end() - sp.start();
        if (len > 6) {
          continue;
        }
        long h = SEED;
        for (int i = sp.start(); i < sp.end(); i++) {
          h = step(h, keys[i]);
          if (i + 1 < sp.end()) {
            prefixes.add(h);
          }
        }
        typeCounts.computeIfAbsent(h, k -> new HashMap<>()).merge(sp.type(), 1, Integer::sum);
        max = Math.max(max, len);
      }
    }
    // Occurrences of each name anywhere in the text, tagged or not.
    Map<Long, Integer> seen = new HashMap<>();
    for (NerCorpus.Sentence s : data) {
      long[] keys = keys(s.tokens());
      for (int i = 0; i < keys.length; i++) {
        long h = SEED;
        for (int len = 1; len <= max && i + len <= keys.length; len++) {
          h = step(h, keys[i + len - 1]);
          if (typeCounts.containsKey(h)) {
            seen.merge(h, 1, Integer::sum);
          }
          if (!prefixes.contains(h)) {
            break;
          }
        }
      }
    }
    Map<Long, String> tags = new HashMap<>();
    for (Map.Entry<Long, Map<String, Integer>> e : typeCounts.entrySet()) {
      String best = null;
      int bestCount = 0;
      int total = 0;
      for (String type : NerCorpus.TYPES) { // fixed order: deterministic ties
        int c = e.getValue().getOrDefault(type, 0);
        total += c;
        if (c > bestCount) {
          best = type;
          bestCount = c;
        }
      }
      int occurrences = Math.max(total, seen.getOrDefault(e.getKey(), 0));
      if (bestCount < MIN_COUNT) {
        continue;
      }
      tags.put(e.getKey(), 2 * bestCount >= occurrences || !MARK_UNRELIABLE ? best : best + "~");
    }
    return new TrainDictionary(tags, prefixes, max);
  }

  /** Per-token tags of a sentence, or null when nothing matches. */
  List<List<String>> tags(List<String> tokens) {
    if (tagByName.isEmpty()) {
      return null;
    }
    long[] keys = keys(tokens);
    int n = keys.length;
    List<List<String>> out = null;
    int i = 0;
    while (i < n) {
      int found = 0;
      String tag = null;
      long h = SEED;
      for (int len = 1; len <= maxTokens && i + len <= n; len++) {
        h = step(h, keys[i + len - 1]);
        String t = tagByName.get(h);
        if (t != null) {
          found = len;
          tag = t;
        }
        if (!prefixes.contains(h)) {
          break;
        }
      }
      if (found == 0) {
        i++;
        continue;
      }
      out = EntityListFeatures.addSpanTags(out, n, i, found, tag + "@train");
      i += found;
    }
    return out;
  }

  /** Tags of both sources per token (either may be null). */
  static List<List<String>> merge(List<List<String>> a, List<List<String>> b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    List<List<String>> out = new ArrayList<>(a.size());
    for (int i = 0; i < a.size(); i++) {
      List<String> x = a.get(i);
      List<String> y = b.get(i);
      if (x == null || x.isEmpty()) {
        out.add(y);
      } else if (y == null || y.isEmpty()) {
        out.add(x);
      } else {
        List<String> both = new ArrayList<>(x.size() + y.size());
        both.addAll(x);
        both.addAll(y);
        out.add(both);
      }
    }
    return out;
  }

  private static final long SEED = 0x2545F4914F6CDD1DL;

  private static long step(long h, long key) {
    h ^= key;
    h *= 0x9E3779B97F4A7C15L;
    return h ^ (h >>> 29);
  }

  private static long[] keys(List<String> tokens) {
    long[] k = new long[tokens.size()];
    for (int i = 0; i < k.length; i++) {
      String t = tokens.get(i);
      k[i] = FeatureExtractor.h(99, SEARCH.normalizeToString(t.toLowerCase(Locale.ROOT)));
    }
    return k;
  }
}
