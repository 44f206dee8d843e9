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
      bySurface.entrySet().stream()
          .sorted((x, y) -> y.getValue() - x.getValue())
          .limit(Integer.getInteger("top", 20))
          .forEach(
              e -> {
                System.out.printf("%6d  %s%n", e.getValue(), e.getKey());
                for (String c : contexts.get(e.getKey())) {
                  System.out.println("          … " + c.replace('\n', ' ') + " …");
                }
              });
    }
  }
}
