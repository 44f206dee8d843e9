package org.hindinlp.tools;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hindinlp.normalize.DevanagariNormalizer;
import org.hindinlp.tools.BuildEntityLists.Entry;

/**
 * Builds {@code india-tehsils.tsv}: India's sub-districts (tehsils, talukas, blocks, mandals) by
 * their Hindi names. The sub-districts and their official English names are those of the Local
 * Government Directory ({@code lgd-india/administrative/3-subdistrict.csv}, GODL-India, Ministry of
 * Panchayati Raj); the Hindi names are hand-written for hindi-nlp, one table per state in
 * {@code src/test/resources/org/hindinlp/tools/tehsils/<state-slug>.tsv} (state slugs as in
 * {@link IndiaPlaces#STATES}). Test scope only. Rebuild:
 *
 * <pre>
 * mvn -o -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.hindinlp.tools.BuildIndiaTehsils \
 *   -Dexec.args="../shared src/main/resources/org/hindinlp/ner/lists"
 * </pre>
 *
 * then run {@link BuildEntityLists} to update {@code lists.properties}.
 *
 * <p>Table format, one row per sub-district, TAB separated, {@code #} comments:
 *
 * <pre>
 * LGD sub-district code	LGD English name (exactly as in the CSV)	Hindi name	[other Hindi spelling …]
 * </pre>
 *
 * A Hindi name may start with {@code ~} (context-only: also a common word or a frequent given
 * name). A row whose Hindi column is {@code -} is skipped on purpose and gives the reason in the
 * fourth column ({@code generic: Sadar}). Every row is checked (the code exists in the LGD and
 * belongs to the table's state, the English name is the LGD one, the Hindi names are Devanagari in
 * canonical form, no code twice); any error stops the build with file:line.
 *
 * <p>Output: one LOCATION entry per kept sub-district, id {@code
 * loc:in:tehsil:<state-slug>:<name-slug>} (with {@code -<district-slug>} added when two
 * sub-districts of one state share the slug), names = the Hindi names, then the English name in
 * title case (a bracketed second name becomes a name of its own). A sub-district whose first Hindi name (folded by the search normalizer) is already a
 * strong LOCATION name in another built-in list is left out: that place (usually the tehsil's
 * headquarters town) is already found; so is one whose first Hindi name is a context-only
 * LOCATION name there and whose English name is a strong one. Further names are made context-only when they are single
 * words of the common-word list, strong names of another type, or context-only in another list;
 * names that are a person's name in a people list are dropped. Sorted by id, no time stamps:
 * byte-for-byte reproducible.
 */
public final class BuildIndiaTehsils {

  private BuildIndiaTehsils() {}

  static final String OUT = "india-tehsils.tsv";
  static final String TABLES = "org/hindinlp/tools/tehsils";
  static final Path SOURCE_TABLES = Path.of("src/test/resources/" + TABLES);
  static final List<String> PEOPLE_FILES =
      List.of("people.tsv", "people-world.tsv", "people-india.tsv", "people-culture.tsv", "people-more.tsv",
          "cricketers.tsv");

  /**
   * English names of sub-districts that are English words, personal names or surnames, or Hindi
   * words in Latin letters: context-only like their Hindi names (an entry left with no strong
   * name is dropped).
   */
  static final Set<String> ENGLISH_WEAK =
      Set.of("Amb", "Andar", "Atri", "Aut", "Bahu", "Bani", "Bano", "Bass", "Ben", "Bhalla", "Bikram", "Bind",
          "Chand", "Chandi", "Chaupal", "Chhata", "Chhatri", "Dadi", "Danda", "Daru", "Deo", "Dhami", "Durgawati",
          "Eidgah", "Garu", "Garud", "Ghaat", "Gola", "Govardhan", "Holi", "Jama", "Jari", "Kalan", "Kalpa",
          "Kanti", "Karra", "Keller", "Khair", "Khanna", "Kotwali", "Kunda", "Lar", "Madhuban", "Majra", "Maker",
          "Manch", "Mandal", "Mandap", "Mansi", "Mohalla", "Mori", "Nagra", "Nahar", "Nala", "Pandu", "Parihar",
          "Pati", "Patti", "Payal", "Poo", "Rai", "Rania", "Rohini", "Saha", "Sahar", "Saket", "Shama",
          "Someshwar", "Sono", "Sulah", "Sunni", "Thal", "Tonto",
          // English words (checked against an English word list) and more given names, west and east
          "Aali", "Agar", "Amla", "Bap", "Bari", "Dahi", "Dug", "Galore", "Gird", "Hadaf", "Jat", "Jonk", "Kasar",
          "Lathi", "Lava", "Mal", "Man", "Mania", "Motu", "Old", "Padua", "Pen", "Podia", "Rani", "Sum", "Tal",
          "Tiring", "Weir",
          // south and north-east: English words, given names and surnames, Hindi words in Latin letters
          "Agali", "Bana", "Barama", "Basar", "Bela", "Bhamini", "Bhandari", "Chare", "Chen", "Chintamani", "Deed",
          "Gandhari", "Gangadhar", "Gangaram", "Gara", "Ghantasala", "Harihar", "Hawai", "Indi", "Jang", "Kadam",
          "Kapu", "Katan", "Kora", "Koya", "Krishna", "Lala", "Lanka", "Manvi", "Maro", "Matia", "Nacho",
          "Nadendla", "Nagari", "Nari", "Padmanabham", "Raga", "Raha", "Rangat", "Riga", "Ron", "Rupa", "Sagar",
          "Sakshi", "Sangam", "Sangram", "Singareni", "Sira", "Soan", "Soha", "Tali", "Tuli", "Vemula",
          "Venkatachalam", "Ziro");

