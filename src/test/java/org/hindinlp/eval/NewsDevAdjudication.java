package org.hindinlp.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the adjudicated gold of the news development set from the two annotation passes and the
 * decisions in {@code news-dev/adjudication.tsv}: a mention both passes agree on is gold; a mention
 * only one pass has is gold if the decision for it says {@code keep}. Every disagreement needs a
 * decision (article, pass, type, text, keep|drop, reason); a missing or unused one is an error naming
 * the article. From the repository root:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.hindinlp.eval.NewsDevAdjudication
 * </pre>
 */
public final class NewsDevAdjudication {

  private NewsDevAdjudication() {}

  /** The gold articles, as markup, by file name. */
  static Map<String, String> build(Path root) throws IOException {
    List<NewsDevSet.Article> p1 = NewsDevSet.read(root.resolve("pass1"));
    Map<String, NewsDevSet.Article> p2 = new HashMap<>();
    for (NewsDevSet.Article a : NewsDevSet.read(root.resolve("pass2"))) {
      p2.put(a.name(), a);
    }
    Map<String, Boolean> decisions = new HashMap<>();
    List<String> lines = Files.readAllLines(root.resolve("adjudication.tsv"), StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 6 || !(f[4].equals("keep") || f[4].equals("drop"))) {
        throw new IllegalArgumentException("adjudication.tsv:" + (i + 1) + ": expected article, pass, type, text, keep|drop, reason");
      }
      decisions.put(f[0] + "\t" + f[1] + "\t" + f[2] + "\t" + f[3], f[4].equals("keep"));
    }
    Set<String> used = new HashSet<>();
    Map<String, String> out = new java.util.TreeMap<>();
    for (NewsDevSet.Article a : p1) {
      NewsDevSet.Article b = p2.get(a.name());
      if (b == null) {
        throw new IllegalArgumentException(a.name() + ": no second pass");
      }
      if (!a.text().equals(b.text())) {
        throw new IllegalArgumentException(a.name() + ": the passes have different texts");
      }
      Set<String> inB = keys(b.mentions());
      Set<String> inA = keys(a.mentions());
      List<NewsDevSet.Mention> gold = new ArrayList<>();
      for (NewsDevSet.Mention m : a.mentions()) {
        if (inB.contains(key(m)) || decide(decisions, used, a.name(), "pass1", m)) {
          gold.add(m);
        }
      }
      for (NewsDevSet.Mention m : b.mentions()) {
        if (!inA.contains(key(m)) && decide(decisions, used, a.name(), "pass2", m)) {
          gold.add(m);
        }
      }
      gold.sort((x, y) -> Integer.compare(x.start(), y.start()));
      out.put(a.name(), markup(a.name(), a.text(), gold));
    }
    Set<String> unused = new HashSet<>(decisions.keySet());
    unused.removeAll(used);
    if (!unused.isEmpty()) {
      throw new IllegalArgumentException("adjudication.tsv: decisions for no disagreement: " + unused);
    }
    return out;
  }

  private static boolean decide(
      Map<String, Boolean> decisions, Set<String> used, String article, String pass, NewsDevSet.Mention m) {
    String k = article + "\t" + pass + "\t" + m.type() + "\t" + m.text();
    Boolean keep = decisions.get(k);
    if (keep == null) {
      throw new IllegalArgumentException(article + ": no decision for " + pass + "'s " + m.type() + " '" + m.text() + "'");
    }
    used.add(k);
    return keep;
  }

  private static String key(NewsDevSet.Mention m) {
    return m.start() + ":" + m.end() + ":" + m.type();
  }

  private static Set<String> keys(List<NewsDevSet.Mention> ms) {
    Set<String> s = new HashSet<>();
    for (NewsDevSet.Mention m : ms) {
      s.add(key(m));
    }
    return s;
  }

  private static String markup(String name, String text, List<NewsDevSet.Mention> gold) {
    StringBuilder sb = new StringBuilder(text.length() + gold.size() * 10);
    int at = 0;
    for (NewsDevSet.Mention m : gold) {
      if (m.start() < at) {
        throw new IllegalArgumentException(name + ": gold mentions overlap at '" + m.text() + "'");
      }
      sb.append(text, at, m.start()).append("[[").append(m.type(), 0, 3).append('|').append(m.text()).append("]]");
      at = m.end();
    }
    return sb.append(text.substring(at)).toString();
  }

  public static void main(String[] args) throws Exception {
    Path root = NewsDevSet.ROOT;
    Map<String, String> gold = build(root);
    Files.createDirectories(root.resolve("gold"));
    for (Map.Entry<String, String> e : gold.entrySet()) {
      Files.writeString(root.resolve("gold").resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
    }
    System.out.println("wrote " + gold.size() + " gold articles");
  }
}
