package org.hindinlp.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hindinlp.normalize.DevanagariNormalizer;

/**
 * Builds {@code cricketers.tsv} from the ESPNcricinfo Hindi player names of in-rolls/indicate (MIT;
 * {@code corpora/cricinfo-player-names-hi/players_hi_en.json}, see its PROVENANCE.md). Test scope
 * only; called by {@link BuildEntityLists}.
 *
 * <p>One entry per player (the file repeats players; they are merged by {@code id}): the full
 * Hindi name ({@code hindi_long_name}, canonical, with the spelling variants of {@link
 * BuildEntityLists#variants}, and with a word-initial ऐ also written ए: {@code ऐरन फिंच} / {@code
 * एरन फिंच}) and the English name from {@code slug}. Never the scorecard form
 * with initials, never a surname alone. A player is left out when
 *
 * <ul>
 *   <li>the Hindi name is a single word, or holds a word that is not Devanagari, or a
 *       postposition (ने को से का की के में पर तक), or is a common Hindi word;
 *   <li>the name is made only of very frequent name words ({@link #GENERIC}: {@code अली ख़ान},
 *       {@code मोहम्मद नवाज़}) or ends in a given name that usually continues ({@code आसिफ़ अली}):
 *       in running text it is mostly part of another person's longer name;
 *   <li>his id ({@code per:slug}) or any of his names is already in a hand-curated people list
 *       ({@code people*.tsv}: the same person listed with more spellings, or another person of
 *       the same name);
 *   <li>a name equals (after search folding) a place or organisation name of another list.
 * </ul>
 */
final class Cricketers {

  static final String SOURCE = "corpora/cricinfo-player-names-hi/players_hi_en.json";
  static final List<String> HAND_PEOPLE =
      List.of("people.tsv", "people-world.tsv", "people-india.tsv", "people-culture.tsv");
  static final Set<String> POSTPOSITIONS = Set.of("ने", "को", "से", "का", "की", "के", "में", "पर", "तक");
  /**
   * Name words so frequent in South Asian names that a cricketer's name made only of them, or
   * ending in one of the given names among them, is mostly part of another person's longer name
   * in running text ({@code [आसिफ अली] जरदारी}, {@code सोहा [अली खान]}).
   */
  static final Set<String> GENERIC =
      Set.of("मोहम्मद", "मुहम्मद", "अली", "ख़ान", "खान", "अहमद", "हुसैन", "हसन", "शाह", "सैयद",
          "अब्दुल", "इमरान", "उमर", "उस्मान", "सिंह", "कुमार", "शर्मा", "नवाज़", "नवाज", "आसिफ़", "आसिफ",
          "रहमान", "इक़बाल", "इकबाल", "जावेद", "हामिद", "हफ़ीज़", "हफीज");
  /** Given names that usually continue with a further name ({@code आसिफ अली [जरदारी]}). */
  static final Set<String> CONTINUING = Set.of("अली", "अहमद", "मोहम्मद", "मुहम्मद", "अब्दुल", "हुसैन", "सैयद");
  static final Set<String> PARTICLES = Set.of("de", "van", "der", "du", "von", "den", "ten", "da", "le");

  private static final DevanagariNormalizer CANON = DevanagariNormalizer.canonical();

  private Cricketers() {}

