package org.hindinlp.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hindinlp.normalize.DevanagariNormalizer;

/**
 * Rebuilds the derived built-in entity lists ({@code countries.tsv}, {@code world-cities.tsv},
 * {@code india-places.tsv}) and {@code lists.properties}. Test scope only: it never ships.
 *
 * <pre>
 * mvn -o -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.hindinlp.tools.BuildEntityLists \
 *   -Dexec.args="../shared src/main/resources/org/hindinlp/ner/lists"
 * </pre>
 *
 * <p>Inputs: ICU4J's CLDR data (countries, regions, time-zone exemplar cities, in Hindi and
 * English) and three corpora below the shared folder ({@code india-states-districts-hi}, {@code
 * lgd-india}, {@code wikidata-en-hi-names}). The hand-curated lists ({@code news-agencies.tsv},
 * {@code organizations.tsv}, {@code people.tsv}) are read from the output folder only to count and
 * hash them.
 *
 * <p>The output is deterministic: entries sorted by id, names in a fixed order, no time stamps.
 * The format is documented in {@code docs/entity-lists.md}.
 */
public final class BuildEntityLists {

  /** Format version written in each file's header and in lists.properties. */
  public static final String FORMAT = "hindi-nlp-list/1";
  /** Version of the built-in list data. Bump it when any list changes. */
  public static final String LISTS_VERSION = "1.3.0";
  /** The list files, in the order lists.properties names them. */
  public static final List<String> FILES =
      List.of(
          "countries.tsv",
          "world-cities.tsv",
          "india-places.tsv",
          "news-agencies.tsv",
          "organizations.tsv",
          "people.tsv",
          "organizations-world.tsv",
          "organizations-india.tsv",
          "parties.tsv",
          "companies.tsv",
          "media.tsv",
          "sports-orgs.tsv",
          "universities.tsv",
          "world-subdivisions.tsv",
          "world-places.tsv",
          "india-regions.tsv",
          "people-world.tsv",
          "people-india.tsv",
          "people-culture.tsv",
          "cricketers.tsv",
          "organizations-more.tsv",
          "india-towns.tsv",
          "people-more.tsv",
          "india-tehsils.tsv",
          "people-world-2.tsv",
          "world-cities-more.tsv",
          "organizations-india-gov.tsv",
          "companies-2.tsv",
          "media-2.tsv",
          "organizations-world-2.tsv",
          "people-india-2.tsv",
          "people-culture-2.tsv",
          "places-landmarks.tsv",
          "organizations-landmarks.tsv");
  /** The files this program writes (the others are hand-curated). */
  public static final List<String> GENERATED =
      List.of("countries.tsv", "world-cities.tsv", "india-places.tsv", "cricketers.tsv");

  /** One name of a list entry, as a list file holds it ({@code strong}: not context-only). */
  public record ListName(String file, String type, String id, String name, boolean strong) {}

