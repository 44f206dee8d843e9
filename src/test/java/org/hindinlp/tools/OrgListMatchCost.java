package org.hindinlp.tools;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.hindinlp.ner.Entity;
import org.hindinlp.ner.EntityList;
import org.hindinlp.ner.EntityTagger;

/**
 * Measures what a list costs on running text: tags a text file (plain, or the Dakshina
 * {@code *.tsv.gz} whose last column is the sentence) with one list alone (no model, no rules, no
 * built-in lists) and prints the matches per million whitespace tokens and the most frequent
 * matched surfaces with their ids. Which of those are false matches is then judged by hand.
 * Test scope only.
 *
 * <pre>
 * mvn -o -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.hindinlp.tools.OrgListMatchCost \
 *   -Dexec.args="../shared/corpora/dakshina-hi/hi.wiki-filt.valid.text.sorted.tsv.gz 20 \
 *     src/main/resources/org/hindinlp/ner/lists/companies.tsv"
 * </pre>
 */
public final class OrgListMatchCost {
  private OrgListMatchCost() {}

  public static void main(String[] args) throws Exception {
    Path text = Path.of(args[0]);
    int top = Integer.parseInt(args[1]);
    List<String> lines = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                text.toString().endsWith(".gz")
                    ? new GZIPInputStream(Files.newInputStream(text))
                    : Files.newInputStream(text),
                StandardCharsets.UTF_8))) {
      for (String l; (l = r.readLine()) != null; ) {
        int tab = l.lastIndexOf('\t');
        lines.add(tab >= 0 ? l.substring(tab + 1) : l);
      }
    }
    long tokens = 0;
    for (String l : lines) {
      tokens += l.isBlank() ? 0 : l.strip().split("\\s+").length;
    }
    for (int i = 2; i < args.length; i++) {
      EntityList list = EntityList.load(Path.of(args[i]));
      EntityTagger tagger =
          EntityTagger.builder().model(false).rules(false).builtInLists(false).addList(list).build();
      Map<String, Integer> counts = new TreeMap<>();
      int total = 0;
      for (String l : lines) {
        for (Entity e : tagger.tag(l)) {
          counts.merge(e.text() + "\t" + e.id(), 1, Integer::sum);
          total++;
        }
      }
      System.out.printf(
          "%s: %d entries, %d matches in %d tokens = %.1f per million tokens%n",
          args[i], list.size(), total, tokens, total * 1e6 / tokens);
      counts.entrySet().stream()
          .sorted((a, b) -> b.getValue() - a.getValue())
          .limit(top)
          .forEach(e -> System.out.printf("  %6d  %s%n", e.getValue(), e.getKey()));
    }
  }
}