  /**
   * The cricketers' entries, sorted by id.
   *
   * @param shared the shared folder
   * @param out the list folder (hand-curated people lists and the other lists already written)
   * @param otherFiles the list files whose names a cricketer must not take
   * @return entries by id
   * @throws IOException if a file cannot be read
   */
  static Map<String, BuildEntityLists.Entry> build(Path shared, Path out, List<String> otherFiles)
      throws IOException {
    Set<String> peopleIds = new HashSet<>();
    Set<String> peopleKeys = new HashSet<>();
    for (String f : HAND_PEOPLE) {
      readNames(out.resolve(f), peopleIds, peopleKeys);
    }
    Set<String> otherKeys = new HashSet<>();
    for (String f : otherFiles) {
      readNames(out.resolve(f), new HashSet<>(), otherKeys);
    }
    Set<String> common = commonWords();
    JsonNode players = BuildEntityLists.readJson(shared.resolve(SOURCE));
    // Merge the repeated records of a player (same cricinfo id), first by slug order.
    Map<Long, JsonNode> byId = new TreeMap<>();
    for (JsonNode p : players) {
      byId.putIfAbsent(p.get("id").asLong(), p);
    }
    Map<String, BuildEntityLists.Entry> entries = new TreeMap<>();
    Map<String, Long> slugOwner = new TreeMap<>();
    for (Map.Entry<Long, JsonNode> e : byId.entrySet()) {
      JsonNode p = e.getValue();
      String slug = p.get("slug").asText().trim().toLowerCase(Locale.ROOT);
      String hi = CANON.normalizeToString(p.get("hindi_long_name").asText()).trim().replaceAll("\\s+", " ");
      if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)+") || !usable(hi, common)) {
        continue;
      }
      String id = "per:" + slug;
      if (slugOwner.containsKey(slug)) {
        id = id + "-" + e.getKey(); // two players with one slug: the later id gets a suffix
      }
      if (peopleIds.contains("per:" + slug)) {
        continue;
      }
      String en = english(slug);
      BuildEntityLists.Entry entry = new BuildEntityLists.Entry(id, "PERSON");
      entry.add(hi);
      // ESPNcricinfo writes English initial "A"/"E" as ऐ (ऐरन फिंच, ऐडम ज़ैम्पा); Hindi papers
      // mostly write ए (एरन फिंच, एडम ज़ैम्पा): add that form too.
      String e2 = hi.replaceAll("(^|[ \\-])ऐ", "$1ए");
      if (!e2.equals(hi)) {
        entry.add(e2);
      }
      entry.add(en);
      String eng = p.get("english_name").asText().trim();
      if (!eng.contains(",") && eng.contains(" ") && !eng.equalsIgnoreCase(en) && eng.matches("[A-Za-z' .\\-]+")) {
        entry.add(eng);
      }
      boolean clash = false;
      for (String n : entry.names()) {
        String k = BuildEntityLists.key(n);
        if (peopleKeys.contains(k) || otherKeys.contains(k)) {
          clash = true;
        }
      }
      if (clash) {
        continue;
      }
      slugOwner.putIfAbsent(slug, e.getKey());
      entries.put(id, entry);
    }
    return entries;
  }

  /** A full Devanagari name of at least two words, without postpositions or common words alone. */
  static boolean usable(String hi, Set<String> common) {
    if (!hi.matches("[\\u0900-\\u097F]+([ \\-][\\u0900-\\u097F]+)+")) {
      return false;
    }
    for (String t : hi.split("[ \\-]+")) {
      if (POSTPOSITIONS.contains(t)) {
        return false;
      }
    }
    String[] tokens = hi.split("[ \\-]+");
    boolean allGeneric = true;
    for (String t : tokens) {
      if (!canonicalSet(GENERIC).contains(t)) {
        allGeneric = false;
      }
    }
    String last = tokens[tokens.length - 1];
    return !common.contains(hi) && !allGeneric && !canonicalSet(CONTINUING).contains(last);
  }

  private static Set<String> canonicalSet(Set<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(CANON.normalizeToString(w));
    }
    return out;
  }

  /** "rilee-rossouw" → "Rilee Rossouw"; "ab-de-villiers" → "Ab de Villiers". */
  static String english(String slug) {
    StringBuilder sb = new StringBuilder();
    String[] parts = slug.split("-");
    for (int i = 0; i < parts.length; i++) {
      String t = parts[i];
      if (i > 0) {
        sb.append(' ');
      }
      if (i > 0 && i < parts.length - 1 && PARTICLES.contains(t)) {
        sb.append(t);
      } else {
        sb.append(Character.toUpperCase(t.charAt(0))).append(t.substring(1));
      }
    }
    return sb.toString();
  }

  private static void readNames(Path file, Set<String> ids, Set<String> keys) throws IOException {
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      ids.add(cols[2]);
      for (int i = 0; i < cols.length; i++) {
        if (i == 1 || i == 2) {
          continue;
        }
        String n = cols[i].startsWith(BuildEntityLists.WEAK) ? cols[i].substring(1) : cols[i];
        keys.add(BuildEntityLists.key(n));
      }
    }
  }

  private static Set<String> commonWords() throws IOException {
    Set<String> words = new HashSet<>();
    try (InputStream in = Cricketers.class.getResourceAsStream("/org/hindinlp/ner/common-words.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          words.add(CANON.normalizeToString(line.trim()));
        }
      }
    }
    return words;
  }
}
