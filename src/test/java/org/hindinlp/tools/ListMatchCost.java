package org.hindinlp.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.hindinlp.ner.Entity;
import org.hindinlp.ner.EntityTagger;

/**
 * Cost of entity list files on running text, as built-in lists match (Latin names are not
 * transliterated, so an entry whose Devanagari names are all context-only matches only with a
 * cue). The one measuring tool of the list files (people, organisations, places, towns). Tags a
 * text with one list at a time (no model, no rules, no built-in lists) and prints, per list, the matches per million tokens (all matches,
 * and those of single-word names, where false matches come from), the 20 most frequent matched
 * surfaces, and a few contexts of each. Test scope only; a one-off measuring tool, not part of
 * the build.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:CLASSPATH org.hindinlp.tools.ListMatchCost \
 *   ../shared/corpora/dakshina-hi/hi.wiki-filt.valid.text.sorted.tsv.gz \
 *   src/main/resources/org/hindinlp/ner/lists/people-world.tsv …
 * </pre>
 *
 * <p>The text file is UTF-8 (gzip if it ends in {@code .gz}); the text is the last tab-separated
 * column of each line. Tokens are counted as whitespace-separated words.
 *
 * <p>Per-list precision (the table of docs/entity-lists.md): {@code -Djudge.out=FILE} writes, for
 * every list, its most frequent matched surfaces ({@code -Djudge.top}, default 30) with their
 * count and two contexts, one per line ({@code list, surface, id, count, verdict, contexts}), for a
 * reader to fill the verdict column with {@code T} (the entity meant), {@code F} (a false match) or {@code M} (mixed: counted half false);
 * {@code -Djudged=FILE} reads such a file back and prints one table row per list: entries, matches
 * and single-word matches per million tokens, the share of matches judged, and the false matches
 * per million tokens among them (a lower bound; the unjudged rest is the long tail of rare surfaces).
 */
public final class ListMatchCost {

  private ListMatchCost() {}

  /**
   * Command-line entry point.
   *
   * @param args the text file, then one or more list files
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    List<String> lines = new ArrayList<>();
    Path text = Path.of(args[0]);
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                text.toString().endsWith(".gz")
                    ? new GZIPInputStream(Files.newInputStream(text))
                    : Files.newInputStream(text),
                StandardCharsets.UTF_8))) {
      for (String l; (l = r.readLine()) != null; ) {
        String t = l.substring(l.lastIndexOf('\t') + 1).trim();
        if (!t.isEmpty()) {
          lines.add(t);
        }
      }
    }
    long tokens = 0;
    for (String l : lines) {
      tokens += l.split("\\s+").length;
    }
    System.out.printf("%s: %d lines, %d tokens%n", text.getFileName(), lines.size(), tokens);
    String judgeOut = System.getProperty("judge.out");
    String judgedIn = System.getProperty("judged");
    Map<String, String> verdicts = new HashMap<>();
    if (judgedIn != null) {
      for (String l : Files.readAllLines(Path.of(judgedIn), StandardCharsets.UTF_8)) {
        String[] c = l.split("\t", -1);
        if (c.length >= 5 && !l.startsWith("#")) {
          verdicts.put(c[0] + "\t" + c[1] + " → " + c[2], c[4].strip());
        }
      }
    }
    StringBuilder judge = new StringBuilder("#list\tsurface\tid\tcount\tverdict (T/F)\tcontexts\n");
    List<String> table = new ArrayList<>();
    for (int a = 1; a < args.length; a++) {
      EntityTagger tagger =
          EntityTagger.builder().model(false).rules(false).builtInLists(false)
              .transliterateLatinNames(false).addList(Path.of(args[a])).build();
      Map<String, Integer> bySurface = new HashMap<>();
      Map<String, List<String>> contexts = new HashMap<>();
      int all = 0;
      int single = 0;
      for (String l : lines) {
        for (Entity e : tagger.tag(l)) {
          all++;
          String s = e.text();
          if (!s.contains(" ")) {
            single++;
          }
          bySurface.merge(s + " → " + e.id(), 1, Integer::sum);
          List<String> c = contexts.computeIfAbsent(s + " → " + e.id(), k -> new ArrayList<>());
          if (c.size() < 2) {
            int from = Math.max(0, e.start() - 40);
            int to = Math.min(l.length(), e.end() + 40);
            c.add(l.substring(from, e.start()) + "[" + s + "]" + l.substring(e.end(), to));
          }
        }
      }
      System.out.printf(
          "%n%s: %d matches (%.0f per million tokens), %d of single words (%.0f per million)%n",
          Path.of(args[a]).getFileName(), all, all * 1e6 / tokens, single, single * 1e6 / tokens);
      String file = Path.of(args[a]).getFileName().toString();
      List<Map.Entry<String, Integer>> sorted = new ArrayList<>(bySurface.entrySet());
      sorted.sort((x, y) -> y.getValue() != x.getValue().intValue()
          ? y.getValue() - x.getValue() : x.getKey().compareTo(y.getKey()));
      if (judgeOut != null) {
        for (Map.Entry<String, Integer> e : sorted.subList(0, Math.min(sorted.size(), Integer.getInteger("judge.top", 30)))) {
          String[] si = e.getKey().split(" → ", 2);
          judge.append(file).append('\t').append(si[0]).append('\t').append(si[1]).append('\t')
              .append(e.getValue()).append("\t\t")
              .append(String.join(" | ", contexts.get(e.getKey())).replace('\t', ' ').replace('\n', ' '))
              .append('\n');
        }
      }
      if (judgedIn != null) {
        int judged = 0;
        double falses = 0;
        for (Map.Entry<String, Integer> e : sorted) {
          String v = verdicts.get(file + "\t" + e.getKey());
          if (v != null && !v.isEmpty()) {
            judged += e.getValue();
            if (v.startsWith("F")) {
              falses += e.getValue();
            } else if (v.startsWith("M")) {
              falses += e.getValue() / 2.0; // the contexts disagree: counted half false
            }
          }
        }
        int entries = org.hindinlp.ner.EntityList.load(Path.of(args[a])).size();
        table.add(String.format(java.util.Locale.ROOT, "| `%s` | %,d | %.0f | %.0f | %s | %.0f |",
            file, entries, all * 1e6 / tokens, single * 1e6 / tokens,
            all == 0 ? "–" : String.format(java.util.Locale.ROOT, "%.0f %%", 100.0 * judged / all),
            falses * 1e6 / tokens));
      }
      sorted.stream()
          .limit(Integer.getInteger("top", 20))
          .forEach(
              e -> {
                System.out.printf("%6d  %s%n", e.getValue(), e.getKey());
                for (String c : contexts.get(e.getKey())) {
                  System.out.println("          … " + c.replace('\n', ' ') + " …");
                }
              });
    }
    if (judgeOut != null) {
      Files.writeString(Path.of(judgeOut), judge, StandardCharsets.UTF_8);
    }
    if (judgedIn != null) {
      System.out.println();
      System.out.println("| list | entries | matches / M tokens | single-word / M | judged | false / M (judged) |");
      System.out.println("|---|---:|---:|---:|---:|---:|");
      table.forEach(System.out::println);
    }
  }
}