  private static final DevanagariNormalizer CANON = DevanagariNormalizer.canonical();
  private static final DevanagariNormalizer SEARCH = DevanagariNormalizer.search();

  /** One sub-district of the LGD. */
  record Lgd(String code, String state, String district, String name) {}

  /** One checked table row. */
  record Row(String where, String slug, Lgd lgd, List<String> hindi) {}

  /**
   * Command-line entry point.
   *
   * @param args the shared folder (with {@code corpora/lgd-india}) and the lists folder
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: BuildIndiaTehsils SHARED_DIR LISTS_DIR");
      System.exit(2);
    }
    build(Path.of(args[0]), Path.of(args[1]));
  }

  static void build(Path shared, Path lists) throws IOException {
    Map<String, Lgd> lgd = readLgd(shared.resolve("corpora/lgd-india/administrative/3-subdistrict.csv"));
    Map<String, String> slugToState = new HashMap<>();
    for (String[] s : IndiaPlaces.STATES) {
      slugToState.put(s[2], s[0]);
    }
    List<Row> rows = readTables(tablesDir(), lgd, slugToState);

    // ---- what the other built-in lists already have (folded as EntityListFilesTest folds)
    Map<String, String> strongLoc = new HashMap<>(); // fold -> id
    Map<String, String> strongOther = new HashMap<>(); // fold -> type id
    Set<String> weakElsewhere = new HashSet<>();
    Set<String> weakLoc = new HashSet<>(); // context-only LOCATION names
    Set<String> persons = new HashSet<>();
    for (BuildEntityLists.ListName n : BuildEntityLists.names(lists, OUT)) {
      String k = fold(n.name());
      if (PEOPLE_FILES.contains(n.file())) {
        persons.add(k);
      }
      if (!n.strong()) {
        weakElsewhere.add(k);
        if (n.type().equals("LOCATION")) {
          weakLoc.add(k);
        }
      } else if (n.type().equals("LOCATION")) {
        strongLoc.putIfAbsent(k, n.id());
      } else {
        strongOther.putIfAbsent(k, n.type() + " " + n.id());
      }
    }
    Set<String> common = BuildWorldPlaces.commonWords();

    // ---- entries
    Map<String, Integer> slugCount = new HashMap<>();
    for (Row r : rows) {
      if (!r.hindi().isEmpty()) {
        slugCount.merge(r.slug() + ":" + nameSlug(r.lgd().name()), 1, Integer::sum);
      }
    }
    TreeMap<String, Entry> out = new TreeMap<>();
    Map<String, int[]> stats = new TreeMap<>(); // slug -> rows, skipped on purpose, already listed, kept, with weak names, all weak
    int dropped = 0;
    for (Row r : rows) {
      int[] st = stats.computeIfAbsent(r.slug(), k -> new int[6]);
      st[0]++;
      if (r.hindi().isEmpty()) {
        st[1]++;
        continue;
      }
      String first = bare(r.hindi().get(0));
      String listed = strongLoc.get(fold(first));
      if (listed == null && weakLoc.contains(fold(first))) {
        // a context-only name there too: the same place if its English name is listed
        listed = strongLoc.get(fold(englishNames(r.lgd().name()).get(0)));
      }
      if (listed != null) {
        st[2]++;
        System.out.println("already listed: " + r.where() + " " + first + " = " + listed);
        continue;
      }
      String nameSlug = nameSlug(r.lgd().name());
      String id = "loc:in:tehsil:" + r.slug() + ":" + nameSlug;
      if (slugCount.get(r.slug() + ":" + nameSlug) > 1) {
        id += "-" + IndiaPlaces.slug(r.lgd().district());
      }
      if (out.containsKey(id)) {
        throw new IllegalStateException(r.where() + ": id " + id + " twice (same name in one district)");
      }
      Entry e = new Entry(id, "LOCATION");
      List<String> names = new ArrayList<>(r.hindi());
      names.addAll(englishNames(r.lgd().name()));
      for (String raw : names) {
        String n = bare(raw);
        String k = fold(n);
        if (persons.contains(k)) {
          dropped++;
          System.out.println("dropped (a person's name): " + r.where() + " " + n);
          continue;
        }
        if (!n.equals(first) && strongLoc.containsKey(k)) {
          dropped++;
          System.out.println("dropped (another list's place name): " + r.where() + " " + n + " = " + strongLoc.get(k));
          continue;
        }
        boolean weak = raw.startsWith(BuildEntityLists.WEAK)
            || weakElsewhere.contains(k)
            || strongOther.containsKey(k)
            || (!n.contains(" ") && common.contains(n))
            || ENGLISH_WEAK.contains(n);
        e.addExact(weak ? BuildEntityLists.WEAK + n : n);
      }
      if (e.names.values().stream().noneMatch(BuildEntityLists::isDevanagari)) {
        continue; // no Hindi name left
      }
      if (e.names.size() == e.weak.size()) {
        st[5]++;
        System.out.println("dropped (no strong name left): " + r.where() + " " + r.lgd().name());
        continue; // nothing left to match on its own
      }
      if (!e.weak.isEmpty()) {
        st[4]++;
      }
      st[3]++;
      out.put(id, e);
    }
    BuildEntityLists.write(
        lists.resolve(OUT),
        out,
        "Indian sub-districts (tehsils, blocks): derived from the Local Government Directory sub-district"
            + " names (GODL-India, Ministry of Panchayati Raj); Hindi names hand-written for hindi-nlp"
            + " (src/test/resources/" + TABLES + "/). Rebuild: mvn -o -q test-compile exec:java"
            + " -Dexec.classpathScope=test -Dexec.mainClass=org.hindinlp.tools.BuildIndiaTehsils"
            + " -Dexec.args=\"../shared src/main/resources/org/hindinlp/ner/lists\", then BuildEntityLists.",
        BuildIndiaTehsils.class);
    System.out.println("state\trows\tskipped on purpose\talready listed\tkept\twith context-only names"
        + "\tdropped (all names context-only)");
    int[] tot = new int[6];
    for (Map.Entry<String, int[]> s : stats.entrySet()) {
      int[] v = s.getValue();
      System.out.println(s.getKey() + "\t" + v[0] + "\t" + v[1] + "\t" + v[2] + "\t" + v[3] + "\t" + v[4] + "\t" + v[5]);
      for (int i = 0; i < 6; i++) {
        tot[i] += v[i];
      }
    }
    System.out.println("total\t" + tot[0] + "\t" + tot[1] + "\t" + tot[2] + "\t" + tot[3] + "\t" + tot[4]
        + "\t" + tot[5] + "\t(names dropped: " + dropped + ")");
  }

  /**
   * The English names of an LGD sub-district name in title case: {@code Chanan*} is Chanan,
   * {@code Baruraj (Motipur)} is Baruraj and Motipur, {@code Nirsa-Cum-Chirkunda} is Nirsa and Chirkunda, {@code Mulana ST} (sub-tehsil) is Mulana,
   * {@code Sirpur (T)} and {@code Bajali (Pt)} are Sirpur and Bajali, {@code Cherukupalle H/O Arumbaka} is Cherukupalle.
   */
  static List<String> englishNames(String lgdName) {
    List<String> out = new ArrayList<>();
    // Andhra Pradesh's "Cherukupalle H/O Arumbaka": the mandal, headquartered at a village
    String name = lgdName.replace("*", "").replaceAll("\\s+H/O\\b.*$", "");
    for (String part : name.split("[()/]|(?i)-cum-")) {
      String t = part.strip().replaceAll("\\s+ST$", ""); // Haryana's sub-tehsils: "Mulana ST"
      if (t.length() > 1 && !BRACKET_WORDS.contains(t.toLowerCase(java.util.Locale.ROOT))) { // not "(A)", "(T)"
        out.add(IndiaPlaces.titleCase(t));
      }
    }
    return out;
  }

