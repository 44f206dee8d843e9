package org.hindinlp.transliterate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hindinlp.normalize.DevanagariNormalizer;

/**
 * Name pairs (Latin, Devanagari) for training and evaluating the transliterator, read from the
 * shared corpora ({@code ../shared/corpora}) and the project's own lists, with the fixed held-out
 * split (by a hash of the folded English name). Test scope: no corpus is shipped.
 *
 * <p>Sources that may enter the shipped model: CLDR (Unicode-3.0), Wikidata labels (CC0),
 * CoffeeBeansLabs states and districts (ISC), ESPNcricinfo player names via in-rolls/indicate
 * (MIT), the Latin aliases of the built-in lists, and the hand-written pairs of {@code
 * hand-pairs.tsv}. Dakshina (CC BY-SA 4.0) is read only by {@link #dakshina} for evaluation and the
 * "what would it add" experiment.
 */
final class TranslitData {

  /** Where a name comes from, for the per-group figures. */
  enum Group { INDIAN, FOREIGN, OTHER }

  /** One name pair. {@code latin} is as in the source; {@code hindi} is canonical Devanagari. */
  record Pair(String source, Group group, String latin, String hindi) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DevanagariNormalizer CANONICAL = DevanagariNormalizer.canonical();
  private static final DevanagariNormalizer SEARCH = DevanagariNormalizer.search();

  private TranslitData() {}

