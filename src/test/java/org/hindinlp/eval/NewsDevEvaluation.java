package org.hindinlp.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.hindinlp.AnalyzedText;
import org.hindinlp.HindiNlp;
import org.hindinlp.ner.Entity;
import org.hindinlp.ner.EntityTagger;
import org.hindinlp.ner.model.NerModel;
import org.hindinlp.sentence.Sentence;
import org.hindinlp.tokenize.Token;

/**
 * Scores taggers on the news development set: exact spans and types, per type and micro P/R/F1,
 * and for the combined tagger the precision of each source (list, rule, model, link). A
 * development set: tune on it. From the repository root, after {@code mvn -q test-compile} and
 * {@code mvn -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt}:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.hindinlp.eval.NewsDevEvaluation [gold|pass1|pass2] [errors]
 * </pre>
 */
public final class NewsDevEvaluation {

  /** Per type and overall counts. */
  public static final class Counts {
    final Map<String, int[]> byType = new TreeMap<>(); // tp, fp, fn

    void add(String type, int tp, int fp, int fn) {
      int[] c = byType.computeIfAbsent(type, k -> new int[3]);
      c[0] += tp;
      c[1] += fp;
      c[2] += fn;
    }

    int[] micro() {
      int[] m = new int[3];
      for (int[] c : byType.values()) {
        for (int k = 0; k < 3; k++) {
          m[k] += c[k];
        }
      }
      return m;
    }

    static double f1(int[] c) {
      return c[0] == 0 ? 0 : 200.0 * c[0] / (2 * c[0] + c[1] + c[2]);
    }

    public double microF1() {
      return f1(micro());
    }

    public String report() {
      StringBuilder sb = new StringBuilder();
      for (Map.Entry<String, int[]> e : byType.entrySet()) {
        sb.append(line(e.getKey(), e.getValue()));
      }
      sb.append(line("micro", micro()));
      return sb.toString();
    }

    private static String line(String name, int[] c) {
      double p = c[0] + c[1] == 0 ? 0 : 100.0 * c[0] / (c[0] + c[1]);
      double r = c[0] + c[2] == 0 ? 0 : 100.0 * c[0] / (c[0] + c[2]);
      return String.format(Locale.ROOT, "  %-13s P %6.2f  R %6.2f  F1 %6.2f  (gold %d, found %d)%n",
          name, p, r, f1(c), c[0] + c[2], c[0] + c[1]);
    }
  }

  private NewsDevEvaluation() {}

  /** Scores predicted mentions against gold, article by article. */
  public static Counts score(
      List<NewsDevSet.Article> gold, Function<String, List<NewsDevSet.Mention>> tagger, StringBuilder errors) {
    Counts counts = new Counts();
    for (NewsDevSet.Article a : gold) {
      List<NewsDevSet.Mention> predicted = tagger.apply(a.text());
      compare(a, a.mentions(), predicted, counts, errors);
    }
    return counts;
  }

  public static void compare(
      NewsDevSet.Article a,
      List<NewsDevSet.Mention> gold,
      List<NewsDevSet.Mention> predicted,
      Counts counts,
      StringBuilder errors) {
    Set<NewsDevSet.Mention> g = new HashSet<>();
    for (NewsDevSet.Mention m : gold) {
      g.add(new NewsDevSet.Mention(m.start(), m.end(), m.type(), null));
    }
    Set<NewsDevSet.Mention> p = new HashSet<>();
    for (NewsDevSet.Mention m : predicted) {
      p.add(new NewsDevSet.Mention(m.start(), m.end(), m.type(), null));
    }
    for (NewsDevSet.Mention m : gold) {
      NewsDevSet.Mention k = new NewsDevSet.Mention(m.start(), m.end(), m.type(), null);
      counts.add(m.type(), p.contains(k) ? 1 : 0, 0, p.contains(k) ? 0 : 1);
      if (!p.contains(k) && errors != null) {
        errors.append(a.name()).append("\tFN\t").append(m.type()).append('\t').append(m.text()).append('\t')
            .append(context(a.text(), m)).append('\n');
      }
    }
    for (NewsDevSet.Mention m : predicted) {
      NewsDevSet.Mention k = new NewsDevSet.Mention(m.start(), m.end(), m.type(), null);
      if (!g.contains(k)) {
        counts.add(m.type(), 0, 1, 0);
        if (errors != null) {
          errors.append(a.name()).append("\tFP\t").append(m.type()).append('\t').append(m.text()).append('\t')
              .append(context(a.text(), m)).append('\n');
        }
      }
    }
  }

  private static String context(String text, NewsDevSet.Mention m) {
    int s = Math.max(0, m.start() - 25);
    int e = Math.min(text.length(), m.end() + 25);
    return (text.substring(s, m.start()) + "⟦" + text.substring(m.start(), m.end()) + "⟧" + text.substring(m.end(), e))
        .replace('\n', ' ');
  }