  /** Bracketed words that qualify a name rather than name a place: {@code Maldah (Old)}. */
  static final Set<String> BRACKET_WORDS = Set.of("old", "new", "m", "rural", "urban", "town", "city", "sadar",
      "pt", "pt-i", "east", "west", "north", "south", "station", // Assam's "Bajali (Pt)" (part), "Ghanpur (Station)"
      "mulug", "manthani"); // Telangana's "Ghanpur (Mulug)", "Mutharam (Manthani)": the district or town told apart

  /** The id slug of an LGD name, without the marks {@code *} and {@code ST} (sub-tehsil). */
  static String nameSlug(String lgdName) {
    return IndiaPlaces.slug(lgdName.replace("*", "").strip().replaceAll("\\s+ST$", ""));
  }

  static String bare(String n) {
    return n.startsWith(BuildEntityLists.WEAK) ? n.substring(1) : n;
  }

  /** The key EntityListFilesTest compares names by: search-level folding, Latin lower-cased. */
  static String fold(String name) {
    return SEARCH.normalizeToString(bare(name)).toLowerCase(Locale.ROOT);
  }

  static Map<String, Lgd> readLgd(Path csv) throws IOException {
    Map<String, Lgd> out = new HashMap<>();
    for (List<String> r : IndiaPlaces.Csv.read(csv)) {
      out.put(r.get(5).strip(), new Lgd(r.get(5).strip(), r.get(1).strip(), r.get(4).strip(), r.get(7).strip()));
    }
    return out;
  }

