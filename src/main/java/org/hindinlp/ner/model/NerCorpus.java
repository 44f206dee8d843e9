package org.hindinlp.ner.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hindinlp.normalize.DevanagariNormalizer;

/**
 * Readers for the gold corpora the model is trained and evaluated on, mapped to the three coarse
 * types {@code PERSON}, {@code LOCATION} and {@code ORGANIZATION} in BIO form. Every token is
 * canonically normalized ({@link DevanagariNormalizer#canonical()}).
 *
 * <ul>
 *   <li>{@link #readIlNer}: IL-NER ({@code TOKEN<TAB>TAG}); NEP → PERSON, NEL → LOCATION, NEO →
 *       ORGANIZATION, every other type → O; a tag {@code -X} without prefix becomes {@code B-X}
 *       (or {@code I-X} right after a tag of the same type), a bare {@code -} becomes O. Only the
 *       first sentences are annotated (train 5688, dev 713, test 712): pass that limit.
 *   <li>{@link #readMultiConer}: MultiCoNER II ({@code TOKEN _ _ TAG}, {@code # id} header lines);
 *       fine types mapped by {@link #MULTICONER_TYPES}; punctuation glued to a word is split off,
 *       and an entity that goes on past a split comma stays whole.
 *   <li>{@link #readConll}: plain CoNLL whose first column is the token and last column a BIO
 *       label already in the coarse scheme (or O); blank lines end sentences.
 * </ul>
 *
 * <p>Static readers only; thread-safe.
 */
public final class NerCorpus {

  /** One sentence: tokens and their BIO labels ({@code B-PERSON}, {@code I-LOCATION}, {@code O}…). */
  public record Sentence(List<String> tokens, List<String> labels) {
    /** Checks both lists have the same length and copies them. */
    public Sentence {
      tokens = List.copyOf(tokens);
      labels = List.copyOf(labels);
      if (tokens.size() != labels.size()) {
        throw new IllegalArgumentException(
            "tokens and labels differ in length: " + tokens.size() + " vs " + labels.size());
      }
    }
  }

  /** The three coarse types, in label order. */
  public static final List<String> TYPES = List.of("PERSON", "LOCATION", "ORGANIZATION");

  /** IL-NER tag type → coarse type; absent types become O. */
  static final Map<String, String> ILNER_TYPES =
      Map.of("NEP", "PERSON", "NEL", "LOCATION", "NEO", "ORGANIZATION");

  /**
   * MultiCoNER II fine type → coarse type; absent types (creative works, products, medical) become
   * O. The PER, LOC and GRP groups of the MultiCoNER II taxonomy map as a whole: person groups to
   * PERSON; settlements, facilities, stations and other locations to LOCATION; organisations,
   * companies, manufacturers, sports teams and bands to ORGANIZATION (the entity guidelines count
   * companies and teams as organisations).
   */
  public static final Map<String, String> MULTICONER_TYPES =
      Map.ofEntries(
          Map.entry("Artist", "PERSON"),
          Map.entry("Athlete", "PERSON"),
          Map.entry("Politician", "PERSON"),
          Map.entry("Cleric", "PERSON"),
          Map.entry("Scientist", "PERSON"),
          Map.entry("SportsManager", "PERSON"),
          Map.entry("OtherPER", "PERSON"),
          Map.entry("HumanSettlement", "LOCATION"),
          Map.entry("Facility", "LOCATION"),
          Map.entry("Station", "LOCATION"),
          Map.entry("OtherLOC", "LOCATION"),
          Map.entry("ORG", "ORGANIZATION"),
          Map.entry("PublicCorp", "ORGANIZATION"),
          Map.entry("PrivateCorp", "ORGANIZATION"),
          Map.entry("AerospaceManufacturer", "ORGANIZATION"),
          Map.entry("CarManufacturer", "ORGANIZATION"),
          Map.entry("SportsGRP", "ORGANIZATION"),
          Map.entry("MusicalGRP", "ORGANIZATION"));

  private static final DevanagariNormalizer CANONICAL = DevanagariNormalizer.canonical();

  private NerCorpus() {}

  /**
   * Reads IL-NER.
   *
   * @param file an IL-NER {@code Hindi-*.txt} file
   * @param maxSentences how many sentences to read from the start (the annotated part); {@code
   *     Integer.MAX_VALUE} for all
   */
  public static List<Sentence> readIlNer(Path file, int maxSentences) throws IOException {
    return readIlNer(file, maxSentences, true);
  }

