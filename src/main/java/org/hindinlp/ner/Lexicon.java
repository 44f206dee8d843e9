package org.hindinlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hindinlp.normalize.DevanagariNormalizer;
import org.hindinlp.tokenize.Token;
import org.hindinlp.tokenize.HindiTokenizer;

/**
 * The rule tagger's word lists ({@code rules-hi.txt}) and the common words that are never read as
 * a name ({@code common-words.txt}), as canonical token keys. Immutable after loading.
 */
final class Lexicon {

  static final String RULES = "/org/hindinlp/ner/rules-hi.txt";
  static final String COMMON_RESOURCE = "/org/hindinlp/ner/common-words.txt";

  /** Bits of {@link #flags(String)}. */
  static final int TITLE = 1;
  static final int HONORIFIC = 2;
  static final int ORG_HEAD = 4;
  static final int CLOSED = 8;
  static final int COMMON = 16;
  static final int GENERIC = 32;
  /** A role or occupation before a name (उद्योगपति): outside a span, but it marks no name. */
  static final int ROLE = 64;
  /** A nationality or regional adjective (अमेरिकी): never an entity or a name on its own. */
  static final int DEMONYM = 128;
  /** A postposition (ने, के, में): never inside a span; a model span is split at it. */
  static final int POSTPOSITION = 256;
  /** A word after a place name that supports a context-only place (गया जिले, गया शहर). */
  static final int PLACE_HEAD = 512;
  /** A title that marks a person's name even where the model runs (श्री, डॉ., सीनेटर). */
  static final int PERSON_TITLE = 1024;
  /** A word after an organisation's name about its members or offices (आप विधायक). */
  static final int MEMBER = 2048;
  /** A word before a platform's name (मंच X). */
  static final int PLATFORM = 4096;
  /** A verb of posting after "NAME पर" (X पर लिखा). */
  static final int POSTING = 8192;
  /** An administrative unit after a place's name (गांव, तहसील, प्रखंड). */
  static final int PLACE_UNIT = 16384;
  /** A month name (datelines: "PLACE, 5 मार्च"). */
  static final int MONTH = 32768;
  /** A facility word after a place's name (बंदरगाह, छावनी): outside a model place's span. */
  static final int FACILITY = 65536;
  /** The head of a place named with a genitive (बंगाल की खाड़ी, कच्छ का रण). */
  static final int GENITIVE_HEAD = 131072;
  /** A word for a government ("X सरकार" is a place or party and a common noun). */
  static final int GOVERNMENT = 262144;

  /** Every word of the single-word sections, with its bits: one lookup per token. */
  private final Map<String, Integer> flags;

  final List<String[]> agencyCuesAfter;
  final List<String[]> agencyCuesBefore;
  final List<String[]> agencyDescriptors;

  private Lexicon(Map<String, List<String[]>> sections, Set<String> common) {
    Map<String, Integer> f = new HashMap<>();
    mark(f, singles(sections, "titles"), TITLE);
    mark(f, singles(sections, "name-honorifics"), HONORIFIC);
    mark(f, singles(sections, "org-heads"), ORG_HEAD);
    mark(f, singles(sections, "postpositions"), CLOSED | POSTPOSITION);
    mark(f, singles(sections, "place-heads"), PLACE_HEAD);
    mark(f, singles(sections, "person-titles"), PERSON_TITLE);
    mark(f, singles(sections, "member-words"), MEMBER);
    mark(f, singles(sections, "platform-words"), PLATFORM);
    mark(f, singles(sections, "posting-verbs"), POSTING);
    mark(f, singles(sections, "place-units"), PLACE_UNIT);
    mark(f, singles(sections, "months"), MONTH);
    mark(f, singles(sections, "facility-words"), FACILITY);
    mark(f, singles(sections, "genitive-place-heads"), GENITIVE_HEAD);
    mark(f, singles(sections, "government-words"), GOVERNMENT);
    mark(f, singles(sections, "function-words"), CLOSED);
    mark(f, singles(sections, "generic-nouns"), GENERIC);
    mark(f, singles(sections, "roles"), ROLE);
    mark(f, singles(sections, "demonyms"), DEMONYM);
    mark(f, common, COMMON);
    flags = Map.copyOf(f);
    agencyCuesAfter = List.copyOf(sections.getOrDefault("agency-cues-after", List.of()));
    agencyCuesBefore = List.copyOf(sections.getOrDefault("agency-cues-before", List.of()));
    agencyDescriptors = List.copyOf(sections.getOrDefault("agency-descriptors", List.of()));
  }