  /**
   * Every name of every built-in list file in {@code lists} except {@code except} (a generator's
   * own output), in file and line order; files not (yet) there are passed over.
   *
   * @param lists the lists folder
   * @param except the file to leave out
   * @return the names
   * @throws IOException if a file cannot be read
   */
  public static List<ListName> names(Path lists, String except) throws IOException {
    List<ListName> out = new ArrayList<>();
    for (String f : FILES) {
      if (f.equals(except) || !Files.exists(lists.resolve(f))) {
        continue;
      }
      for (String line : Files.readAllLines(lists.resolve(f), StandardCharsets.UTF_8)) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] c = line.split("\t");
        for (int i = 0; i < c.length; i++) {
          if (i != 1 && i != 2) {
            boolean strong = !c[i].startsWith(WEAK);
            out.add(new ListName(f, c[1], c[2], strong ? c[i] : c[i].substring(WEAK.length()), strong));
          }
        }
      }
    }
    return out;
  }

  /** Prefix of a context-only ("weak") name: see docs/entity-lists.md. */
  public static final String WEAK = "~";

  private static final DevanagariNormalizer CANON = DevanagariNormalizer.canonical();
  private static final DevanagariNormalizer NO_NUKTA =
      DevanagariNormalizer.builder(DevanagariNormalizer.Level.CANONICAL).removeNukta(true).build();
  private static final DevanagariNormalizer ANUSVARA =
      DevanagariNormalizer.builder(DevanagariNormalizer.Level.CANONICAL)
          .chandrabinduToAnusvara(true)
          .nasalToAnusvara(true)
          .build();
  private static final DevanagariNormalizer SEARCH = DevanagariNormalizer.search();

  private BuildEntityLists() {}

  /**
   * Command-line entry point.
   *
   * @param args the shared folder and the output folder
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: BuildEntityLists SHARED_DIR OUTPUT_DIR");
      System.exit(2);
    }
    build(Path.of(args[0]), Path.of(args[1]));
  }

  /**
   * Writes the generated lists and lists.properties into {@code out}.
   *
   * @param shared the shared folder (with {@code corpora/})
   * @param out the output folder; the hand-curated lists must already be there
   * @throws IOException if a file cannot be read or written
   */
  public static void build(Path shared, Path out) throws IOException {
    Files.createDirectories(out);
    Wikidata wd = Wikidata.read(shared.resolve("corpora/wikidata-en-hi-names/wikidata_20150427.tsv"));
    Map<String, Entry> countries = countries(wd);
    write(
        out.resolve("countries.tsv"),
        countries,
        "Countries, territories and world regions: CLDR via ICU4J "
            + com.ibm.icu.util.VersionInfo.ICU_VERSION
            + " (Unicode-3.0), variants from Wikidata labels (CC0) and a hand table.");
    Set<String> countryKeys = new HashSet<>();
    for (Entry e : countries.values()) {
      for (String n : e.names()) {
        countryKeys.add(key(n));
      }
    }
    write(
        out.resolve("world-cities.tsv"),
        worldCities(wd, countryKeys),
        "World cities: CLDR time-zone exemplar cities via ICU4J (Unicode-3.0) plus a hand table of"
            + " capitals and major cities; variants from Wikidata labels (CC0).");
    write(
        out.resolve("india-places.tsv"),
        IndiaPlaces.build(shared.resolve("corpora"), wd),
        "Indian states, union territories, districts and towns: CoffeeBeansLabs"
            + " country-state-district (ISC), Local Government Directory of India (GODL-India),"
            + " Wikidata labels (CC0), with the corrections listed in IndiaPlaces.");
    write(
        out.resolve("cricketers.tsv"),
        Cricketers.build(
            shared,
            out,
            List.of("countries.tsv", "world-cities.tsv", "india-places.tsv", "news-agencies.tsv",
                "organizations.tsv")),
        "Cricketers: full Hindi names of ESPNcricinfo's Hindi scorecards via in-rolls/indicate (MIT),"
            + " English names from the player slug; see Cricketers for what is left out.");
    writeProperties(out);
  }

  // ---------------------------------------------------------------- entries

  /** One list entry; names in insertion order, the first is the primary name. */
  static final class Entry {
    final String id;
    final String type;
    final LinkedHashMap<String, String> names = new LinkedHashMap<>(); // canonical name -> name
    final Set<String> weak = new HashSet<>(); // keys of context-only names
    String group = ""; // for de-duplication (state slug), not written

    Entry(String id, String type) {
      this.id = id;
      this.type = type;
    }

    List<String> names() {
      return new ArrayList<>(names.values());
    }

    /** Adds a name (canonicalized), without variants; returns false for blank or duplicate. */
    boolean addExact(String raw) {
      if (raw == null) {
        return false;
      }
      boolean isWeak = raw.startsWith(WEAK);
      String n = clean(isWeak ? raw.substring(1) : raw);
      if (n.isEmpty()) {
        return false;
      }
      String k = exactKey(n);
      if (names.containsKey(k)) {
        if (isWeak) {
          weak.add(k);
        }
        return false;
      }
      names.put(k, n);
      if (isWeak || isWeakName(n)) {
        weak.add(k);
      }
      return true;
    }

    /** Adds a name and, for Devanagari names, its spelling variants. */
    void add(String raw) {
      if (raw == null) {
        return;
      }
      boolean isWeak = raw.startsWith(WEAK);
      String n = clean(isWeak ? raw.substring(1) : raw);
      if (n.isEmpty()) {
        return;
      }
      addExact(raw);
      if (isDevanagari(n)) {
        for (String v : variants(n)) {
          addExact(isWeak || isWeakName(n) ? WEAK + v : v);
        }
      }
    }

    void remove(String name) {
      String k = exactKey(name);
      names.remove(k);
      weak.remove(k);
    }

    String line() {
      StringBuilder sb = new StringBuilder();
      List<String> ns = new ArrayList<>();
      for (Map.Entry<String, String> e : names.entrySet()) {
        ns.add(weak.contains(e.getKey()) ? WEAK + e.getValue() : e.getValue());
      }
      // A weak primary name is allowed, but prefer a strong one first.
      int strong = -1;
      for (int i = 0; i < ns.size(); i++) {
        if (!ns.get(i).startsWith(WEAK)) {
          strong = i;
          break;
        }
      }
      if (strong > 0) {
        ns.add(0, ns.remove(strong));
      }
      sb.append(ns.get(0)).append('\t').append(type).append('\t').append(id);
      for (int i = 1; i < ns.size(); i++) {
        sb.append('\t').append(ns.get(i));
      }
      return sb.toString();
    }
  }

  /** Names that are also common Hindi words or person names: context-only wherever they appear. */
  static final Set<String> WEAK_NAMES =
      Set.of(
          // districts / towns
          "गया", "धार", "गुना", "सागर", "फेक", "मनसा", "पाली", "आनंद", "मंडी", "धुले", "कोटा", "संभल",
          "सूरत", "सीधी", "बस्ती", "दुर्ग", "पन्ना", "कोरिया", "बाढ़", "महुआ", "कसबा", "टेकरी", "हटा",
          "दमन", "Mango", "पुरी", "पूंछ", "कृष्णा", "सेनापति", "चंदेल", "चन्देल", "निर्मल", "बेलगाम",
          "बक्सा", "हिलसा", "बूंदी",
          // world cities
          "मक्का",
          // countries / territories
          "माली", "गिनी", "जर्सी", "सार्क",
          // exemplar cities
          "डकार", "ईस्टर", "चक", "वेक", "ओरल", "नोम", "केसी", "डेविस", "रेजिना", "सोफ़िया", "डार्विन",
          "डॉसन", "कैंटन", "मिडवे", "माहे", "लोम", "कोकोस", "क्रिसमस", "वालिस", "मिलान", "बर्न", "रोम",
          // Latin names that are common words or acronyms
          "NTR", "Mon", "Korea", "Central", "East", "West", "North", "South");

  private static final Set<String> WEAK_CANONICAL = new HashSet<>();

  static boolean isWeakName(String canonicalName) {
    synchronized (WEAK_CANONICAL) {
      if (WEAK_CANONICAL.isEmpty()) {
        for (String w : WEAK_NAMES) {
          WEAK_CANONICAL.add(clean(w));
        }
      }
      return WEAK_CANONICAL.contains(canonicalName);
    }
  }

  static String clean(String s) {
    String n = CANON.normalizeToString(s.strip()).replaceAll("\\s+", " ");
    return n.strip();
  }

  /** Key for exact duplicates (canonical text). */
  static String exactKey(String n) {
    return n;
  }

  /** Key for "the same name" across entries: search-level folding, Latin case-folded. */
  static String key(String n) {
    return SEARCH.normalizeToString(n).toLowerCase(Locale.ROOT).replaceAll("[\\s\\-–.]+", "");
  }

  static boolean isDevanagari(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x0900 && c <= 0x097F) {
        return true;
      }
    }
    return false;
  }

  /**
   * Spelling variants of a Devanagari name that Hindi text uses interchangeably: without nukta,
   * chandrabindu and nasal consonant clusters written as anusvara, and anusvara before a dental,
   * labial or retroflex stop written as the nasal consonant with virama (हिंदी / हिन्दी).
   */
  static List<String> variants(String n) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    String noNukta = NO_NUKTA.normalizeToString(n);
    String anus = ANUSVARA.normalizeToString(n);
    String both = ANUSVARA.normalizeToString(noNukta);
    out.add(noNukta);
    out.add(anus);
    out.add(both);
    out.add(clusters(anus));
    out.add(clusters(both));
    out.remove(n);
    return new ArrayList<>(out);
  }

  private static String clusters(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 4);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u0902' && i + 1 < s.length() && i > 0) {
        char nx = s.charAt(i + 1);
        String nasal = null;
        if ("तथदध".indexOf(nx) >= 0) {
          nasal = "न्";
        } else if ("पफबभ".indexOf(nx) >= 0) {
          nasal = "म्";
        } else if ("टठडढ".indexOf(nx) >= 0) {
          nasal = "ण्";
        }
        // Only after a consonant or a vowel sign without its own nasal (not after long vowels
        // like आं, where Hindi keeps the anusvara).
        char prev = s.charAt(i - 1);
        boolean afterShortA = prev >= 0x0915 && prev <= 0x0939 || prev == '\u093C';
        boolean afterShort = afterShortA || prev == '\u093F' || prev == '\u0941';
        if (nasal != null && afterShort) {
          sb.append(nasal);
          continue;
        }
      }
      sb.append(c);
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- wikidata

  /** English label to Hindi labels, from the Wikidata extract. */
  static final class Wikidata {
    final Map<String, List<String>> byEnglish = new HashMap<>();

    static Wikidata read(Path file) throws IOException {
      Wikidata w = new Wikidata();
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 1; i < lines.size(); i++) {
        String[] p = lines.get(i).split("\t", -1);
        if (p.length < 3 || p[1].isBlank() || p[2].isBlank()) {
          continue;
        }
        w.byEnglish.computeIfAbsent(p[1].strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(p[2].strip());
      }
      return w;
    }

    /**
     * Hindi labels for an English name that are spelling variants of one of {@code hindi} (edit
     * distance at most 2 after search folding), so that a label of a namesake (the deity for a
     * district called Krishna) is not taken.
     */
    List<String> variantsOf(String english, List<String> hindi) {
      List<String> out = new ArrayList<>();
      for (String label : byEnglish.getOrDefault(english.toLowerCase(Locale.ROOT), List.of())) {
        if (WIKIDATA_REJECT.contains(label)) {
          continue;
        }
        String lk = key(clean(label));
        for (String h : hindi) {
          String hk = key(h);
          int limit = Math.min(2, Math.max(1, hk.length() / 4));
          if (levenshtein(lk, hk) <= limit) {
            out.add(label);
            break;
          }
        }
      }
      return out;
    }
  }

  /** Wikidata labels never taken as variants (wrong entity or not a spelling of the place). */
  static final Set<String> WIKIDATA_REJECT = Set.of("कृष्ण");

  /** Edit distance (insertions, deletions, substitutions of UTF-16 units). */
  public static int levenshtein(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int c = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + c);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  // ---------------------------------------------------------------- countries

  /** Extra names for countries and regions (common press forms, acronyms), by region code. */
  static final Map<String, List<String>> COUNTRY_EXTRAS = new TreeMap<>();

  static {
    extra("US", "अमेरिका", "संयुक्त राज्य अमेरिका", "अमरीका", "यूएसए", "America", "USA", "US", "U.S.",
        "United States of America");
    extra("GB", "ब्रिटेन", "ग्रेट ब्रिटेन", "यूके", "UK", "Britain", "Great Britain");
    extra("KP", "डीपीआरके", "उत्तरी कोरिया", "DPRK", "Democratic People's Republic of Korea",
        "कोरिया लोकतांत्रिक जनवादी गणराज्य");
    extra("KR", "दक्षिणी कोरिया", "कोरिया गणराज्य", "ROK", "Republic of Korea");
    extra("RU", "रशिया", "रूसी संघ", "Russian Federation");
    extra("CN", "पीआरसी", "PRC", "People's Republic of China");
    extra("AE", "यूएई", "UAE");
    extra("SA", "सउदी अरब", "सऊदी अरबिया", "KSA");
    extra("IL", "इजरायल", "इस्राइल", "इसराइल", "इस्राएल");
    extra("PS", "फ़लस्तीन", "फिलिस्तीन", "Palestine");
    extra("TR", "तुर्की", "Turkey");
    extra("CZ", "चेक गणराज्य", "Czech Republic");
    extra("NL", "हॉलैंड", "नीदरलैंड्स", "Holland");
    extra("MM", "म्यांमार", "बर्मा", "म्यांमा", "Myanmar", "Burma");
    extra("HK", "हांगकांग", "हॉन्गकॉन्ग", "Hong Kong");
    extra("MO", "मकाओ", "Macau", "Macao");
    extra("CD", "कांगो लोकतांत्रिक गणराज्य", "डीआर कांगो", "DRC", "DR Congo",
        "Democratic Republic of the Congo");
    extra("CG", "कांगो गणराज्य", "Republic of the Congo");
    extra("CI", "आइवरी कोस्ट", "Ivory Coast", "Cote d'Ivoire");
    extra("VA", "वेटिकन", "Vatican");
    extra("MK", "मैसिडोनिया", "मकदूनिया", "Macedonia");
    extra("SZ", "स्वाज़ीलैंड", "Swaziland");
    extra("LK", "श्री लंका");
    extra("BD", "बांगलादेश");
    extra("AF", "अफ़ग़ानिस्तान");
    extra("EG", "इजिप्ट", "Egypt");
    extra("GR", "ग्रीस");
    extra("NZ", "न्यूजीलैंड");
    extra("QA", "कतर");
    extra("KW", "कुवैत");
    extra("UA", "युक्रेन");
    extra("BY", "बेलारूस", "बेलारुस");
    extra("KZ", "कजाखस्तान", "कज़ाकिस्तान");
    extra("PH", "फिलीपींस");
    extra("TL", "पूर्वी तिमोर", "East Timor");
    extra("CV", "काबो वर्डे", "Cabo Verde");
    extra("BA", "बोस्निया", "Bosnia");
    extra("TW", "चीनी ताइपे");
    extra("DE", "जर्मनी");
    extra("FR", "फ्रांस");
    extra("JP", "जापान");
    extra("SY", "सीरिया");
    extra("IR", "ईरान", "Iran");
    extra("VN", "वियतनाम", "Viet Nam");
    extra("US", "United States");
    // press forms checked for the world-places round (docs/entity-lists.md)
    extra("US", "यूनाइटेड स्टेट्स", "यूएस", "संयुक्त राज्य अमरीका");
    extra("GB", "यू.के.");
    extra("CN", "चाइना", "चीन जनवादी गणराज्य", "चीनी जनवादी गणराज्य");
    extra("PK", "इस्लामी गणराज्य पाकिस्तान", "~पाक");
    extra("BD", "बंगलादेश");
    extra("AU", "आस्ट्रेलिया");
    extra("AT", "आस्ट्रिया");
    extra("NO", "नार्वे");
    extra("CA", "कैनेडा");
    extra("ZA", "साउथ अफ्रीका");
    extra("TH", "थाइलैंड");
    extra("MY", "मलयेशिया");
    extra("ID", "इंडोनीशिया");
    extra("IQ", "ईराक");
    extra("SA", "साउदी अरब");
    extra("TW", "ताईवान");
    extra("IR", "इरान");
    extra("FR", "फ्रान्स");
    // news spellings and variants the spelling-variant key does not join (review of countries.tsv)
    extra("AG", "एंटीगुआ और बारबुडा", "एंटीगुआ एंड बारबुडा");
    extra("AI", "एंगुइला");
    extra("BA", "बोस्निया हर्ज़ेगोविना", "बोस्निया-हर्ज़ेगोविना");
    extra("BS", "बहामा");
    extra("CD", "डेमोक्रेटिक रिपब्लिक ऑफ कांगो", "कांगो लोकतांत्रिक गणतंत्र");
    extra("CF", "सेंट्रल अफ्रीकन रिपब्लिक");
    extra("CG", "कांगो-ब्राज़ाविल", "कांगो गणतंत्र");
    extra("CI", "कोट डी आइवर", "कोत द'ईवोआर");
    extra("CR", "कोस्टा रिका");
    extra("CV", "केप वर्डे");
    extra("CZ", "चेक रिपब्लिक");
    extra("DG", "डियागो गार्सिया");
    extra("EC", "इक्वेडोर");
    extra("EG", "~मिश्र"); // a common misspelling, and a surname
    extra("ET", "इथोपिया");
    extra("FK", "फ़ॉकलैंड द्वीप", "फ़ॉकलैंड्स");
    extra("GA", "गबोन");
    extra("KG", "किर्गिस्तान");
    extra("LI", "लिकटेंस्टीन", "लिख्टेनश्टाइन");
    extra("LU", "लक्जमबर्ग");
    extra("MD", "मोल्दोवा");
    extra("NR", "नौरू");
    extra("PR", "प्यूर्टो रिको");
    extra("PY", "पैराग्वे");
    extra("SV", "अल साल्वाडोर");
    extra("TL", "तिमोर-लेस्ते", "तिमोर लेस्ते");
        extra("TT", "त्रिनिदाद एंड टोबैगो");
    extra("YE", "येमेन");
    extra("MA", "मोरोक्को");
    extra("KE", "कीनिया"); // BBC Hindi
    extra("RW", "रुआंडा");
    extra("ER", "एरिट्रिया");
    extra("009", "ओशियानिया");
    extra("035", "दक्षिण पूर्व एशिया", "दक्षिण-पूर्वी एशिया", "दक्षिण पूर्वी एशिया");
    extra("202", "उप सहारा अफ्रीका", "सब-सहारा अफ्रीका");
    extra("AQ", "अंटार्टिका");
  }

  /**
   * Press name written first where CLDR's name is a formal or rare one (the CLDR name stays as
   * a further name): code, press form, reason.
   */
  static final String[][] COUNTRY_PRIMARY_TABLE = {
    {"US", "अमेरिका", "CLDR: संयुक्त राज्य"},
    {"MM", "म्यांमार", "CLDR: म्यांमार (बर्मा)"},
    {"HK", "हांगकांग", "CLDR: formal SAR name"},
    {"MO", "मकाओ", "CLDR: formal SAR name"},
    {"PS", "फ़लस्तीन", "CLDR: फ़िलिस्तीनी क्षेत्र"},
    {"CD", "कांगो लोकतांत्रिक गणराज्य", "CLDR: कांगो - किंशासा"},
    {"CG", "कांगो गणराज्य", "CLDR: कांगो – ब्राज़ाविल"},
    {"CI", "आइवरी कोस्ट", "CLDR: कोत दिवुआर, rare in news"},
    {"CZ", "चेक गणराज्य", "CLDR: चेकिया, rare in news"},
    {"TL", "पूर्वी तिमोर", "CLDR: तिमोर-लेस्त"},
    {"TR", "तुर्की", "CLDR: तुर्किये; news mostly तुर्की"},
    {"009", "ओशिनिया", "CLDR: ओशिआनिया"},
  };

  static final Map<String, String> COUNTRY_PRIMARY = new HashMap<>();

  static {
    for (String[] r : COUNTRY_PRIMARY_TABLE) {
      COUNTRY_PRIMARY.put(r[0], r[1]);
    }
  }

  private static void extra(String code, String... names) {
    COUNTRY_EXTRAS.computeIfAbsent(code, k -> new ArrayList<>()).addAll(List.of(names));
  }

  /**
   * Hand table of regions, seas and disputed or occupied areas that Hindi news names and CLDR
   * lacks: slug, names (Hindi first, then Latin).
   */
  static final String[][] EXTRA_REGIONS = {
    {"middle-east", "मध्य पूर्व", "मध्य-पूर्व", "Middle East"},
    {"west-asia", "पश्चिम एशिया", "West Asia"},
    {"south-asia", "दक्षिण एशिया", "South Asia"},
    {"indo-pacific", "हिंद-प्रशांत", "हिंद प्रशांत क्षेत्र", "हिंद प्रशांत", "इंडो-पैसिफिक", "Indo-Pacific"},
    {"korean-peninsula", "कोरियाई प्रायद्वीप", "Korean Peninsula"},
    {"balkans", "बाल्कन", "Balkans"},
    {"scandinavia", "स्कैंडिनेविया", "Scandinavia"},
    {"siberia", "साइबेरिया", "Siberia"},
    {"sahara", "सहारा रेगिस्तान", "सहारा मरुस्थल", "Sahara"},
    {"gulf-region", "खाड़ी क्षेत्र", "Gulf region"},
    {"tibet", "तिब्बत", "तिब्बत स्वायत्त क्षेत्र", "Tibet"},
    {"xinjiang", "शिनजियांग", "झिंजियांग", "शिंजियांग", "Xinjiang"},
    {"crimea", "क्रीमिया", "Crimea"},
    {"donbas", "डोनबास", "दोनबास", "Donbas"},
    {"donetsk", "दोनेत्स्क", "डोनेट्स्क", "Donetsk"},
    {"luhansk", "लुहांस्क", "लुगांस्क", "Luhansk"},
    {"zaporizhzhia", "ज़ापोरिज़्ज़िया", "जापोरिज्जिया", "ज़ापोरिझिया", "ज़ैपोरिज़िया", "Zaporizhzhia"},
    {"gaza", "गाजा पट्टी", "ग़ज़ा पट्टी", "गाजा", "ग़ज़ा", "Gaza Strip", "Gaza"},
    {"west-bank", "वेस्ट बैंक", "पश्चिमी तट", "West Bank"},
    {"golan", "गोलान हाइट्स", "गोलान पहाड़ियां", "Golan Heights"},
    {"balochistan", "बलूचिस्तान", "बलोचिस्तान", "Balochistan"},
    {"khyber-pakhtunkhwa", "खैबर पख्तूनख्वा", "ख़ैबर पख़्तूनख़्वा", "ख़ैबर-पख़्तूनख़्वा",
      "पख्तूनख्वा", "Khyber Pakhtunkhwa"},
    {"sindh", "सिंध", "Sindh"},
    {"gilgit-baltistan", "गिलगित-बाल्टिस्तान", "गिलगित-बाल्तिस्तान", "गिलगित बाल्टिस्तान",
      "Gilgit-Baltistan"},
    {"indian-ocean", "हिंद महासागर", "Indian Ocean"},
    {"pacific-ocean", "प्रशांत महासागर", "Pacific Ocean"},
    {"atlantic-ocean", "अटलांटिक महासागर", "Atlantic Ocean"},
    {"arctic", "आर्कटिक", "Arctic"},
    {"arabian-sea", "अरब सागर", "Arabian Sea"},
    {"south-china-sea", "दक्षिण चीन सागर", "South China Sea"},
    {"east-china-sea", "पूर्वी चीन सागर", "East China Sea"},
    {"mediterranean", "भूमध्य सागर", "भूमध्यसागर", "Mediterranean Sea", "Mediterranean"},
    {"red-sea", "लाल सागर", "Red Sea"},
    {"black-sea", "काला सागर", "Black Sea"},
    {"baltic-sea", "बाल्टिक सागर", "Baltic Sea"},
    {"caspian-sea", "कैस्पियन सागर", "Caspian Sea"},
    {"sea-of-japan", "जापान सागर", "Sea of Japan"},
    {"yellow-sea", "पीला सागर", "Yellow Sea"},
    {"strait-of-hormuz", "होर्मुज जलडमरूमध्य", "होर्मुज स्ट्रेट", "स्ट्रेट ऑफ होर्मुज", "हॉर्मुज जलसंधि",
      "Strait of Hormuz"},
    {"taiwan-strait", "ताइवान जलडमरूमध्य", "Taiwan Strait"},
    {"amazon", "अमेज़न वर्षावन", "Amazon rainforest"},
    {"alps", "आल्प्स", "एल्प्स", "Alps"},
    {"mount-everest", "माउंट एवरेस्ट", "एवरेस्ट", "Mount Everest", "Everest"},
  };

  /** Region codes not written to countries.tsv (not places, or organisations). */
  static final Set<String> COUNTRY_SKIP = Set.of("UN", "EU", "EZ", "QO", "ZZ", "001");

  static Map<String, Entry> countries(Wikidata wd) {
    ULocale hi = new ULocale("hi");
    ULocale en = ULocale.ENGLISH;
    LocaleDisplayNames hiShort = LocaleDisplayNames.getInstance(hi, DisplayContext.LENGTH_SHORT);
    LocaleDisplayNames enShort = LocaleDisplayNames.getInstance(en, DisplayContext.LENGTH_SHORT);
    TreeMap<String, Entry> out = new TreeMap<>();
    for (Region.RegionType t :
        List.of(
            Region.RegionType.TERRITORY,
            Region.RegionType.CONTINENT,
            Region.RegionType.SUBCONTINENT,
            Region.RegionType.GROUPING)) {
      TreeSet<String> codes = new TreeSet<>();
      for (Region r : Region.getAvailable(t)) {
        codes.add(r.toString());
      }
      for (String code : codes) {
        if (COUNTRY_SKIP.contains(code)) {
          continue;
        }
        String hiName = ULocale.getDisplayCountry("und_" + code, hi);
        String enName = ULocale.getDisplayCountry("und_" + code, en);
        if (hiName.equals(code) || !isDevanagari(hiName)) {
          continue; // no Hindi name in CLDR
        }
        boolean numeric = Character.isDigit(code.charAt(0));
        String id = numeric ? "loc:m49:" + code : "loc:iso:" + code;
        Entry e = new Entry(id, "LOCATION");
        String hs = hiShort.regionDisplayName(code);
        List<String> extras = COUNTRY_EXTRAS.getOrDefault(code, List.of());
        // Primary: the first Devanagari extra if the CLDR name is a formal one we replace
        // (US, MM, HK, MO, TR), else CLDR's name.
        String press = COUNTRY_PRIMARY.get(code);
        if (press != null) {
          e.add(press);
        }
        e.add(stripParens(hiName));
        e.add(stripParens(hs));
        for (String x : extras) {
          e.add(x);
        }
        // "X द्वीपसमूह" is also written "X द्वीप समूह" and "X द्वीप" (सोलोमन द्वीप)
        for (String n : e.names()) {
          if (n.endsWith(" द्वीपसमूह")) {
            String stem = n.substring(0, n.length() - " द्वीपसमूह".length());
            e.add(stem + " द्वीप समूह");
            e.add(stem + " द्वीप");
          }
        }
        e.add(stripParens(enName));
        e.add(stripParens(enShort.regionDisplayName(code)));
        // ISO codes are not written as aliases: most two-letter codes are also common Hindi
        // abbreviations once decoded (सीएम = CM, पीएम = PM, डीएम = DM, एसआई = SI). The hand table
        // adds the few that news uses for countries (US, UK, UAE, DPRK, ROK, PRC).
        // Wikidata spelling variants.
        List<String> hiNames = new ArrayList<>();
        for (String n : e.names()) {
          if (isDevanagari(n)) {
            hiNames.add(n);
          }
        }
        for (String n : List.of(stripParens(enName), stripParens(enShort.regionDisplayName(code)))) {
          for (String v : wd.variantsOf(n, hiNames)) {
            e.add(v);
          }
        }
        out.put(id, e);
      }
    }
    for (String[] row : EXTRA_REGIONS) {
      Entry e = new Entry("loc:region:" + row[0], "LOCATION");
      for (int i = 1; i < row.length; i++) {
        e.add(row[i]);
      }
      out.put(e.id, e);
    }
    return out;
  }

  static String stripAccents(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }

  static String stripParens(String s) {
    return s.replaceAll("\\s*\\([^)]*\\)", "").strip();
  }

  // ---------------------------------------------------------------- world cities

  /** Hand table of capitals and news cities that CLDR's time-zone cities lack: id, names. */
  static final String[][] EXTRA_CITIES = {
    {"us:washington", "वाशिंगटन", "वॉशिंगटन", "वाशिंगटन डीसी", "वाशिंगटन डी.सी.", "Washington", "Washington, D.C."},
    {"us:san-francisco", "सैन फ्रांसिस्को", "सैन फ्रैंसिस्को", "San Francisco"},
    {"us:boston", "बोस्टन", "Boston"},
    {"us:houston", "ह्यूस्टन", "Houston"},
    {"us:seattle", "सिएटल", "Seattle"},
    {"us:las-vegas", "लास वेगास", "Las Vegas"},
    {"us:miami", "मियामी", "Miami"},
    {"us:silicon-valley", "सिलिकॉन वैली", "Silicon Valley"},
    {"ca:ottawa", "ओटावा", "Ottawa"},
    {"ca:montreal", "मॉन्ट्रियल", "Montreal"},
    {"cn:beijing", "बीजिंग", "पेइचिंग", "Beijing", "Peking"},
    {"cn:wuhan", "वुहान", "Wuhan"},
    {"cn:guangzhou", "ग्वांगझू", "ग्वांगझोउ", "Guangzhou"},
    {"cn:shenzhen", "शेनझेन", "शेनजेन", "Shenzhen"},
    {"cn:lhasa", "ल्हासा", "Lhasa"},
    {"jp:osaka", "ओसाका", "Osaka"},
    {"jp:hiroshima", "हिरोशिमा", "Hiroshima"},
    {"jp:nagasaki", "नागासाकी", "Nagasaki"},
    {"kr:busan", "बुसान", "Busan"},
    {"pk:islamabad", "इस्लामाबाद", "Islamabad"},
    {"pk:lahore", "लाहौर", "Lahore"},
    {"pk:rawalpindi", "रावलपिंडी", "Rawalpindi"},
    {"pk:peshawar", "पेशावर", "Peshawar"},
    {"pk:quetta", "क्वेटा", "Quetta"},
    {"pk:muzaffarabad", "मुजफ्फराबाद", "Muzaffarabad"},
    {"bd:chittagong", "चटगांव", "चट्टोग्राम", "चिटगांव", "Chittagong", "Chattogram"},
    {"np:pokhara", "पोखरा", "Pokhara"},
    {"np:lumbini", "लुंबिनी", "Lumbini"},
    {"af:kandahar", "कंधार", "कंदहार", "Kandahar"},
    {"af:herat", "हेरात", "Herat"},
    {"ir:mashhad", "मशहद", "Mashhad"},
    {"ir:isfahan", "इस्फ़हान", "Isfahan"},
    {"ae:abu-dhabi", "अबू धाबी", "अबूधाबी", "Abu Dhabi"},
    {"ae:sharjah", "शारजाह", "शारजा", "Sharjah"},
    {"qa:doha", "दोहा", "Doha"},
    {"sa:jeddah", "जेद्दा", "जेद्दाह", "Jeddah"},
    {"sa:mecca", "मक्का", "मक्का शरीफ़", "Mecca", "Makkah"},
    {"sa:medina", "मदीना", "Medina"},
    {"tr:ankara", "अंकारा", "Ankara"},
    {"il:tel-aviv", "तेल अवीव", "Tel Aviv"},
    {"ps:ramallah", "रामल्लाह", "रामल्ला", "Ramallah"},
    {"ps:rafah", "रफ़ाह", "~रफ़ा", "Rafah"}, // रफ़ा also in रफ़ा-दफ़ा "hushed up"
    {"ps:khan-younis", "खान यूनिस", "खान यूनुस", "Khan Younis"},
    {"ua:kharkiv", "खारकीव", "Kharkiv"},
    {"ua:odesa", "ओडेसा", "Odesa", "Odessa"},
    {"ua:kyiv", "कीव", "क्यीव", "कीएव", "Kyiv", "Kiev"},
    {"ru:st-petersburg", "सेंट पीटर्सबर्ग", "St. Petersburg", "Saint Petersburg"},
    {"ru:kursk", "कुर्स्क", "Kursk"},
    {"ch:geneva", "जिनेवा", "जेनेवा", "Geneva"},
    {"ch:davos", "दावोस", "Davos"},
    {"ch:bern", "बर्न", "Bern"},
    {"de:munich", "म्यूनिख", "म्यूनिक", "Munich"},
    {"de:frankfurt", "फ्रैंकफर्ट", "Frankfurt"},
    {"de:hamburg", "हैम्बर्ग", "Hamburg"},
    {"gb:manchester", "मैनचेस्टर", "Manchester"},
    {"gb:birmingham", "बर्मिंघम", "Birmingham"},
    {"gb:edinburgh", "एडिनबर्ग", "Edinburgh"},
    {"gb:oxford", "ऑक्सफोर्ड", "Oxford"},
    {"gb:cambridge", "कैम्ब्रिज", "Cambridge"},
    {"fr:marseille", "मार्सिले", "Marseille"},
    {"es:barcelona", "बार्सिलोना", "Barcelona"},
    {"it:milan", "मिलान", "Milan"},
    {"it:venice", "वेनिस", "Venice"},
    {"be:brussels", "ब्रसेल्स", "ब्रुसेल्स", "Brussels"},
    {"nl:the-hague", "हेग", "द हेग", "The Hague"},
    {"au:canberra", "कैनबरा", "Canberra"},
    {"nz:wellington", "वेलिंगटन", "Wellington"},
    {"br:brasilia", "ब्रासीलिया", "ब्राजीलिया", "Brasília", "Brasilia"},
    {"br:rio", "रियो डी जेनेरियो", "रियो डि जेनेरो", "रियो डी जनेरियो", "रियो", "Rio de Janeiro"},
    {"za:cape-town", "केप टाउन", "केपटाउन", "Cape Town"},
    {"za:pretoria", "प्रिटोरिया", "Pretoria"},
    {"za:durban", "डरबन", "Durban"},
    {"ng:abuja", "अबुजा", "Abuja"},
    {"eg:alexandria", "अलेक्जेंड्रिया", "Alexandria"},
    {"lk:kandy", "कैंडी", "Kandy"},
    {"mv:male", "माले", "Malé", "Male"},
    {"bt:paro", "पारो", "Paro"},
    {"mm:naypyidaw", "नेपीडॉ", "नेप्यीडॉ", "Naypyidaw"},
    {"id:bali", "बाली द्वीप", "~बाली", "Bali"}, // बाली उम्र "tender age", बाली (Vali)
    {"vn:hanoi", "हनोई", "Hanoi"},
    {"kp:kaesong", "केसोंग", "Kaesong"},
    {"kr:panmunjom", "पनमुनजोम", "Panmunjom"},
  };

  /**
   * Reviewed time-zone cities (CLDR exemplar names): id, reason, then names. Names are added
   * before CLDR's (the first is the press form and becomes the primary name); a name starting
   * with {@code -} removes a CLDR or Wikidata name that is wrong.
   */
  static final String[][] CITY_PRESS = {
    {"loc:city:al:tirana", "CLDR टाइरेन is not the name", "तिराना", "-टाइरेन"},
    {"loc:city:am:yerevan", "variant", "येरेवान", "येरेवन"},
    {"loc:city:ar:buenos-aires", "variant", "ब्यूनस आयरस", "ब्यूनोस आयर्स", "ब्यूनस एयर्स"},
    {"loc:city:ar:san-juan", "press form", "सैन जुआन"},
    {"loc:city:ar:san-luis", "press form", "सैन लुइस"},
    {"loc:city:ar:tucuman", "press form", "टुकुमान"},
    {"loc:city:ar:jujuy", "CLDR जुजोए is a misreading", "हुहुय", "-जुजोए"},
    {"loc:city:au:melbourne", "news writes मेलबर्न", "मेलबर्न", "मेलबोर्न"},
    {"loc:city:ba:sarajevo", "variant", "साराजेवो", "सरायेवो"},
    {"loc:city:bf:ouagadougou", "variant", "औगाडोगू", "वागाडूगू"},
    {"loc:city:br:manaus", "variant", "मनौस", "मनाउस"},
    {"loc:city:br:recife", "variant", "रेसाइफ़", "रेसिफ़े"},
    {"loc:city:ca:toronto", "variant", "टोरंटो", "टोरोंटो"},
    {"loc:city:ca:st-john-s", "press form", "सेंट जॉन्स"},
    {"loc:city:cf:bangui", "variant", "बांगुइ", "बांगी"},
    {"loc:city:cg:brazzaville", "variant", "ब्राज़ाविले", "ब्राज़ाविल"},
    {"loc:city:cn:urumqi", "variant (world-places had it as a second entry)", "उरूम्की", "उरुमची"},
    {"loc:city:dk:copenhagen", "variant", "कोपेनहेगन", "कोपनहेगन"},
    {"loc:city:ee:tallinn", "variant", "तेलिन", "तालिन"},
    {"loc:city:eg:cairo", "news writes काहिरा", "काहिरा", "कायरो"},
    {"loc:city:fk:stanley", "स्टैनली is a given name", "~स्टैनली", "~Stanley"},
    {"loc:city:ge:tbilisi", "press form", "त्बिलिसी", "टबिलिसी", "तिबलिसी"},
    {"loc:city:il:jerusalem", "variants", "यरूशलम", "येरुशलम", "जेरूसलम", "जेरुसलम"},
    {"loc:city:io:chagos-archipelago", "press form", "चागोस द्वीपसमूह", "चागोस"},
    {"loc:city:is:reykjavik", "variant", "रेक्याविक", "रेक्जाविक"},
    {"loc:city:jp:tokyo", "variant", "टोक्यो", "तोक्यो"},
    {"loc:city:kh:phnom-penh", "variant", "नॉम पेन्ह", "नोमपेन्ह", "फ्नोम पेन्ह"},
    {"loc:city:kr:seoul", "news writes सियोल", "सियोल", "सिओल"},
    {"loc:city:kz:aqtobe", "variant", "अक्तोबे"},
    {"loc:city:kz:atyrau", "variant", "अतिराउ"},
    {"loc:city:la:vientiane", "variant", "विएनतियान", "वियनतियाने"},
    {"loc:city:mm:yangon", "both names in news", "यांगून", "रंगून"},
    {"loc:city:mn:ulaanbaatar", "variants", "उलानबातर", "उलानबटोर", "उलान बटोर"},
    {"loc:city:mx:monterrey", "CLDR मोंटेरेरी", "मॉन्टेरी", "-मोंटेरेरी"},
    {"loc:city:mx:ciudad-juarez", "press form", "स्युदाद ह्वारेज़", "सियुदाद जुआरेज़"},
    {"loc:city:my:kuala-lumpur", "variant", "कुआलालंपुर", "क्वालालंपुर", "कुआला लंपुर"},
    {"loc:city:pl:warsaw", "variant", "वॉरसॉ", "वारसा"},
    {"loc:city:py:asuncion", "press form", "असुनसियोन", "एसनशियॉन"},
    {"loc:city:ru:astrakhan", "variant", "आस्ट्राखान", "अस्त्राखान"},
    {"loc:city:ru:barnaul", "CLDR बर्नोल", "बरनौल", "-बर्नोल"},
    {"loc:city:ru:chita", "CLDR त्शिता; चिता is a pyre", "~चिता", "-त्शिता"},
    {"loc:city:ru:kaliningrad", "variant", "कालीनिनग्राड", "कालिनिनग्राद"},
    {"loc:city:ru:kamchatka", "variant", "कमचत्का", "कामचटका", "कमचटका"},
    {"loc:city:ru:vladivostok", "variant", "व्लादिवोस्तोक", "व्लादिवोस्टोक"},
    {"loc:city:ru:volgograd", "variant", "वोल्गोग्राड", "वोल्गोग्राद"},
    {"loc:city:ru:yekaterinburg", "variant", "येकातेरिनबर्ग", "एकातेरिनबर्ग"},
    {"loc:city:sa:riyadh", "variant", "रियाद", "रियाध"},
    {"loc:city:si:ljubljana", "CLDR ल्यूबेलजाना", "ल्युब्लियाना", "ल्यूबेलजाना"},
    {"loc:city:sy:damascus", "news writes दमिश्क", "दमिश्क", "दमास्कस"},
    {"loc:city:sz:mbabane", "variant", "एमबाबेन", "एमबाबाने"},
    {"loc:city:td:n-djamena", "press form", "एनजामेना", "इन्जामेना", "नेद्जामीना"},
    {"loc:city:tm:ashgabat", "variant", "अश्गाबात", "अश्काबाद"},
    {"loc:city:tw:taipei", "variant", "ताईपेई", "ताइपे"},
    {"loc:city:tz:dar-es-salaam", "press form", "दार एस सलाम", "दार-ए-सलाम", "दार अस सलाम"},
    {"loc:city:us:los-angeles", "variant", "लॉस एंजिल्स", "लॉस एंजेलिस"},
    {"loc:city:us:louisville", "variant", "लुइसविले", "लुइसविल"},
    {"loc:city:us:new-york", "spacing", "न्यूयॉर्क", "न्यू यॉर्क", "न्यूयॉर्क सिटी"},
    {"loc:city:ye:aden", "news writes अदन", "अदन", "आदेन"},
    {"loc:city:bt:thimphu", "variant", "थिंपू", "थिम्फू"},
    {"loc:city:ec:galapagos-islands", "press form", "गैलापागोस द्वीप", "गेलापागोस"},
  };

  static Map<String, Entry> worldCities(Wikidata wd, Set<String> countryKeys) {
    TimeZoneNames hi = TimeZoneNames.getInstance(new ULocale("hi"));
    TimeZoneNames en = TimeZoneNames.getInstance(ULocale.ENGLISH);
    TreeMap<String, Entry> out = new TreeMap<>();
    Set<String> taken = new HashSet<>(countryKeys);
    // Hand table first: its names win over time-zone cities of the same name.
    for (String[] row : EXTRA_CITIES) {
      Entry e = new Entry("loc:city:" + row[0], "LOCATION");
      for (int i = 1; i < row.length; i++) {
        e.add(row[i]);
      }
      out.put(e.id, e);
    }
    for (Entry e : out.values()) {
      for (String n : e.names()) {
        taken.add(key(n));
      }
    }
    TreeSet<String> zones =
        new TreeSet<>(TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null));
    for (String zone : zones) {
      if (zone.startsWith("Antarctica/") || zone.startsWith("Arctic/") || zone.startsWith("Etc/")) {
        continue; // research stations and such: not cities one tags in news
      }
      String region = TimeZone.getRegion(zone);
      if ("IN".equals(region)) {
        continue; // India's cities are in india-places.tsv
      }
      String h = hi.getExemplarLocationName(zone);
      String eName = en.getExemplarLocationName(zone);
      if (h == null || !isDevanagari(h) || h.contains(",") || eName == null) {
        continue;
      }
      String id = "loc:city:" + region.toLowerCase(Locale.ROOT) + ":" + IndiaPlaces.slug(stripAccents(eName));
      if (out.containsKey(id)) {
        continue;
      }
      Entry e = new Entry(id, "LOCATION");
      List<String> drop = new ArrayList<>();
      for (String[] row : CITY_PRESS) {
        if (row[0].equals(id)) {
          for (int i = 2; i < row.length; i++) {
            if (row[i].startsWith("-")) {
              drop.add(row[i].substring(1));
            } else {
              e.add(row[i]);
            }
          }
        }
      }
      e.add(h);
      e.add(eName);
      List<String> hiNames = List.of(clean(h));
      for (String v : wd.variantsOf(eName, hiNames)) {
        e.add(v);
      }
      for (String d : drop) {
        e.remove(clean(d));
        for (String v : variants(clean(d))) {
          e.remove(v);
        }
      }
      if (taken.contains(key(clean(eName))) || countryKeys.contains(key(clean(h)))) {
        continue; // the zone of a small country or territory, named after it (Costa Rica, Kuwait)
      }
      // Drop names that are an earlier city's (that city wins).
      for (String n : e.names()) {
        if (taken.contains(key(n))) {
          e.remove(n);
        }
      }
      if (e.names().stream().allMatch(n -> e.weak.contains(n))
          || e.names().stream().noneMatch(BuildEntityLists::isDevanagari)) {
        continue; // nothing left to match on its own, or no Hindi name
      }
      for (String n : e.names()) {
        taken.add(key(n));
      }
      out.put(id, e);
    }
    return out;
  }

  // ---------------------------------------------------------------- writing

  static void write(Path file, Map<String, Entry> entries, String source) throws IOException {
    write(file, entries, source, BuildEntityLists.class);
  }

  /** Writes a generated list file: header naming its generator and sources, entries in map order. */
  static void write(Path file, Map<String, Entry> entries, String source, Class<?> generator) throws IOException {
    StringBuilder sb = new StringBuilder();
    sb.append("#format: ").append(FORMAT).append('\n');
    sb.append("# ").append(file.getFileName()).append(" — generated by ").append(generator.getName()).append(";")
        .append(" do not edit by hand (see docs/entity-lists.md).\n");
    sb.append("# ").append(source).append('\n');
    sb.append("# name\ttype\tid\tmore names… (a name starting with ~ is context-only)\n");
    for (Entry e : entries.values()) {
      if (!e.names.isEmpty()) {
        sb.append(e.line()).append('\n');
      }
    }
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
  }

  /** Writes lists.properties: name, versions, and per file the entry count and SHA-256. */
  static void writeProperties(Path out) throws IOException {
    StringBuilder sb = new StringBuilder();
    sb.append("# Built-in entity lists of hindi-nlp. Written by org.hindinlp.tools.BuildEntityLists.\n");
    sb.append("name=hindi-nlp built-in entity lists\n");
    sb.append("version=").append(LISTS_VERSION).append('\n');
    sb.append("format=").append(FORMAT).append('\n');
    sb.append("icu.version=").append(com.ibm.icu.util.VersionInfo.ICU_VERSION).append('\n');
    sb.append("files=").append(String.join(",", FILES)).append('\n');
    for (String f : FILES) {
      Path p = out.resolve(f);
      byte[] bytes = Files.readAllBytes(p);
      String base = f.substring(0, f.length() - ".tsv".length());
      sb.append(base).append(".entries=").append(countEntries(new String(bytes, StandardCharsets.UTF_8))).append('\n');
      sb.append(base).append(".sha256=").append(sha256(bytes)).append('\n');
    }
    Files.writeString(out.resolve("lists.properties"), sb.toString(), StandardCharsets.ISO_8859_1);
  }

  /** Entry lines: neither blank nor comments. */
  public static int countEntries(String text) {
    int n = 0;
    for (String line : text.split("\n", -1)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        n++;
      }
    }
    return n;
  }

  /** Lower-case hex SHA-256. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode readJson(Path p) throws IOException {
    return JSON.readTree(Files.readString(p, StandardCharsets.UTF_8));
  }
}
