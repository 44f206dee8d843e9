package org.hindinlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.hindinlp.normalize.DevanagariNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the built-in entity list files as shipped: they load from the class path, are well-formed
 * (see docs/entity-lists.md), are consistent with each other and with lists.properties, and hold
 * the entries issue 4 requires (and the built-in people list). This test does not use the tagger or
 * the list loader.
 */
class EntityListFilesTest {

  static final String DIR = "/org/hindinlp/ner/lists/";
  static final List<String> FILES = org.hindinlp.tools.BuildEntityLists.FILES;
  /** The lists of people: the checks of people.tsv hold for all of them. */
  static final List<String> PEOPLE_FILES =
      List.of(
          "people.tsv", "people-world.tsv", "people-india.tsv", "people-culture.tsv", "people-more.tsv",
          "cricketers.tsv", "people-world-2.tsv", "people-india-2.tsv", "people-culture-2.tsv");
  static final Set<String> TYPES = Set.of("PERSON", "LOCATION", "ORGANIZATION");
  static final String HEADER = "#format: hindi-nlp-list/1";
  /** Lower-case prefixed ids; ISO 3166 codes keep their upper case (loc:iso:KP). */
  static final Pattern ID =
      Pattern.compile("(loc:iso:[A-Z]{2})|(loc:sub:[A-Z]{2}-[A-Z0-9]{1,3})|(loc:m49:[0-9]{3})|([a-z]+(:[a-z0-9]+([.-][a-z0-9]+)*)+)");

  record Row(String file, int line, String id, String type, List<String> names) {
    String primary() {
      return names.get(0);
    }

    boolean has(String name) {
      return names.contains(name) || names.contains("~" + name);
    }

    boolean hasStrong(String name) {
      return names.contains(name);
    }
  }

  static final Map<String, byte[]> BYTES = new LinkedHashMap<>();
  static final Map<String, List<Row>> ROWS = new LinkedHashMap<>();
  static final Map<String, Row> BY_ID = new TreeMap<>();

  @BeforeAll
  static void load() throws IOException {
    for (String f : FILES) {
      try (InputStream in = EntityListFilesTest.class.getResourceAsStream(DIR + f)) {
        assertNotNull(in, "not on the class path: " + DIR + f);
        BYTES.put(f, in.readAllBytes());
      }
      ROWS.put(f, parse(f, decode(f, BYTES.get(f))));
    }
  }

