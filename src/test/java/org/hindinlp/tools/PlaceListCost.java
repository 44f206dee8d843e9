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
import org.hindinlp.ner.EntityList;
import org.hindinlp.ner.EntityTagger;

/**
 * Cost of a list on running text: tags the Dakshina Hindi Wikipedia sample with only the given
 * list (no model, no rules, no built-in lists) and prints matches per million tokens and the most
 * frequent matched names with their ids, for a reviewer to judge which are false matches.
 *
 * <pre>
 * java -cp … org.hindinlp.tools.PlaceListCost \
 *   ../shared/corpora/dakshina-hi/hi.wiki-filt.valid.text.sorted.tsv.gz LIST.tsv [TOP]
 * </pre>
 */
public final class PlaceListCost {

  private PlaceListCost() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args[0]);
    EntityList list = EntityList.load(Path.of(args[1]));
    int top = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    EntityTagger tagger =
        EntityTagger.builder().model(false).rules(false).builtInLists(false).addList(list).build();
    long tokens = 0;
    long matches = 0;
    Map<String, Integer> byName = new HashMap<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t");
        String text = f[f.length - 1];
        tokens += text.split("\\s+").length;
        for (Entity e : tagger.tag(text)) {
          matches++;
          byName.merge(e.text() + "\t" + e.id(), 1, Integer::sum);
        }
      }
    }
    System.out.printf("tokens %d matches %d per-million %.1f%n", tokens, matches, matches * 1e6 / tokens);
    List<Map.Entry<String, Integer>> l = new ArrayList<>(byName.entrySet());
    l.sort((a, b) -> b.getValue() - a.getValue());
    for (int i = 0; i < Math.min(top, l.size()); i++) {
      System.out.println(l.get(i).getValue() + "\t" + l.get(i).getKey());
    }
  }
}
