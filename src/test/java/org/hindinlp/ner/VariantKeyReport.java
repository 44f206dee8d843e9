package org.hindinlp.ner;

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
import org.hindinlp.normalize.DevanagariNormalizer;

/**
 * Reach and cost of the spelling-variant key ({@link NameVariantKey}). Reach: the share of
 * spelling-variant pairs it joins, on the hand-collected pairs ({@code ner/spelling-variants.tsv})
 * and on the pairs of names of one entry in the built-in lists that differ only in spelling
 * (same number of words, edit distance at most 40 % of the length). Cost: list matches that exist
 * only through a variant key on the Dakshina Wikipedia text, per million tokens, with the most
 * frequent. From the repository root:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.hindinlp.ner.VariantKeyReport ../shared
 * </pre>
 */
public final class VariantKeyReport {

  private VariantKeyReport() {}

  /** Joined / total of the hand pairs marked {@code yes}, and the {@code no} pairs joined. */
  static int[] handPairs() throws Exception {
    int joined = 0;
    int total = 0;
    int limitsJoined = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        VariantKeyReport.class.getResourceAsStream("/ner/spelling-variants.tsv"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        boolean same = joins(f[0], f[1]);
        if (!same && f[2].equals("yes")) {
          System.out.println("  not joined: " + f[0] + " / " + f[1] + " (" + key(f[0]) + " / " + key(f[1]) + ")");
        }
        if (f[2].equals("yes")) {
          total++;
          joined += same ? 1 : 0;
        } else {
          limitsJoined += same ? 1 : 0;
        }
      }
    }
    return new int[] {joined, total, limitsJoined};
  }

  /** Whether the two spellings meet: same key, or one's key is the other's ॉ-as-ा key. */
  static boolean joins(String a, String b) {
    return key(a).equals(key(b)) || alt(a).equals(key(b)) || key(a).equals(alt(b));
  }

  static String alt(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : DevanagariNormalizer.canonical().normalizeToString(name).split("\\s+")) {
      String a = NameVariantKey.alternative(w);
      sb.append(a == null ? NameVariantKey.of(w) : a).append(' ');
    }
    return sb.toString().strip();
  }

  static String key(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : DevanagariNormalizer.canonical().normalizeToString(name).split("\\s+")) {
      sb.append(NameVariantKey.of(w)).append(' ');
    }
    return sb.toString().strip();
  }

  static int distance(String a, String b) {
    return org.hindinlp.tools.BuildEntityLists.levenshtein(a, b);
  }

  public static void main(String[] args) throws Exception {
    int[] hand = handPairs();
    System.out.printf("hand-collected pairs: %d of %d joined; known limits joined: %d%n", hand[0], hand[1], hand[2]);
    int joined = 0;
    int total = 0;
    List<String> missed = new ArrayList<>();
    for (EntityList l : EntityTagger.builtInLists()) {
      for (ListEntry e : l.entries()) {
        List<String> dev = new ArrayList<>();
        for (String n : e.names()) {
          if (n.chars().anyMatch(c -> c >= 0x0900 && c <= 0x097F)) {
            dev.add(DevanagariNormalizer.canonical().normalizeToString(n));
          }
        }
        for (int i = 0; i < dev.size(); i++) {
          for (int j = i + 1; j < dev.size(); j++) {
            String a = dev.get(i);
            String b = dev.get(j);
            if (a.split(" ").length != b.split(" ").length || a.equals(b)) {
              continue;
            }
            if (distance(a, b) > 0.4 * Math.max(a.length(), b.length())) {
              continue;
            }
            total++;
            if (joins(a, b)) {
              joined++;
            } else if (missed.size() < 25) {
              missed.add(a + " / " + b);
            }
          }
        }
      }
    }
    System.out.printf("spelling pairs within list entries: %d of %d joined (%.1f %%)%n", joined, total, 100.0 * joined / total);
    System.out.println("  not joined, e.g.: " + missed);
    if (args.length == 0) {
      return;
    }
    Path wiki = Path.of(args[0]).resolve("corpora/dakshina-hi/hi.wiki-filt.valid.text.sorted.tsv.gz");
    EntityTagger lists = EntityTagger.builder().model(false).rules(false).build();
    long tokens = 0;
    int variantOnly = 0;
    Map<String, Integer> top = new TreeMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(wiki)),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String text = line.substring(line.indexOf('\t') + 1);
        tokens += text.split("\\s+").length;
        for (Entity e : lists.tag(text)) {
          if (e.source() == Entity.Source.LIST && e.score() == Gazetteer.VARIANT_SCORE) {
            variantOnly++;
            top.merge(e.text() + " → " + e.canonicalName(), 1, Integer::sum);
          }
        }
      }
    }
    System.out.printf("Dakshina Wikipedia: %,d tokens, %d matches only through a variant key (%.0f per million)%n",
        tokens, variantOnly, 1e6 * variantOnly / tokens);
    top.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(40)
        .forEach(x -> System.out.println("  " + x.getValue() + "\t" + x.getKey()));
  }
}