  /**
   * Reads IL-NER; with {@code repairDashTags == false} a tag {@code -X} without prefix becomes O
   * instead of being repaired (the convention of the published 620-mention test figure).
   */
  public static List<Sentence> readIlNer(Path file, int maxSentences, boolean repairDashTags)
      throws IOException {
    return readIlNer(file, maxSentences, repairDashTags, ILNER_TYPES);
  }

  /**
   * Reads IL-NER with another tag type mapping ({@code types}: IL-NER type → label type; absent
   * types become O). Package-private hook for experiments with auxiliary types.
   */
  static List<Sentence> readIlNer(
      Path file, int maxSentences, boolean repairDashTags, Map<String, String> types)
      throws IOException {
    List<Sentence> out = new ArrayList<>();
    for (List<String[]> rows : blocks(file, "\t")) {
      if (out.size() >= maxSentences) {
        break;
      }
      List<String> tokens = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      String prevType = null;
      for (String[] row : rows) {
        String tag = row.length > 1 ? row[row.length - 1].trim() : "O";
        String prefix;
        String type;
        if (tag.startsWith("B-") || tag.startsWith("I-")) {
          prefix = tag.substring(0, 1);
          type = tag.substring(2);
        } else if (repairDashTags && tag.startsWith("-") && tag.length() > 1) {
          type = tag.substring(1);
          prefix = type.equals(prevType) ? "I" : "B";
        } else {
          prefix = null;
          type = null;
        }
        String coarse = type == null ? null : types.get(type);
        tokens.add(CANONICAL.normalizeToString(row[0]));
        labels.add(coarse == null ? "O" : prefix + "-" + coarse);
        prevType = type;
      }
      out.add(new Sentence(tokens, repairBio(labels)));
    }
    return out;
  }

  /** Reads MultiCoNER II ({@code TOKEN _ _ TAG}), splitting glued punctuation. */
  public static List<Sentence> readMultiConer(Path file) throws IOException {
    return readMultiConer(file, MULTICONER_TYPES);
  }

