package org.hindinlp.ner.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Third accuracy round, spelling-variant-tolerant list features (docs/model.md, "Third round:
 * skeleton list matching"): trains on IL-NER train + MultiCoNER II train with the built-in list
 * features, with {@code -Dskel=true} also matched by {@link SkeletonKey} where the exact match gave
 * nothing, and prints IL-NER dev and MultiCoNER II dev F1 after each epoch. Never looks at IL-NER
 * test.
 *
 * <p>Switches: {@code -Dseed=42}, {@code -Depochs=9}, {@code -Dskel=true}, {@code -Dfolds=0}
 * (bits: 1 aspirates, 2 sibilants, 4 diphthongs), {@code -DminLen=5} (skeleton characters a name
 * needs to be matched by skeleton), {@code -DownType=true} (fuzzy tags with their own type, {@code
 * U-LOCATION~@builtin~}; the same as {@code -Dtags=OWN_TYPE}; {@code -Dtags=AS_EXACT}: tagged as
 * exact matches, {@code U-LOCATION@builtin}, in training and tagging), {@code -DevalExact=true} (also score each epoch's model with the
 * skeleton matches tagged as exact ones, {@code U-LOCATION@builtin}: skeleton matching at tagging
 * time only, for a model trained without it), {@code -Dspeed=true} (tagging cost of the skeleton
 * match with the shipped model, interleaved CPU-time rounds), {@code -Dstats=true} (coverage and collision counts of the skeleton
 * match on dev and train; with {@code -Dtrain=false} nothing else), {@code -Dmisses=true} (after
 * training: how many of the missed IL-NER dev names the skeleton match would cover).
 *
 * <pre>
 * java -Xmx3g -Dseed=42 -Dskel=true -cp $CP org.hindinlp.ner.model.SkeletonListExperiment ../shared
 * </pre>
 */
final class SkeletonListExperiment {

  public static void main(String[] args) throws Exception {
    NerData d = new NerData(Path.of(args.length > 0 ? args[0] : "../shared"));
    int epochs = Integer.getInteger("epochs", 9);
    List<NerCorpus.Sentence> train = new ArrayList<>(d.ilnerTrain());
    train.addAll(d.multiconerTrain());
    var dev = d.ilnerDev();
    var mcdev = d.multiconerDev();
    EntityListFeatures builtIn = EntityListFeatures.builtIn();
    SkeletonKey key = new SkeletonKey(Integer.getInteger("folds", 0));
    int minLen = Integer.getInteger("minLen", 5);
    EntityListFeatures skel = builtIn.withSkeletonMatching("builtin-lists+skeleton", key, minLen,
        Boolean.getBoolean("ownType") ? EntityListFeatures.SkeletonTags.OWN_TYPE
            : EntityListFeatures.SkeletonTags.valueOf(System.getProperty("tags", "SOURCE_MARK")));
    // The same matches tagged as exact ones: for a baseline model at tagging time only (-DevalExact=true).
    EntityListFeatures asExact = builtIn.withSkeletonMatching("builtin-lists", key, minLen,
        EntityListFeatures.SkeletonTags.AS_EXACT);
    boolean evalExact = Boolean.getBoolean("evalExact");
    if (Boolean.getBoolean("stats")) {
      stats("IL-NER dev", dev, builtIn, skel);
      stats("MultiCoNER dev", mcdev, builtIn, skel);
      stats("train", train, builtIn, skel);
      examples(dev, skel);
    }
    if (Boolean.getBoolean("ceiling")) {
      ceiling(dev, builtIn, key);
    }
    if (Boolean.getBoolean("speed")) {
      speed(dev, builtIn, skel);
    }
    if (!Boolean.parseBoolean(System.getProperty("train", "true"))) {
      return;
    }
    GazetteerFeatures gaz = Boolean.getBoolean("skel") ? skel : builtIn;
    NerTrainer.Options o = NerTrainer.Options.defaults().withEpochs(epochs)
        .withSeed(Long.getLong("seed", 42L)).withGazetteer(gaz);
    long t0 = System.nanoTime();
    NerModel model = NerTrainer.train(train, o, null, (ep, m) -> {
      NerEvaluation a = NerData.evaluate(m, gaz, dev);
      NerEvaluation b = NerData.evaluate(m, gaz, mcdev);
      System.out.printf(Locale.ROOT, "ep %2d feats %d  dev %.2f  mcdev %.2f  mean %.2f%n", ep, m.featureCount(),
          100 * a.micro().f1(), 100 * b.micro().f1(), 50 * (a.micro().f1() + b.micro().f1()));
      if (evalExact) {
        NerEvaluation a2 = NerData.evaluate(m, asExact, dev);
        NerEvaluation b2 = NerData.evaluate(m, asExact, mcdev);
        System.out.printf(Locale.ROOT, "      skeleton matches as exact tags at tagging:  dev %.2f  mcdev %.2f%n",
            100 * a2.micro().f1(), 100 * b2.micro().f1());
        if (ep == epochs) {
          changes("dev", m, builtIn, asExact, dev);
          changes("mcdev", m, builtIn, asExact, mcdev);
        }
      }
      if (ep == epochs) {
        System.out.println("dev\n" + a.report(NerCorpus.TYPES));
        System.out.println("mcdev\n" + b.report(NerCorpus.TYPES));
      }
    });
    System.err.printf("total %.1f s%n", (System.nanoTime() - t0) / 1e9);
    if (Boolean.getBoolean("misses")) {
      misses(model, gaz, dev, skel);
    }
  }

  /** Spans of one pass of list tags: fuzzy (ending in "~") or exact. */
  static List<NerEvaluation.Span> listSpans(List<List<String>> tags, boolean fuzzy) {
    List<NerEvaluation.Span> out = new ArrayList<>();
    if (tags == null) {
      return out;
    }
    int start = -1;
    for (int i = 0; i < tags.size(); i++) {
      for (String t : tags.get(i)) {
        if (t.endsWith("~") != fuzzy) {
          continue;
        }
        char p = t.charAt(0);
        String type = t.substring(2, t.indexOf('@')).replace("~", "");
        if (p == 'U') {
          out.add(new NerEvaluation.Span(i, i + 1, type));
        } else if (p == 'B') {
          start = i;
        } else if (p == 'L' && start >= 0) {
          out.add(new NerEvaluation.Span(start, i + 1, type));
          start = -1;
        }
      }
    }
    return out;
  }

  static String text(List<String> toks, NerEvaluation.Span s) {
    return String.join(" ", toks.subList(s.start(), s.end()));
  }

  static void stats(String name, List<NerCorpus.Sentence> data, EntityListFeatures exact, EntityListFeatures skel) {
    int gold = 0;
    int exactSpans = 0;
    int exactRight = 0;
    int fuzzySpans = 0;
    int fuzzyRight = 0;
    int fuzzyOverlapGold = 0;
    Map<String, Integer> wrong = new HashMap<>();
    for (NerCorpus.Sentence s : data) {
      List<NerEvaluation.Span> g = NerEvaluation.spans(s.labels());
      gold += g.size();
      Set<NerEvaluation.Span> gs = new HashSet<>(g);
      List<List<String>> tags = skel.tags(s.tokens());
      for (NerEvaluation.Span sp : listSpans(tags, false)) {
        exactSpans++;
        exactRight += gs.contains(sp) ? 1 : 0;
      }
      for (NerEvaluation.Span sp : listSpans(tags, true)) {
        fuzzySpans++;
        if (gs.contains(sp)) {
          fuzzyRight++;
        } else {
          boolean overlap = false;
          for (NerEvaluation.Span x : g) {
            overlap |= x.start() < sp.end() && sp.start() < x.end();
          }
          fuzzyOverlapGold += overlap ? 1 : 0;
          wrong.merge(text(s.tokens(), sp) + " (" + sp.type() + (overlap ? ", overlaps gold" : "") + ")", 1,
              Integer::sum);
        }
      }
    }
    System.out.printf(Locale.ROOT,
        "%s: gold %d; exact list spans %d (right %d); skeleton spans %d: right %d, wrong %d (of which overlapping gold %d)%n",
        name, gold, exactSpans, exactRight, fuzzySpans, fuzzyRight, fuzzySpans - fuzzyRight, fuzzyOverlapGold);
    System.out.println("  top wrong skeleton matches: " + top(wrong, Integer.getInteger("top", 25)));
  }

  static void examples(List<NerCorpus.Sentence> data, EntityListFeatures skel) {
    Map<String, Integer> right = new HashMap<>();
    for (NerCorpus.Sentence s : data) {
      Set<NerEvaluation.Span> gs = new HashSet<>(NerEvaluation.spans(s.labels()));
      for (NerEvaluation.Span sp : listSpans(skel.tags(s.tokens()), true)) {
        if (gs.contains(sp)) {
          right.merge(text(s.tokens(), sp) + " (" + sp.type() + ")", 1, Integer::sum);
        }
      }
    }
    System.out.println("  IL-NER dev right skeleton matches: " + top(right, 60));
  }

  static void misses(NerModel model, GazetteerFeatures gaz, List<NerCorpus.Sentence> dev, EntityListFeatures skel) {
    int missed = 0;
    int covered = 0;
    List<String> ex = new ArrayList<>();
    for (NerCorpus.Sentence s : dev) {
      Set<NerEvaluation.Span> pred = new HashSet<>(NerEvaluation.spans(model.tag(s.tokens(), gaz)));
      Set<NerEvaluation.Span> fuzzy = new HashSet<>(listSpans(skel.tags(s.tokens()), true));
      for (NerEvaluation.Span g : NerEvaluation.spans(s.labels())) {
        if (!pred.contains(g)) {
          missed++;
          if (fuzzy.contains(g)) {
            covered++;
            ex.add(text(s.tokens(), g));
          }
        }
      }
    }
    System.out.printf(Locale.ROOT, "IL-NER dev missed %d, of them matched by skeleton (span and type) %d: %s%n",
        missed, covered, ex);
  }

  /**
   * Tagging cost, shipped model, IL-NER dev tokens: CPU time of the list matching alone and of the
   * whole tag call, exact lists vs exact + skeleton, in interleaved rounds (order alternating);
   * prints per-round ratios and their medians.
   */
  static void speed(List<NerCorpus.Sentence> dev, EntityListFeatures exact, EntityListFeatures skel) throws Exception {
    var bean = java.lang.management.ManagementFactory.getThreadMXBean();
    NerModel m = NerModel.loadDefault();
    GazetteerFeatures[] g = {exact, skel};
    int rounds = Integer.getInteger("rounds", 15);
    List<Double> listRatio = new ArrayList<>();
    List<Double> tagRatio = new ArrayList<>();
    long tokens = 0;
    for (NerCorpus.Sentence s : dev) {
      tokens += s.tokens().size();
    }
    for (int r = -3; r < rounds; r++) {
      long[] lists = new long[2];
      long[] tags = new long[2];
      for (int k = 0; k < 2; k++) {
        int v = Math.floorMod(r, 2) == 0 ? k : 1 - k;
        long t0 = bean.getCurrentThreadCpuTime();
        for (int rep = 0; rep < 10; rep++) {
          for (NerCorpus.Sentence s : dev) {
            g[v].tags(s.tokens());
          }
        }
        long t1 = bean.getCurrentThreadCpuTime();
        for (int rep = 0; rep < 5; rep++) {
          for (NerCorpus.Sentence s : dev) {
            m.tag(s.tokens(), g[v]);
          }
        }
        long t2 = bean.getCurrentThreadCpuTime();
        lists[v] = (t1 - t0) / 10;
        tags[v] = (t2 - t1) / 5;
      }
      if (r >= 0) {
        listRatio.add((double) lists[1] / lists[0]);
        tagRatio.add((double) tags[1] / tags[0]);
        System.out.printf(Locale.ROOT, "round %d: lists %.0f / %.0f ns/token, tag %.0f / %.0f ns/token%n", r,
            (double) lists[0] / tokens, (double) lists[1] / tokens, (double) tags[0] / tokens,
            (double) tags[1] / tokens);
      }
    }
    java.util.Collections.sort(listRatio);
    java.util.Collections.sort(tagRatio);
    System.out.printf(Locale.ROOT, "median CPU ratio skeleton/exact: list matching %.3f, whole model tag %.3f (%d rounds, %d tokens)%n",
        listRatio.get(rounds / 2), tagRatio.get(rounds / 2), rounds, tokens);
  }

  /**
   * What any looser match could reach on IL-NER dev: the gold names the exact list match misses
   * (no list span with the same boundaries and type) whose skeleton equals, or is within edit
   * distance 1 or 2 of, the skeleton of a list name of the same type and token count.
   */
  static void ceiling(List<NerCorpus.Sentence> dev, EntityListFeatures exact, SkeletonKey key) {
    var search = org.hindinlp.normalize.DevanagariNormalizer.search();
    Map<String, List<String>> byType = new HashMap<>(); // "TYPE/tokens" -> skeletons
    for (var list : org.hindinlp.ner.EntityTagger.builtInLists()) {
      for (var e : list.entries()) {
        for (String name : e.names()) {
          String[] toks = name.trim().split("\\s+");
          StringBuilder sb = new StringBuilder();
          for (String t : toks) {
            sb.append(sb.length() > 0 ? " " : "").append(key.of(search.normalizeToString(t.toLowerCase(Locale.ROOT))));
          }
          byType.computeIfAbsent(e.type().name() + "/" + toks.length, k -> new ArrayList<>()).add(sb.toString());
        }
      }
    }
    int notExact = 0;
    int[] within = new int[3];
    List<String> ex = new ArrayList<>();
    for (NerCorpus.Sentence s : dev) {
      Set<NerEvaluation.Span> ls = new HashSet<>(listSpans(exact.tags(s.tokens()), false));
      for (NerEvaluation.Span g : NerEvaluation.spans(s.labels())) {
        if (ls.contains(g)) {
          continue;
        }
        notExact++;
        StringBuilder sb = new StringBuilder();
        for (String t : s.tokens().subList(g.start(), g.end())) {
          sb.append(sb.length() > 0 ? " " : "").append(key.of(search.normalizeToString(t.toLowerCase(Locale.ROOT))));
        }
        String k = sb.toString();
        int best = 3;
        String bestName = null;
        for (String name : byType.getOrDefault(g.type() + "/" + (g.end() - g.start()), List.of())) {
          if (Math.abs(name.length() - k.length()) > 2) {
            continue;
          }
          int dist = distance(k, name);
          if (dist < best) {
            best = dist;
            bestName = name;
          }
        }
        if (best <= 2 && k.length() >= 4) {
          within[best]++;
          if (best > 0) {
            ex.add(text(s.tokens(), g) + " ~ " + bestName + " (" + best + ")");
          }
        }
      }
    }
    System.out.printf(Locale.ROOT,
        "IL-NER dev gold names without an exact list match: %d; same skeleton as a list name of their type: %d,"
            + " skeleton edit distance 1: %d, 2: %d (skeletons of >= 4 characters)%n  %s%n",
        notExact, within[0], within[1], within[2], ex);
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** Predicted mentions that differ between two list features, marked + (gold) or - (not gold). */
  static void changes(String name, NerModel m, GazetteerFeatures a, GazetteerFeatures b, List<NerCorpus.Sentence> data) {
    StringBuilder sb = new StringBuilder();
    for (NerCorpus.Sentence s : data) {
      Set<NerEvaluation.Span> gold = new HashSet<>(NerEvaluation.spans(s.labels()));
      Set<NerEvaluation.Span> pa = new HashSet<>(NerEvaluation.spans(m.tag(s.tokens(), a)));
      Set<NerEvaluation.Span> pb = new HashSet<>(NerEvaluation.spans(m.tag(s.tokens(), b)));
      for (NerEvaluation.Span sp : pa) {
        if (!pb.contains(sp)) {
          sb.append(" lost ").append(text(s.tokens(), sp)).append('/').append(sp.type())
              .append(gold.contains(sp) ? " (gold);" : " (not gold);");
        }
      }
      for (NerEvaluation.Span sp : pb) {
        if (!pa.contains(sp)) {
          sb.append(" new ").append(text(s.tokens(), sp)).append('/').append(sp.type())
              .append(gold.contains(sp) ? " (gold);" : " (not gold);");
        }
      }
    }
    System.out.println("      " + name + " changes:" + sb);
  }

  static String top(Map<String, Integer> m, int k) {
    List<Map.Entry<String, Integer>> es = new ArrayList<>(m.entrySet());
    es.sort((a, b) -> b.getValue() - a.getValue() != 0 ? b.getValue() - a.getValue() : a.getKey().compareTo(b.getKey()));
    StringBuilder sb = new StringBuilder();
    int total = 0;
    for (Map.Entry<String, Integer> e : es) {
      total += e.getValue();
    }
    sb.append(es.size()).append(" distinct, ").append(total).append(" total: ");
    for (int i = 0; i < Math.min(k, es.size()); i++) {
      sb.append(es.get(i).getKey()).append(" ×").append(es.get(i).getValue()).append("; ");
    }
    return sb.toString();
  }
}
