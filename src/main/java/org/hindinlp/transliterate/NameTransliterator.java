package org.hindinlp.transliterate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Transliterates Latin-script names (English spellings such as {@code Keir Starmer}, {@code
 * Ontario}, {@code Chhattisgarh}) into the Devanagari spellings Hindi text uses, with n-best output.
 *
 * <p>The model is a joint-sequence model learnt from name pairs: an n-gram model over graphones,
 * pairs of a Latin substring and a Devanagari substring ({@code sh|श}, {@code a|ा}, {@code r|र्}).
 * Each word of the name is decoded by a beam search over its letters; the n best spellings of the
 * whole name are then formed by a beam over the words. See {@code docs/transliteration.md} for the
 * training data, the accuracy and how to rebuild the model.
 *
 * <p>Input handling: letters with diacritics are folded to ASCII ({@code é → e}, {@code ß → ss});
 * runs of Latin letters are words (apostrophes inside a word are dropped: {@code O'Brien}); ASCII
 * digits are copied; a hyphen between words is kept, any other run of non-letters becomes one
 * space. Case does not matter.
 *
 * <p>Instances are immutable and thread-safe: build once, share everywhere.
 *
 * <pre>{@code
 * NameTransliterator t = NameTransliterator.standard();
 * List<Candidate> best = t.transliterate("Keir Starmer", 5);
 * best.get(0).text();   // a Devanagari spelling, e.g. कीर स्टार्मर
 * }</pre>
 */
public final class NameTransliterator {

  /** Longest accepted input, in UTF-16 chars. */
  public static final int MAX_INPUT_LENGTH = 256;

  /** Largest accepted number of candidates per call. */
  public static final int MAX_CANDIDATES = 100;

  /** The classpath resource of the shipped model. */
  static final String RESOURCE = "/org/hindinlp/transliterate/translit-model.bin";

  private static final int BEAM = 40;
  private static final double PRUNE = 18.0;
  private static final double SKIP_PENALTY = -25.0;

  private final GraphoneModel model;

  private NameTransliterator(GraphoneModel model) {
    this.model = model;
  }

  /**
   * Returns the shipped model, loaded from the jar on first use and shared afterwards.
   *
   * @return the shared standard transliterator
   * @throws UncheckedIOException if the model resource is missing or damaged (a broken jar)
   */
  public static NameTransliterator standard() {
    return Holder.STANDARD;
  }

  /**
   * Loads a model written by the trainer ({@code TrainTransliterator}, test scope). The stream is
   * read to its end but not closed.
   *
   * @param in the model bytes
   * @return a transliterator using that model
   * @throws IOException if the stream cannot be read or is not a valid model (bad magic number,
   *     unsupported version, truncated or corrupt content); the message names the problem
   */
  public static NameTransliterator load(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    return new NameTransliterator(GraphoneModel.read(in));
  }

  private static final class Holder {
    static final NameTransliterator STANDARD = loadStandard();

    private static NameTransliterator loadStandard() {
      try (InputStream in = NameTransliterator.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new UncheckedIOException(new IOException("transliteration model resource " + RESOURCE
              + " is missing from the class path (broken jar?)"));
        }
        return load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the transliteration model " + RESOURCE, e);
      }
    }
  }

  /**
   * Returns the best Devanagari spelling of a Latin name.
   *
   * @param latinName the name, one or more words in Latin script
   * @return the most probable spelling
   * @throws IllegalArgumentException as for {@link #transliterate(String, int)}
   */
  public String best(String latinName) {
    return transliterate(latinName, 1).get(0).text();
  }

  /**
   * Returns the {@code n} most probable Devanagari spellings of a Latin name, best first. Fewer are
   * returned when the model knows fewer distinct spellings. Each word is transliterated on its own;
   * the candidates combine the words' spellings by joint score.
   *
   * @param latinName the name, one or more words in Latin script (at most {@value
   *     #MAX_INPUT_LENGTH} chars)
   * @param n how many candidates to return, 1 to {@value #MAX_CANDIDATES}
   * @return at least one candidate, sorted by decreasing score; an unmodifiable list
   * @throws NullPointerException if {@code latinName} is null
   * @throws IllegalArgumentException if {@code n} is out of range, or the name is empty or blank,
   *     longer than {@value #MAX_INPUT_LENGTH} chars, or has no Latin letter
   */
  public List<Candidate> transliterate(String latinName, int n) {
    Objects.requireNonNull(latinName, "latinName");
    if (n < 1 || n > MAX_CANDIDATES) {
      throw new IllegalArgumentException("n must be between 1 and " + MAX_CANDIDATES + ": " + n);
    }
    if (latinName.isEmpty()) {
      throw new IllegalArgumentException("name is empty");
    }
    if (latinName.length() > MAX_INPUT_LENGTH) {
      throw new IllegalArgumentException("name too long: " + latinName.length() + " chars (at most "
          + MAX_INPUT_LENGTH + ")");
    }
    if (latinName.isBlank()) {
      throw new IllegalArgumentException("name is blank");
    }
    List<String> parts = split(fold(latinName));
    boolean letters = parts.stream().anyMatch(p -> !p.isEmpty() && p.charAt(0) >= 'a' && p.charAt(0) <= 'z');
    if (!letters) {
      throw new IllegalArgumentException("name has no Latin letters: \"" + latinName + "\"");
    }
    // Beam over the words: keep the n best partial names.
    List<Candidate> beam = List.of(new Candidate("", 0));
    for (String part : parts) {
      List<Candidate> options;
      if (part.equals(" ") || part.equals("-")) {
        options = List.of(new Candidate(part, 0));
      } else if (part.charAt(0) >= '0' && part.charAt(0) <= '9') {
        options = List.of(new Candidate(part, 0));
      } else {
        options = word(part, n);
      }
      List<Candidate> next = new ArrayList<>(beam.size() * options.size());
      for (Candidate b : beam) {
        for (Candidate o : options) {
          next.add(new Candidate(b.text() + o.text(), b.logProbability() + o.logProbability()));
        }
      }
      next.sort(BY_SCORE);
      beam = next.size() > n ? new ArrayList<>(next.subList(0, n)) : next;
    }
    return Collections.unmodifiableList(beam);
  }

  private static final Comparator<Candidate> BY_SCORE =
      Comparator.comparingDouble(Candidate::logProbability).reversed().thenComparing(Candidate::text);

  /**
   * Folds a name to lower-case ASCII letters, digits, apostrophes, hyphens and spaces (anything
   * else becomes a space).
   */
  static String fold(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        b.append((char) (c + 32));
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
        b.append(c);
      } else if (c == '\'' || c == '\u2019' || c == '\u02BC') {
        b.append('\'');
      } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      } else {
        String r = switch (c) {
          case 'ß' -> "ss";
          case 'æ', 'Æ' -> "ae";
          case 'œ', 'Œ' -> "oe";
          case 'ø', 'Ø' -> "o";
          case 'ł', 'Ł' -> "l";
          case 'đ', 'Đ', 'ð', 'Ð' -> "d";
          case 'þ', 'Þ' -> "th";
          case 'ı' -> "i";
          default -> " ";
        };
        b.append(r);
      }
    }
    return b.toString();
  }

  /** Splits a folded name into words, digit runs and separators (" " or "-"). */
  static List<String> split(String f) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int len = f.length();
    while (i < len) {
      char c = f.charAt(i);
      if (c >= 'a' && c <= 'z') {
        StringBuilder w = new StringBuilder();
        while (i < len && ((f.charAt(i) >= 'a' && f.charAt(i) <= 'z') || f.charAt(i) == '\'')) {
          if (f.charAt(i) != '\'') {
            w.append(f.charAt(i));
          }
          i++;
        }
        addWord(out, w.toString());
      } else if (c >= '0' && c <= '9') {
        int s = i;
        while (i < len && f.charAt(i) >= '0' && f.charAt(i) <= '9') {
          i++;
        }
        addWord(out, f.substring(s, i));
      } else {
        boolean hyphen = false;
        while (i < len && !(f.charAt(i) >= 'a' && f.charAt(i) <= 'z') && !(f.charAt(i) >= '0' && f.charAt(i) <= '9')) {
          hyphen |= f.charAt(i) == '-';
          i++;
        }
        if (!out.isEmpty()) {
          out.add(hyphen ? "-" : " ");
        }
      }
    }
    if (!out.isEmpty() && (out.get(out.size() - 1).equals(" ") || out.get(out.size() - 1).equals("-"))) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  private static void addWord(List<String> out, String w) {
    if (!out.isEmpty()) {
      String last = out.get(out.size() - 1);
      if (!last.equals(" ") && !last.equals("-")) {
        out.add(" "); // letters right after digits or the reverse: separate words
      }
    }
    out.add(w);
  }

  /** One hypothesis of the word decoder: a path of graphones up to a letter position. */
  private record Hyp(double score, long hist, int histLen, String out) {}

  /** The n best spellings of one word of lower-case ASCII letters (n-best by beam search). */
  List<Candidate> word(String w, int n) {
    int len = w.length();
    int h = model.order - 1;
    long histMask = h == 0 ? 0 : (1L << (GraphoneModel.BITS * h)) - 1;
    @SuppressWarnings("unchecked")
    Map<String, Hyp>[] at = new Map[len + 1];
    at[0] = new HashMap<>();
    at[0].put("", new Hyp(0, 0, Math.min(1, h), ""));
    Map<String, Double> finals = new LinkedHashMap<>();
    for (int i = 0; i <= len; i++) {
      if (at[i] == null || at[i].isEmpty()) {
        continue;
      }
      List<Hyp> hyps = new ArrayList<>(at[i].values());
      hyps.sort(Comparator.comparingDouble(Hyp::score).reversed().thenComparing(Hyp::out));
      double floor = hyps.get(0).score() - PRUNE;
      int keep = Math.min(hyps.size(), BEAM);
      at[i] = null;
      for (int j = 0; j < keep; j++) {
        Hyp p = hyps.get(j);
        if (p.score() < floor) {
          break;
        }
        if (i == len) {
          double s = p.score() + model.logProb(p.hist(), p.histLen(), 0);
          finals.merge(p.out(), s, NameTransliterator::logAdd);
          continue;
        }
        boolean single = false;
        for (int l = 1; l <= GraphoneModel.MAX_LATIN && i + l <= len; l++) {
          int[] gs = model.graphones(w.substring(i, i + l));
          if (gs == null) {
            continue;
          }
          single |= l == 1;
          for (int g : gs) {
            if (!joins(p.out(), model.dev[g])) {
              continue;
            }
            double s = p.score() + model.logProb(p.hist(), p.histLen(), g);
            long nh = ((p.hist() << GraphoneModel.BITS) | g) & histMask;
            int nl = Math.min(p.histLen() + 1, h);
            String out = p.out() + model.dev[g];
            add(at, i + l, new Hyp(s, nh, nl, out));
          }
        }
        if (!single) {
          // A letter the model has never seen alone: skip it at a high cost, so decoding goes on.
          add(at, i + 1, new Hyp(p.score() + SKIP_PENALTY, p.hist(), p.histLen(), p.out()));
        }
      }
    }
    List<Candidate> out = new ArrayList<>(finals.size());
    finals.forEach((k, v) -> out.add(new Candidate(k, v)));
    out.sort(BY_SCORE);
    if (out.isEmpty()) {
      out.add(new Candidate("", SKIP_PENALTY * len));
    }
    return out.size() > n ? out.subList(0, n) : out;
  }

  /**
   * Whether Devanagari text {@code next} may follow {@code prev} within a word: a vowel sign,
   * virama or nukta needs a consonant before it, and a nasal sign or visarga needs a consonant or a
   * vowel. Keeps the decoder from writing ill-formed syllables such as two vowel signs in a row.
   */
  static boolean joins(String prev, String next) {
    if (next.isEmpty()) {
      return true;
    }
    char before = prev.isEmpty() ? 0 : prev.charAt(prev.length() - 1);
    char first = next.charAt(0);
    boolean consonant = (before >= '\u0915' && before <= '\u0939') || (before >= '\u0958' && before <= '\u095F')
        || before == '\u093C';
    if ((first >= '\u093E' && first <= '\u094D') || first == '\u0962' || first == '\u0963') {
      return consonant; // vowel signs and virama
    }
    if (first == '\u093C') {
      return consonant && before != '\u093C';
    }
    if (first >= '\u0901' && first <= '\u0903') {
      boolean vowel = (before >= '\u0905' && before <= '\u0914') || (before >= '\u093E' && before <= '\u094C');
      return consonant || vowel;
    }
    return true;
  }

  private static void add(Map<String, Hyp>[] at, int pos, Hyp hyp) {
    if (at[pos] == null) {
      at[pos] = new HashMap<>();
    }
    String key = hyp.hist() + "/" + hyp.out();
    Hyp old = at[pos].get(key);
    if (old == null || old.score() < hyp.score()) {
      at[pos].put(key, hyp);
    }
  }

  private static double logAdd(double a, double b) {
    double m = Math.max(a, b);
    return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
  }

  /** Number of n-grams in the model (for reports). */
  int modelSize() {
    return model.size();
  }
}