  /**
   * Reads MultiCoNER II with another fine type mapping ({@code types}: fine type → label type;
   * absent types become O). Package-private hook for experiments with auxiliary types.
   */
  static List<Sentence> readMultiConer(Path file, Map<String, String> types) throws IOException {
    List<Sentence> out = new ArrayList<>();
    for (List<String[]> rows : blocks(file, " ")) {
      List<String> tokens = new ArrayList<>();
      List<Integer> entity = new ArrayList<>(); // entity number per piece, -1 for outside
      List<String> entityTypes = new ArrayList<>();
      int current = -1;
      String prevCoarse = null;
      for (String[] row : rows) {
        String tag = row[row.length - 1];
        String coarse = null;
        if (tag.length() > 2 && (tag.startsWith("B-") || tag.startsWith("I-"))) {
          coarse = types.get(tag.substring(2));
          if (coarse != null && (tag.charAt(0) == 'B' || !coarse.equals(prevCoarse))) {
            current = entityTypes.size();
            entityTypes.add(coarse);
          }
        }
        int id = coarse == null ? -1 : current;
        for (String piece : splitGluedPunctuation(CANONICAL.normalizeToString(row[0]))) {
          tokens.add(piece);
          entity.add(id);
        }
        prevCoarse = coarse;
      }
      // Punctuation pieces at the edges of an entity leave it; inside it they stay.
      int n = tokens.size();
      for (int i = 0; i < n; i++) {
        int id = entity.get(i);
        if (id < 0) {
          continue;
        }
        int end = i;
        while (end < n && entity.get(end) == id) {
          end++;
        }
        int s = i;
        int e = end;
        while (s < e && isPunctuation(tokens.get(s))) {
          entity.set(s++, -1);
        }
        while (e > s && isPunctuation(tokens.get(e - 1))) {
          entity.set(--e, -1);
        }
        i = end - 1;
      }
      List<String> labels = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        int id = entity.get(i);
        if (id < 0) {
          labels.add("O");
        } else {
          boolean begin = i == 0 || entity.get(i - 1) != id;
          labels.add((begin ? "B-" : "I-") + entityTypes.get(id));
        }
      }
      out.add(new Sentence(tokens, labels));
    }
    return out;
  }

  /**
   * Reads CoNLL with the token in the first column and a coarse BIO label in the last (a line with
   * one column is labelled O). Whitespace or tab separated; {@code #} comment lines are skipped.
   */
  public static List<Sentence> readConll(Path file) throws IOException {
    List<Sentence> out = new ArrayList<>();
    for (List<String[]> rows : blocks(file, null)) {
      List<String> tokens = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      for (String[] row : rows) {
        tokens.add(CANONICAL.normalizeToString(row[0]));
        String tag = row.length > 1 ? row[row.length - 1] : "O";
        labels.add(tag.length() > 2 && TYPES.contains(tag.substring(2)) ? tag : "O");
      }
      out.add(new Sentence(tokens, repairBio(labels)));
    }
    return out;
  }

  /** An I- label that does not continue an entity of its type starts one (CoNLL-2003). */
  static List<String> repairBio(List<String> labels) {
    List<String> out = new ArrayList<>(labels.size());
    String prev = "O";
    for (String l : labels) {
      if (l.startsWith("I-") && !(prev.length() > 2 && prev.substring(2).equals(l.substring(2)))) {
        l = "B-" + l.substring(2);
      }
      out.add(l);
      prev = l;
    }
    return out;
  }

  private static final String LEADING = "\"'([{‘“«";
  private static final String TRAILING = "।॥,.?!;:\"')]}’”»";

  /**
   * Splits punctuation glued to the start or end of a whitespace token: {@code में।} → {@code में},
   * {@code ।}; {@code (भारत),} → {@code (}, {@code भारत}, {@code )}, {@code ,}. A final period
   * stays on a token that holds another period (abbreviations such as {@code डी.सी.}).
   */
  static List<String> splitGluedPunctuation(String token) {
    List<String> out = new ArrayList<>(3);
    int s = 0;
    int e = token.length();
    while (s < e - 1 && LEADING.indexOf(token.charAt(s)) >= 0) {
      out.add(String.valueOf(token.charAt(s++)));
    }
    List<String> tail = new ArrayList<>(2);
    while (e - 1 > s && TRAILING.indexOf(token.charAt(e - 1)) >= 0) {
      char c = token.charAt(e - 1);
      if (c == '.' && token.substring(s, e - 1).indexOf('.') >= 0) {
        break;
      }
      tail.add(0, String.valueOf(c));
      e--;
    }
    out.add(token.substring(s, e));
    out.addAll(tail);
    return out;
  }

  static boolean isPunctuation(String token) {
    for (int i = 0; i < token.length(); i++) {
      int t = Character.getType(token.charAt(i));
      boolean p =
          t == Character.OTHER_PUNCTUATION
              || t == Character.DASH_PUNCTUATION
              || t == Character.START_PUNCTUATION
              || t == Character.END_PUNCTUATION
              || t == Character.INITIAL_QUOTE_PUNCTUATION
              || t == Character.FINAL_QUOTE_PUNCTUATION
              || t == Character.CONNECTOR_PUNCTUATION
              || t == Character.MATH_SYMBOL
              || t == Character.OTHER_SYMBOL;
      if (!p) {
        return false;
      }
    }
    return !token.isEmpty();
  }

  /** Sentences as rows of columns; {@code sep == null} splits on any whitespace. */
  private static List<List<String[]>> blocks(Path file, String sep) throws IOException {
    Objects.requireNonNull(file, "file");
    List<List<String[]>> out = new ArrayList<>();
    List<String[]> cur = new ArrayList<>();
    int lineNo = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
          line = line.substring(1);
        }
        if (line.endsWith("\r")) {
          line = line.substring(0, line.length() - 1);
        }
        if (line.isBlank()) {
          if (!cur.isEmpty()) {
            out.add(cur);
            cur = new ArrayList<>();
          }
          continue;
        }
        if (line.startsWith("# id ") || (sep == null && line.startsWith("#"))) {
          continue;
        }
        String[] cols = sep == null ? line.trim().split("\\s+") : line.split(sep, -1);
        if (cols[0].isEmpty()) {
          throw new IOException(file + ":" + lineNo + ": empty token");
        }
        cur.add(cols);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    if (!cur.isEmpty()) {
      out.add(cur);
    }
    return out;
  }
}