  static String decode(String file, byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError(file + ": not valid UTF-8", e);
    }
  }

  static List<Row> parse(String file, String text) {
    assertFalse(text.startsWith("\uFEFF"), file + ": starts with a BOM");
    assertFalse(text.contains("\r"), file + ": has CR line ends");
    assertTrue(text.endsWith("\n"), file + ": last line lacks its newline");
    String[] lines = text.split("\n", -1);
    assertEquals(HEADER, lines[0], file + ": first line must be the format header");
    List<Row> rows = new ArrayList<>();
    DevanagariNormalizer canon = DevanagariNormalizer.canonical();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      String where = file + ":" + (i + 1) + ": ";
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      assertTrue(cols.length >= 3, where + "fewer than 3 columns: " + line);
      String type = cols[1];
      String id = cols[2];
      assertTrue(TYPES.contains(type), where + "unknown type " + type);
      assertTrue(ID.matcher(id).matches(), where + "malformed id " + id);
      List<String> names = new ArrayList<>();
      names.add(cols[0]);
      for (int c = 3; c < cols.length; c++) {
        names.add(cols[c]);
      }
      Set<String> seen = new TreeSet<>();
      for (String n : names) {
        String bare = n.startsWith("~") ? n.substring(1) : n;
        assertFalse(bare.isEmpty(), where + "empty name");
        assertEquals(bare.strip(), bare, where + "name with leading or trailing space: [" + n + "]");
        assertFalse(bare.contains("  "), where + "double space in " + n);
        assertFalse(bare.startsWith("~"), where + "doubled context marker in " + n);
        assertTrue(canon.isNormalized(bare), where + "name not in canonical form: " + n);
        assertTrue(seen.add(bare), where + "name listed twice: " + bare);
      }
      assertFalse(cols[0].startsWith("~"), where + "the first name must not be context-only");
      rows.add(new Row(file, i + 1, id, type, names));
    }
    return rows;
  }

  @Test
  void idsAreUniqueAndHaveOneType() {
    for (Map.Entry<String, List<Row>> e : ROWS.entrySet()) {
      for (Row r : e.getValue()) {
        Row prev = BY_ID.put(r.id(), r);
        if (prev != null) {
          fail("id " + r.id() + " at " + r.file() + ":" + r.line() + " also at " + prev.file() + ":" + prev.line()
              + (prev.type().equals(r.type()) ? "" : " with another type"));
        }
      }
    }
  }

  @Test
  void aStrongNameNeverHasTwoTypes() {
    // One spelling (folded as the tagger's search level folds it) must not be a LOCATION in one
    // entry and an ORGANIZATION in another unless one of them marks it context-only.
    DevanagariNormalizer search = DevanagariNormalizer.search();
    Map<String, Map<String, String>> types = new TreeMap<>();
    List<String> conflicts = new ArrayList<>();
    for (List<Row> rows : ROWS.values()) {
      for (Row r : rows) {
        for (String n : r.names()) {
          if (n.startsWith("~")) {
            continue;
          }
          String k = search.normalizeToString(n).toLowerCase(Locale.ROOT);
          Map<String, String> m = types.computeIfAbsent(k, x -> new TreeMap<>());
          m.putIfAbsent(r.type(), r.id());
          if (m.size() > 1) {
            conflicts.add(n + " " + m);
          }
        }
      }
    }
    assertEquals(List.of(), conflicts);
  }

  @Test
  void noStrongNameHoldsAPostposition() {
    // Postpositions are never inside an entity span (issue 4); a name that holds one as a word
    // (आज तक, "until today") may only be context-only.
    Set<String> postpositions = Set.of("ने", "को", "से", "का", "की", "के", "में", "पर", "तक");
    List<String> bad = new ArrayList<>();
    for (List<Row> rows : ROWS.values()) {
      for (Row r : rows) {
        for (String n : r.names()) {
          if (!n.startsWith("~") && Arrays.stream(n.split(" ")).anyMatch(postpositions::contains)) {
            bad.add(r.id() + ": " + n);
          }
        }
      }
    }
    assertEquals(List.of(), bad);
  }

  @Test
  void propertiesMatchTheFiles() throws Exception {
    Properties p = new Properties();
    try (InputStream in = getClass().getResourceAsStream(DIR + "lists.properties")) {
      assertNotNull(in, "lists.properties missing");
      p.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)));
    }
    assertEquals("hindi-nlp-list/1", p.getProperty("format"));
    assertNotNull(p.getProperty("version"));
    assertEquals(String.join(",", FILES), p.getProperty("files"));
    for (String f : FILES) {
      String base = f.substring(0, f.length() - 4);
      assertEquals(String.valueOf(ROWS.get(f).size()), p.getProperty(base + ".entries"), f + " entry count");
      String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(BYTES.get(f)));
      assertEquals(sha, p.getProperty(base + ".sha256"), f + " sha256 (rebuild lists.properties)");
    }
  }

  @Test
  void newsAgencies() {
    List<Row> agencies = ROWS.get("news-agencies.tsv");
    assertTrue(agencies.size() >= 40, "at least 40 agencies, got " + agencies.size());
    for (Row r : agencies) {
      assertEquals("ORGANIZATION", r.type(), r.id());
      assertTrue(r.id().startsWith("org:agency:"), r.id());
      assertTrue(r.names().stream().anyMatch(EntityListFilesTest::isDevanagari), r.id() + ": no Devanagari name");
      assertTrue(r.names().stream().anyMatch(n -> !isDevanagari(n)), r.id() + ": no Latin name");
    }
    String[][] required = {
      {"org:agency:pti", "पीटीआई", "PTI", "प्रेस ट्रस्ट ऑफ इंडिया"},
      {"org:agency:uni", "यूएनआई", "UNI"},
      {"org:agency:ians", "आईएएनएस", "IANS"},
      {"org:agency:ani", "एएनआई", "ANI"},
      {"org:agency:reuters", "रॉयटर्स", "Reuters"},
      {"org:agency:afp", "एएफपी", "AFP"},
      {"org:agency:ap", "एपी", "AP", "एसोसिएटेड प्रेस"},
      {"org:agency:bloomberg", "ब्लूमबर्ग", "Bloomberg"},
      {"org:agency:xinhua", "शिन्हुआ", "Xinhua"},
      {"org:agency:kcna", "केसीएनए", "KCNA", "कोरियाई केंद्रीय समाचार एजेंसी", "Korean Central News Agency"},
      {"org:agency:yonhap", "योनहाप", "Yonhap"},
      {"org:agency:tass", "तास", "TASS"},
      {"org:agency:ria-novosti", "रिया नोवोस्ती", "RIA Novosti"},
      {"org:agency:irna", "इरना", "IRNA"},
      {"org:agency:anadolu", "अनादोलु", "Anadolu"},
      {"org:agency:dpa", "डीपीए", "DPA"},
      {"org:agency:kyodo", "किओदो", "Kyodo"},
    };
    for (String[] req : required) {
      Row r = BY_ID.containsKey(req[0]) ? BY_ID.get(req[0]) : find(agencies, req[0]);
      assertNotNull(r, "missing agency " + req[0]);
      for (int i = 1; i < req.length; i++) {
        assertTrue(r.hasStrong(canonical(req[i])), req[0] + " lacks the name " + req[i]);
      }
    }
    // भाषा is PTI's Hindi service, and a common noun ("language"): context-only.
    Row bhasha = find(agencies, "org:agency:pti-bhasha");
    assertNotNull(bhasha);
    assertTrue(bhasha.names().contains("~भाषा"), "भाषा must be listed as context-only");
    for (List<Row> rows : ROWS.values()) {
      for (Row r : rows) {
        assertFalse(r.hasStrong("भाषा"), r.id() + " lists भाषा as a strong name");
      }
    }
  }

  @Test
  void people() {
    List<Row> people = ROWS.get("people.tsv");
    assertTrue(people.size() >= 300, "at least 300 people, got " + people.size());
    List<Row> allPeople = allPeople();
    assertTrue(allPeople.size() >= 2400, "at least 2,400 people in all people lists, got " + allPeople.size());
    Pattern id = Pattern.compile("per:[a-z0-9]+(-[a-z0-9]+)*");
    for (Row r : allPeople) {
      assertEquals("PERSON", r.type(), r.id());
      assertTrue(id.matcher(r.id()).matches(), "person ids are per:<latin-slug>: " + r.id());
      assertTrue(r.names().stream().anyMatch(EntityListFilesTest::isDevanagari), r.id() + ": no Devanagari name");
      assertTrue(
          r.names().stream().anyMatch(n -> !n.startsWith("~") && !isDevanagari(n)), r.id() + ": no Latin name");
    }
    // The guideline examples and other names that fill Hindi news, with the single-name forms
    // that are strong (unambiguous in Hindi news) and the ones that are context-only.
    String[][] required = {
      {"per:vladimir-putin", "व्लादिमीर पुतिन", "पुतिन", "Vladimir Putin"},
      {"per:kim-jong-un", "किम जोंग उन", "किम जोंग-उन", "Kim Jong Un"},
      {"per:mahatma-gandhi", "महात्मा गांधी", "Mahatma Gandhi"},
      {"per:antonio-guterres", "एंटोनियो गुटेरेस", "गुटेरेस"},
      {"per:narendra-modi", "नरेंद्र मोदी", "मोदी", "Narendra Modi"},
      {"per:xi-jinping", "शी जिनपिंग", "जिनपिंग"},
      {"per:donald-trump", "डोनाल्ड ट्रंप", "डोनाल्ड ट्रम्प", "ट्रंप", "ट्रम्प"},
      {"per:joe-biden", "जो बाइडन", "बाइडन"},
      {"per:volodymyr-zelenskyy", "वोलोदिमीर ज़ेलेंस्की", "ज़ेलेंस्की", "जेलेंस्की"},
      {"per:benjamin-netanyahu", "बेंजामिन नेतन्याहू", "नेतन्याहू"},
      {"per:jawaharlal-nehru", "जवाहरलाल नेहरू"},
      {"per:br-ambedkar", "बी. आर. आंबेडकर", "भीमराव आंबेडकर"},
      {"per:subhas-chandra-bose", "सुभाष चंद्र बोस", "सुभाष चन्द्र बोस"},
    };
    for (String[] req : required) {
      Row r = find(people, req[0]);
      assertNotNull(r, "missing person " + req[0]);
      for (int i = 1; i < req.length; i++) {
        assertTrue(r.hasStrong(canonical(req[i])), req[0] + " lacks the strong name " + req[i]);
      }
    }
    assertTrue(find(people, "per:kim-jong-un").names().contains("~किम"), "किम is context-only");
    // Bare surnames shared by many people are never strong names of one person.
    Set<String> surnames =
        Set.of("गांधी", "गाँधी", "सिंह", "शाह", "कुमार", "यादव", "पटेल", "शर्मा", "ख़ान", "खान", "राय",
            "मुखर्जी", "बनर्जी", "पवार", "ठाकरे", "अब्दुल्ला", "रेड्डी", "नायडू", "चौहान", "सोरेन", "शरीफ़",
            "शरीफ", "भुट्टो", "किम", "ली", "बच्चन", "कपूर", "अंबानी", "क्लिंटन", "बुश");
    for (Row r : allPeople) {
      for (String s : surnames) {
        assertFalse(r.hasStrong(canonical(s)), r.id() + " has the bare surname " + s + " as a strong name");
      }
    }
    // A single-word strong name belongs to one person only (a short form shared by two listed
    // people is context-only on both).
    DevanagariNormalizer search = DevanagariNormalizer.search();
    Map<String, String> single = new TreeMap<>();
    List<String> shared = new ArrayList<>();
    for (Row r : allPeople) {
      for (String n : r.names()) {
        if (!n.startsWith("~") && !n.contains(" ") && isDevanagari(n)) {
          String prev = single.putIfAbsent(fold(search, n), r.id());
          if (prev != null && !prev.equals(r.id())) {
            shared.add(n + ": " + prev + ", " + r.id());
          }
        }
      }
    }
    assertEquals(List.of(), shared);
  }

  static List<Row> allPeople() {
    List<Row> all = new ArrayList<>();
    for (String f : PEOPLE_FILES) {
      all.addAll(ROWS.get(f));
    }
    return all;
  }

  @Test
  void peopleNamesAreNotPlacesOrOrganisations() {
    // No name of a person, strong or context-only, is (after search folding) a name of a place or
    // an organisation in another list: a person named like a city never gets the bare name.
    DevanagariNormalizer search = DevanagariNormalizer.search();
    Map<String, String> other = new TreeMap<>();
    for (Map.Entry<String, List<Row>> e : ROWS.entrySet()) {
      if (PEOPLE_FILES.contains(e.getKey())) {
        continue;
      }
      for (Row r : e.getValue()) {
        if (!r.type().equals("PERSON")) {
          for (String n : r.names()) {
            other.putIfAbsent(fold(search, n), r.id() + " (" + n + ")");
          }
        }
      }
    }
    List<String> clashes = new ArrayList<>();
    for (Row r : allPeople()) {
      for (String n : r.names()) {
        String hit = other.get(fold(search, n));
        if (hit != null) {
          clashes.add(r.id() + ": " + n + " = " + hit);
        }
      }
    }
    assertEquals(List.of(), clashes);
  }

  @Test
  void noPersonNameHoldsAPostposition() {
    // Stricter than noStrongNameHoldsAPostposition: context-only person names too, and the parts of
    // hyphenated names (the tokenizer splits किम जोंग-उन at the hyphen).
    Set<String> postpositions = Set.of("ने", "को", "से", "का", "की", "के", "में", "पर", "तक");
    List<String> bad = new ArrayList<>();
    for (Row r : allPeople()) {
      for (String n : r.names()) {
        String bare = n.startsWith("~") ? n.substring(1) : n;
        if (Arrays.stream(bare.split("[ \\-]+")).anyMatch(postpositions::contains)) {
          bad.add(r.id() + ": " + n);
        }
      }
    }
    assertEquals(List.of(), bad);
  }

  static String fold(DevanagariNormalizer search, String name) {
    String bare = name.startsWith("~") ? name.substring(1) : name;
    return search.normalizeToString(bare).toLowerCase(Locale.ROOT);
  }

  @Test
  void guidelineExamples() {
    Row kp = find(ROWS.get("countries.tsv"), "loc:iso:KP");
    assertNotNull(kp);
    assertEquals("LOCATION", kp.type());
    assertEquals("उत्तर कोरिया", kp.primary());
    assertTrue(kp.hasStrong("डीपीआरके") && kp.hasStrong("DPRK"), "DPRK spellings on North Korea");
    String[][] expected = {
      {"LOCATION", "रूस"}, {"LOCATION", "यूक्रेन"}, {"LOCATION", "प्योंगयांग"}, {"LOCATION", "मॉस्को"},
      {"LOCATION", "वाशिंगटन"}, {"LOCATION", "भारत"}, {"LOCATION", "अमेरिका"},
      {"LOCATION", "एशिया"}, {"LOCATION", "बिहार"}, {"LOCATION", "छत्तीसगढ़"}, {"LOCATION", "नई दिल्ली"},
      {"ORGANIZATION", "संयुक्त राष्ट्र"}, {"ORGANIZATION", "संयुक्त राष्ट्र सुरक्षा परिषद"},
      {"ORGANIZATION", "भाजपा"}, {"ORGANIZATION", "कांग्रेस"}, {"ORGANIZATION", "इसरो"}, {"ORGANIZATION", "नाटो"},
      {"ORGANIZATION", "यूरोपीय संघ"}, {"ORGANIZATION", "विश्व स्वास्थ्य संगठन"}, {"ORGANIZATION", "WHO"},
      {"PERSON", "व्लादिमीर पुतिन"}, {"PERSON", "महात्मा गांधी"},
    };
    // Names of the guidelines that a general list may or may not hold (generic body names, one
    // article's people and places): never required, but typed as the guidelines say where listed.
    String[][] typedIfListed = {
      {"ORGANIZATION", "विदेश विभाग"}, {"ORGANIZATION", "गृह मंत्रालय"}, {"ORGANIZATION", "दक्षिण कोरियाई सेना"},
      {"PERSON", "पुतिन"}, {"PERSON", "किम जोंग उन"}, {"LOCATION", "Jalgaon"},
    };
    for (String[] e : typedIfListed) {
      String name = canonical(e[1]);
      for (List<Row> rows : ROWS.values()) {
        for (Row r : rows) {
          if (r.hasStrong(name)) {
            assertEquals(e[0], r.type(), name + " in " + r.id());
          }
        }
      }
    }
    for (String[] e : expected) {
      String name = canonical(e[1]);
      boolean found = false;
      for (List<Row> rows : ROWS.values()) {
        for (Row r : rows) {
          if (r.hasStrong(name)) {
            assertEquals(e[0], r.type(), name + " in " + r.id());
            found = true;
          }
        }
      }
      assertTrue(found, "no entry for " + e[1]);
    }
    // Organisations are not places: the UN and the EU are not in the country list.
    for (Row r : ROWS.get("countries.tsv")) {
      assertFalse(r.has("संयुक्त राष्ट्र") || r.has("यूरोपीय संघ"), r.id());
    }
  }

  @Test
  void correctedPlaceNames() {
    List<Row> india = ROWS.get("india-places.tsv");
    assertEquals(canonical("रायगड़ा"), find(india, "loc:in:district:odisha:rayagada").primary());
    assertEquals(canonical("छत्तीसगढ़"), find(india, "loc:in:state:chhattisgarh").primary());
    assertEquals("इरोड", find(india, "loc:in:district:tamil-nadu:erode").primary());
    assertEquals("बदायूं", find(india, "loc:in:district:uttar-pradesh:budaun").primary());
    for (Row r : india) {
      for (String bad : List.of("खत्म", "सोमवार", "कोई नहीं", "एक प्रकार का हंस", "Bbmp")) {
        assertFalse(r.has(bad), r.id() + " still has " + bad);
      }
    }
  }

  static Row find(List<Row> rows, String id) {
    for (Row r : rows) {
      if (r.id().equals(id)) {
        return r;
      }
    }
    return null;
  }

  static String canonical(String s) {
    return DevanagariNormalizer.canonical().normalizeToString(s);
  }

  static boolean isDevanagari(String s) {
    return s.codePoints().anyMatch(c -> c >= 0x0900 && c <= 0x097F);
  }
}