  /** The table folder: the source folder when run from the project, else the test class path. */
  static Path tablesDir() throws IOException {
    if (Files.isDirectory(SOURCE_TABLES)) {
      return SOURCE_TABLES;
    }
    URL url = BuildIndiaTehsils.class.getClassLoader().getResource(TABLES);
    if (url == null) {
      throw new IOException("no tables: neither " + SOURCE_TABLES + " nor " + TABLES + " on the class path");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
  }

  static List<Row> readTables(Path dir, Map<String, Lgd> lgd, Map<String, String> slugToState) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
    }
    List<String> errors = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (Path f : files) {
      String slug = f.getFileName().toString().replaceAll("\\.tsv$", "");
      String state = slugToState.get(slug);
      if (state == null) {
        errors.add(f.getFileName() + ": not a state slug of IndiaPlaces.STATES");
        continue;
      }
      List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      Set<String> done = new HashSet<>();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        String where = f.getFileName() + ":" + (i + 1);
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t", -1);
        if (c.length < 3) {
          errors.add(where + ": fewer than 3 columns");
          continue;
        }
        Lgd l = lgd.get(c[0]);
        if (l == null) {
          errors.add(where + ": no LGD sub-district " + c[0]);
          continue;
        }
        if (!l.state().equals(state)) {
          errors.add(where + ": " + c[0] + " is in LGD state " + l.state() + ", not " + slug);
        }
        if (!l.name().equals(c[1])) {
          errors.add(where + ": English name " + c[1] + " is not the LGD name " + l.name());
        }
        String prev = seen.put(c[0], where);
        if (prev != null) {
          errors.add(where + ": code " + c[0] + " also at " + prev);
        }
        done.add(c[0]);
        List<String> hindi = new ArrayList<>();
        if (c[2].equals("-")) {
          if (c.length < 4 || c[3].isBlank()) {
            errors.add(where + ": a skipped row needs its reason in column 4");
          }
        } else {
          for (int j = 2; j < c.length; j++) {
            String n = bare(c[j]);
            if (n.isEmpty() || !n.strip().equals(n) || n.contains("  ")) {
              errors.add(where + ": empty name or stray spaces: [" + c[j] + "]");
            } else if (!CANON.isNormalized(n)) {
              errors.add(where + ": not in canonical form: " + c[j]);
            } else if (!n.chars().allMatch(ch -> ch == ' ' || ch == '-' || (ch >= 0x0900 && ch <= 0x097F))) {
              errors.add(where + ": not a Devanagari name: " + c[j]);
            } else {
              hindi.add(c[j]);
            }
          }
        }
        rows.add(new Row(where, slug, l, hindi));
      }
      long missing = lgd.values().stream().filter(l -> l.state().equals(state) && !done.contains(l.code())).count();
      if (missing > 0) {
        System.out.println(f.getFileName() + ": " + missing + " LGD sub-districts of the state not in the table");
      }
    }
    if (!errors.isEmpty()) {
      throw new IllegalStateException("tehsil tables have errors:\n" + String.join("\n", errors));
    }
    return rows;
  }
}
