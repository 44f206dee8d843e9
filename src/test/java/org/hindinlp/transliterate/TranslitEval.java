package org.hindinlp.transliterate;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hindinlp.transliterate.TranslitData.Group;
import org.hindinlp.transliterate.TranslitData.Pair;

/**
 * Accuracy at 1 and at 5 of a transliterator on held-out names, per group, exact and after the
 * search normalizer. A name counts as right when a candidate equals any of its reference
 * spellings (names with several spellings in the data have several references).
 */
final class TranslitEval {

  private TranslitEval() {}

  /**
   * Evaluates a model file (or the shipped model) and measures load time and speed.
   *
   * <pre>
   * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
   *   org.hindinlp.transliterate.TranslitEval ../shared [model.bin]
   * </pre>
   *
   * @param args shared folder, optionally a model file (default: the shipped model)
   * @throws java.io.IOException if reading fails
   */
  public static void main(String[] args) throws java.io.IOException {
    Path shared = Path.of(args[0]);
    long t0 = System.nanoTime();
    NameTransliterator t;
    if (args.length > 1) {
      try (java.io.InputStream in = java.nio.file.Files.newInputStream(Path.of(args[1]))) {
        t = NameTransliterator.load(in);
      }
    } else {
      t = NameTransliterator.standard();
    }
    System.out.printf("load: %.0f ms, %,d n-grams%n", (System.nanoTime() - t0) / 1e6, t.modelSize());
    List<Pair> pairs = TranslitData.load(shared, Path.of("src/main/resources/org/hindinlp/ner/lists"));
    List<Item> test = testSet(pairs);
    System.out.println("held-out names (shippable sources):");
    print(evaluate(t, test), System.out);
    System.out.println("Dakshina test lexicon (words, informal romanizations):");
    print(evaluate(t, dakshinaTest(shared)), System.out);
    // Speed: all held-out names, n = 5, three warm-up rounds then three timed rounds.
    long calls = 0;
    long best = Long.MAX_VALUE;
    for (int round = 0; round < 6; round++) {
      long s = System.nanoTime();
      for (Item it : test) {
        t.transliterate(it.latin(), 5);
      }
      if (round >= 3) {
        best = Math.min(best, System.nanoTime() - s);
      }
      calls = test.size();
    }
    System.out.printf("speed: %,.0f names/s (n = 5, one thread, %d names, best of 3 rounds)%n",
        calls / (best / 1e9), calls);
  }

  /** One held-out name: its Latin form, group and reference spellings. */
  record Item(String latin, Group group, Set<String> references) {}

  /** Counts for one group: names, right at 1 and 5, exact and folded. */
  static final class Score {
    int names;
    int exact1;
    int exact5;
    int folded1;
    int folded5;

    double pct(int v) {
      return names == 0 ? 0 : 100.0 * v / names;
    }
  }

  /** Result: a label and a score per group (null key = all names). */
  record Result(String label, Map<String, Score> groups) {}

  /** The held-out names of the shippable data, grouped by Latin key. */
  static List<Item> testSet(List<Pair> pairs) {
    Map<String, Item> byKey = new LinkedHashMap<>();
    for (Pair p : pairs) {
      if (!TranslitData.heldOut(p.latin())) {
        continue;
      }
      String key = TranslitData.key(p.latin());
      Item it = byKey.get(key);
      if (it == null) {
        it = new Item(p.latin(), p.group(), new LinkedHashSet<>());
        byKey.put(key, it);
      } else if (it.group() == Group.OTHER && p.group() != Group.OTHER) {
        Item n = new Item(it.latin(), p.group(), it.references());
        byKey.put(key, n);
        it = n;
      }
      it.references().add(p.hindi());
    }
    return new ArrayList<>(byKey.values());
  }

  /** Dakshina test lexicon (romanization -> native words), word-level; empty if absent. */
  static List<Item> dakshinaTest(Path shared) {
    Map<String, Item> byKey = new LinkedHashMap<>();
    for (Pair p : TranslitData.dakshina(shared, "test")) {
      String key = TranslitData.key(p.latin());
      byKey.computeIfAbsent(key, k -> new Item(p.latin(), Group.OTHER, new LinkedHashSet<>()))
          .references().add(p.hindi());
    }
    return new ArrayList<>(byKey.values());
  }

  static Result evaluate(NameTransliterator t, List<Item> items) {
    Map<String, Score> m = new LinkedHashMap<>();
    for (Item it : items) {
      List<Candidate> c = t.transliterate(it.latin(), 5);
      Set<String> folded = new LinkedHashSet<>();
      for (String r : it.references()) {
        folded.add(TranslitData.search(r));
      }
      boolean e1 = it.references().contains(c.get(0).text());
      boolean f1 = folded.contains(TranslitData.search(c.get(0).text()));
      boolean e5 = false;
      boolean f5 = false;
      for (Candidate x : c) {
        e5 |= it.references().contains(x.text());
        f5 |= folded.contains(TranslitData.search(x.text()));
      }
      for (String g : List.of("all", it.group().name().toLowerCase(java.util.Locale.ROOT))) {
        Score s = m.computeIfAbsent(g, k -> new Score());
        s.names++;
        s.exact1 += e1 ? 1 : 0;
        s.exact5 += e5 ? 1 : 0;
        s.folded1 += f1 ? 1 : 0;
        s.folded5 += f5 ? 1 : 0;
      }
    }
    return new Result(items.isEmpty() ? "empty" : "n=" + items.size(), m);
  }

  static void print(Result r, PrintStream out) {
    out.printf("%-8s %6s %8s %8s %9s %9s%n", "group", "names", "exact@1", "exact@5", "folded@1", "folded@5");
    for (Map.Entry<String, Score> e : r.groups().entrySet()) {
      Score s = e.getValue();
      out.printf("%-8s %6d %7.1f%% %7.1f%% %8.1f%% %8.1f%%%n", e.getKey(), s.names, s.pct(s.exact1),
          s.pct(s.exact5), s.pct(s.folded1), s.pct(s.folded5));
    }
  }

}