  private static void mark(Map<String, Integer> flags, Set<String> words, int bit) {
    for (String w : words) {
      flags.merge(w, bit, (a, b) -> a | b);
    }
  }

  /** The section bits of a canonical token key (0 for a word in no section). */
  int flags(String key) {
    Integer f = flags.get(key);
    return f == null ? 0 : f;
  }

  private static Set<String> singles(Map<String, List<String[]>> sections, String name) {
    Set<String> out = new HashSet<>();
    for (String[] phrase : sections.getOrDefault(name, List.of())) {
      if (phrase.length == 1) {
        out.add(phrase[0]);
      }
    }
    return out;
  }

  /** Loads both resources, tokenizing each entry with {@code tokenizer}. */
  static Lexicon load(HindiTokenizer tokenizer) {
    Map<String, List<String[]>> sections = new HashMap<>();
    String section = null;
    for (String line : lines(RULES)) {
      if (line.startsWith("[") && line.endsWith("]")) {
        section = line.substring(1, line.length() - 1);
        continue;
      }
      if (section == null) {
        throw new IllegalStateException(RULES + ": entry before the first [section]: " + line);
      }
      sections.computeIfAbsent(section, k -> new ArrayList<>()).add(keys(tokenizer, line));
    }
    return new Lexicon(sections, commonWords());
  }

  /** The common words ({@code common-words.txt}) in canonical form, loaded once. */
  static Set<String> commonWords() {
    return CommonWords.WORDS;
  }

  private static final class CommonWords {
    static final Set<String> WORDS = load();

    private static Set<String> load() {
      Set<String> common = new HashSet<>();
      for (String line : lines(COMMON_RESOURCE)) {
        common.add(DevanagariNormalizer.canonical().normalizeToString(line));
      }
      return Set.copyOf(common);
    }
  }

  /** The canonical keys of a phrase's tokens. */
  static String[] keys(HindiTokenizer tokenizer, String phrase) {
    List<Token> tokens = tokenizer.tokenize(phrase);
    String[] out = new String[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = tokens.get(i).canonical();
    }
    return out;
  }

  private static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(
            new IOException(resource + " is missing from the jar; it is part of the distribution"));
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
    }
    return out;
  }

  /** Whether the phrase {@code keys} occurs at token {@code i}. */
  static boolean phraseAt(String[] keys, int i, String[] phrase) {
    if (i < 0 || i + phrase.length > keys.length) {
      return false;
    }
    for (int k = 0; k < phrase.length; k++) {
      if (!phrase[k].equals(keys[i + k])) {
        return false;
      }
    }
    return true;
  }

  /** The length of the first phrase of {@code phrases} that starts at token {@code i}, or 0. */
  static int anyPhraseAt(String[] keys, int i, List<String[]> phrases) {
    for (String[] p : phrases) {
      if (phraseAt(keys, i, p)) {
        return p.length;
      }
    }
    return 0;
  }

  /** Whether one of {@code phrases} ends right before token {@code i}. */
  static boolean anyPhraseEndsBefore(String[] keys, int i, List<String[]> phrases) {
    for (String[] p : phrases) {
      if (phraseAt(keys, i - p.length, p)) {
        return true;
      }
    }
    return false;
  }
}