  /** The key of a Latin name: folded words joined by single spaces ("keir starmer"). */
  static String key(String latin) {
    StringBuilder b = new StringBuilder();
    for (String w : latinWords(latin)) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(w);
    }
    return b.toString();
  }

  /** The letter words of a Latin name, folded as the transliterator folds them. */
  static List<String> latinWords(String latin) {
    List<String> out = new ArrayList<>();
    for (String p : NameTransliterator.split(NameTransliterator.fold(latin))) {
      if (!p.equals(" ") && !p.equals("-")) {
        out.add(p);
      }
    }
    return out;
  }

  /** The words of a Devanagari name (split at spaces and hyphens). */
  static List<String> hindiWords(String hindi) {
    List<String> out = new ArrayList<>();
    for (String w : hindi.split("[\\s\\-]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** True for the held-out tenth: FNV-1a of the UTF-8 key, modulo 10, equals 0. */
  static boolean heldOut(String latin) {
    int h = 0x811C9DC5;
    for (byte b : key(latin).getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xFF;
      h *= 0x01000193;
    }
    return Integer.remainderUnsigned(h, 10) == 0;
  }

  /** Search-normalized form of a Devanagari string, for the folded figures. */
  static String search(String hindi) {
    return SEARCH.normalizeToString(hindi);
  }

  /** True when the pair is usable: Latin letters, pure Devanagari, the same number of words. */
  static boolean usable(Pair p) {
    List<String> lw = latinWords(p.latin());
    List<String> hw = hindiWords(p.hindi());
    if (lw.isEmpty() || lw.size() != hw.size()) {
      return false;
    }
    for (String w : lw) {
      if (w.charAt(0) < 'a' || w.charAt(0) > 'z') {
        return false;
      }
    }
    for (String w : hw) {
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (c < '\u0900' || c > '\u097F' || c == '\u0964' || c == '\u0965' || (c >= '\u0966' && c <= '\u096F')) {
          return false;
        }
      }
    }
    return true;
  }

  /** All shippable pairs (usable ones only), in a fixed order. */
  static List<Pair> load(Path shared, Path lists) throws IOException {
    List<Pair> all = new ArrayList<>();
    Path c = shared.resolve("corpora");
    Map<String, Group> known = new TreeMap<>();
    cldr(c.resolve("cldr-hi"), all, known);
    statesDistricts(c.resolve("india-states-districts-hi"), all, known);
    cricket(c.resolve("cricinfo-player-names-hi/players_hi_en.json"), all);
    projectLists(lists, all, known);
    wikidata(c.resolve("wikidata-en-hi-names/wikidata_20150427.tsv"), all, known);
    hand(all);
    List<Pair> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Pair p : all) {
      if (usable(p) && seen.add(key(p.latin()) + "\t" + p.hindi())) {
        out.add(p);
      }
    }
    return out;
  }

  private static void add(List<Pair> all, String source, Group g, String latin, String hindi) {
    if (latin == null || hindi == null || latin.isBlank() || hindi.isBlank()) {
      return;
    }
    all.add(new Pair(source, g, latin.strip(), CANONICAL.normalizeToString(hindi.strip())));
  }

  private static JsonNode json(Path p) throws IOException {
    return JSON.readTree(Files.readString(p, StandardCharsets.UTF_8));
  }

  private static void cldr(Path dir, List<Pair> all, Map<String, Group> known) throws IOException {
    JsonNode hiT = displayNames(dir, "hi", "territories");
    JsonNode enT = displayNames(dir, "en", "territories");
    for (Iterator<String> it = hiT.fieldNames(); it.hasNext(); ) {
      String code = it.next();
      String en = enT.path(code).asText(null);
      Group g = code.equals("IN") ? Group.INDIAN : Group.FOREIGN;
      add(all, "cldr-territories", g, en, hiT.path(code).asText(null));
      if (en != null) {
        known.putIfAbsent(key(en), g);
      }
    }
    JsonNode hiL = displayNames(dir, "hi", "languages");
    JsonNode enL = displayNames(dir, "en", "languages");
    for (Iterator<String> it = hiL.fieldNames(); it.hasNext(); ) {
      String code = it.next();
      add(all, "cldr-languages", Group.OTHER, enL.path(code).asText(null), hiL.path(code).asText(null));
    }
    JsonNode hiZ = json(dir.resolve("dates/hi/timeZoneNames.json")).path("main").path("hi")
        .path("dates").path("timeZoneNames").path("zone");
    JsonNode enZ = json(dir.resolve("dates/en/timeZoneNames.json")).path("main").path("en")
        .path("dates").path("timeZoneNames").path("zone");
    zones(hiZ, enZ, "", all, known);
  }

  /** CLDR's display names of one kind (territories, languages) in one locale. */
  private static JsonNode displayNames(Path dir, String locale, String kind) throws IOException {
    return json(dir.resolve("localenames/" + locale + "/" + kind + ".json")).path("main").path(locale)
        .path("localeDisplayNames").path(kind);
  }

  private static void zones(JsonNode hi, JsonNode en, String path, List<Pair> all, Map<String, Group> known) {
    if (hi.has("exemplarCity")) {
      String name = path.substring(path.lastIndexOf('/') + 1);
      String e = en.path("exemplarCity").asText(name.replace('_', ' '));
      Group g = path.equals("/Asia/Calcutta") ? Group.INDIAN : Group.FOREIGN;
      add(all, "cldr-cities", g, e, hi.path("exemplarCity").asText(null));
      known.putIfAbsent(key(e), g);
      return;
    }
    for (Iterator<String> it = hi.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (hi.path(f).isObject()) {
        zones(hi.path(f), en.path(f), path + "/" + f, all, known);
      }
    }
  }

  private static void statesDistricts(Path dir, List<Pair> all, Map<String, Group> known) throws IOException {
    for (String f : List.of("state.json", "city.json")) {
      for (JsonNode n : json(dir.resolve(f))) {
        String en = n.path("en_name").asText(null);
        add(all, "india-states-districts", Group.INDIAN, en, n.path("hi_name").asText(null));
        if (en != null) {
          known.put(key(en), Group.INDIAN);
        }
      }
    }
  }

  private static void cricket(Path file, List<Pair> all) throws IOException {
    for (JsonNode n : json(file)) {
      String slug = n.path("slug").asText("").replaceAll("-?\\d+$", "").replace('-', ' ');
      Group g = n.path("country_id").asInt() == 6 ? Group.INDIAN : Group.FOREIGN;
      add(all, "cricinfo", g, slug, n.path("hindi_long_name").asText(null));
    }
  }

  private static boolean isLatin(String s) {
    return s.chars().anyMatch(ch -> (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))
        && s.chars().noneMatch(ch -> ch >= 0x0900 && ch <= 0x097F);
  }

  private static void projectLists(Path lists, List<Pair> all, Map<String, Group> known) throws IOException {
    // Every built-in list's persons and places (organisation names are often translated, not
    // transliterated: "Central Silk Board" / केंद्रीय रेशम बोर्ड), grouped by what the file holds.
    Map<String, Group> files = new LinkedHashMap<>();
    for (String f : org.hindinlp.tools.BuildEntityLists.FILES) {
      files.put(f, f.startsWith("india-") || f.startsWith("people-india") ? Group.INDIAN
          : f.startsWith("countries") || f.startsWith("world-") || f.startsWith("people-world") ? Group.FOREIGN
          : Group.OTHER);
    }
    for (Map.Entry<String, Group> f : files.entrySet()) {
      for (String line : Files.readAllLines(lists.resolve(f.getKey()), StandardCharsets.UTF_8)) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length < 3 || !(cols[1].equals("PERSON") || cols[1].equals("LOCATION"))) {
          continue;
        }
        List<String> hindi = new ArrayList<>();
        List<String> latin = new ArrayList<>();
        for (int i = 0; i < cols.length; i++) {
          if (i == 1 || i == 2 || cols[i].startsWith("~")) {
            continue;
          }
          if (isLatin(cols[i])) {
            latin.add(cols[i]);
          } else if (cols[i].chars().anyMatch(ch -> ch >= 0x0900 && ch <= 0x097F)) {
            hindi.add(cols[i]);
          }
        }
        for (String l : latin) {
          known.putIfAbsent(key(l), f.getValue());
          for (String h : hindi) {
            add(all, "list:" + f.getKey(), f.getValue(), l, h);
          }
        }
      }
    }
  }

  private static void wikidata(Path file, List<Pair> all, Map<String, Group> known) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split("\t");
      if (cols.length >= 3) {
        Group g = known.getOrDefault(key(cols[1]), Group.OTHER);
        add(all, "wikidata", g, cols[1], cols[2]);
      }
    }
  }

  private static void hand(List<Pair> all) throws IOException {
    try (InputStream in = TranslitData.class.getResourceAsStream("hand-pairs.tsv")) {
      if (in == null) {
        throw new IOException("hand-pairs.tsv missing from the test resources");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] cols = line.split("\t");
        Group g = Group.valueOf(cols[2].strip().toUpperCase(Locale.ROOT));
        add(all, "hand", g, cols[0], cols[1]);
      }
    }
  }

  /** Dakshina lexicon pairs (native, roman) of one partition: "train", "dev" or "test". */
  static List<Pair> dakshina(Path shared, String part) {
    Path f = shared.resolve("corpora/dakshina-hi/hi.translit.sampled." + part + ".tsv");
    List<Pair> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        String[] cols = line.split("\t");
        if (cols.length >= 2) {
          Pair p = new Pair("dakshina-" + part, Group.OTHER, cols[1], CANONICAL.normalizeToString(cols[0]));
          if (usable(p)) {
            out.add(p);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