  public static List<NewsDevSet.Mention> mentions(List<Entity> entities) {
    List<NewsDevSet.Mention> out = new ArrayList<>(entities.size());
    for (Entity e : entities) {
      out.add(new NewsDevSet.Mention(e.start(), e.end(), e.type().name(), e.text()));
    }
    return out;
  }

  /** The shipped model alone, with the list features it was trained with: no list candidates, no rules. */
  public static List<NewsDevSet.Mention> modelOnly(NerModel model, String text) {
    AnalyzedText a = HindiNlp.standard().analyze(text);
    List<Token> tokens = a.tokens();
    List<String> keys = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      keys.add(t.canonical());
    }
    List<NewsDevSet.Mention> out = new ArrayList<>();
    for (Sentence s : a.sentences()) {
      if (s.endToken() <= s.firstToken()) {
        continue;
      }
      List<String> labels = model.tag(keys.subList(s.firstToken(), s.endToken()));
      int start = -1;
      String type = null;
      for (int i = 0; i <= labels.size(); i++) {
        String l = i < labels.size() ? labels.get(i) : "O";
        boolean inside = l.startsWith("I-") && type != null && l.substring(2).equals(type);
        if (start >= 0 && !inside) {
          int b = tokens.get(s.firstToken() + start).start();
          int e = tokens.get(s.firstToken() + i - 1).end();
          out.add(new NewsDevSet.Mention(b, e, type, text.substring(b, e)));
          start = -1;
          type = null;
        }
        if (l.startsWith("B-") || (l.startsWith("I-") && start < 0)) {
          start = i;
          type = l.substring(2);
        }
      }
    }
    return out;
  }

  /** Precision of each source of the combined tagger's entities. */
  static String sourcePrecision(List<NewsDevSet.Article> gold, EntityTagger tagger) {
    Map<String, int[]> bySource = new TreeMap<>();
    for (NewsDevSet.Article a : gold) {
      Set<String> g = new HashSet<>();
      for (NewsDevSet.Mention m : a.mentions()) {
        g.add(m.start() + ":" + m.end() + ":" + m.type());
      }
      for (Entity e : tagger.tag(a.text())) {
        String source = e.source() == Entity.Source.LIST && e.score() < 0.95 && e.score() > 0.85
            ? "LIST (spelling variant)" : e.source().name();
        int[] c = bySource.computeIfAbsent(source, k -> new int[2]);
        c[g.contains(e.start() + ":" + e.end() + ":" + e.type().name()) ? 0 : 1]++;
      }
    }
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, int[]> e : bySource.entrySet()) {
      int[] c = e.getValue();
      sb.append(String.format(Locale.ROOT, "  %-24s precision %6.2f  (%d of %d)%n",
          e.getKey(), 100.0 * c[0] / Math.max(1, c[0] + c[1]), c[0], c[0] + c[1]));
    }
    return sb.toString();
  }

  public static void main(String[] args) throws Exception {
    String part = args.length > 0 ? args[0] : "gold";
    boolean dumpErrors = args.length > 1 && args[1].equals("errors");
    List<NewsDevSet.Article> gold = NewsDevSet.read(NewsDevSet.ROOT.resolve(part));
    int mentions = gold.stream().mapToInt(a -> a.mentions().size()).sum();
    System.out.printf("news development set (%s): %d articles, %d mentions%n", part, gold.size(), mentions);
    Map<String, Function<String, List<NewsDevSet.Mention>>> taggers = new java.util.LinkedHashMap<>();
    EntityTagger standard = EntityTagger.standard();
    NerModel model = NerModel.loadDefault();
    taggers.put("combined (EntityTagger.standard())", t -> mentions(standard.tag(t)));
    taggers.put("model only (list features, no list candidates, no rules)", t -> modelOnly(model, t));
    EntityTagger listsOff = EntityTagger.builder().builtInLists(false).build();
    taggers.put("built-in lists off (model without list features, rules, linker)", t -> mentions(listsOff.tag(t)));
    EntityTagger noModel = EntityTagger.builder().model(false).build();
    taggers.put("lists + rules, no model", t -> mentions(noModel.tag(t)));
    EntityTagger listsOnly = EntityTagger.builder().model(false).rules(false).build();
    taggers.put("lists only", t -> mentions(listsOnly.tag(t)));
    Map<String, Double> f1 = new HashMap<>();
    for (Map.Entry<String, Function<String, List<NewsDevSet.Mention>>> e : taggers.entrySet()) {
      StringBuilder errors = dumpErrors && f1.isEmpty() ? new StringBuilder() : null;
      Counts c = score(gold, e.getValue(), errors);
      f1.put(e.getKey(), c.microF1());
      System.out.println(e.getKey() + ":");
      System.out.print(c.report());
      if (errors != null) {
        java.nio.file.Files.writeString(Path.of("target/news-dev-errors.tsv"), errors.toString());
        System.out.println("  errors written to target/news-dev-errors.tsv");
      }
    }
    System.out.println("combined tagger, precision per source:");
    System.out.print(sourcePrecision(gold, standard));
  }
}
