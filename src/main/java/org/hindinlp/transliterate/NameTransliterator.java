package org.hindinlp.transliterate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
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

  private static final int BEAM = 12;
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

  /**
   * One hypothesis of the word decoder: a path of graphones up to a letter position, as a linked
   * list back to the start ({@code graphone} -1 marks a skipped letter).
   */
  private record Hyp(double score, long hist, int histLen, Hyp parent, int graphone, char last) {}

  /** A bounded set of the best hypotheses at one letter position (a min-heap on score). */
  private static final class Beam {
    final Hyp[] heap;
    int size;
    double best = Double.NEGATIVE_INFINITY;

    Beam(int width) {
      heap = new Hyp[width];
    }

    /** Whether a hypothesis of this score would enter the beam. */
    boolean admits(double score) {
      return score > best - PRUNE && (size < heap.length || score > heap[0].score());
    }

    void add(Hyp h) {
      best = Math.max(best, h.score());
      if (size < heap.length) {
        heap[size] = h;
        int i = size++;
        while (i > 0 && heap[(i - 1) / 2].score() > heap[i].score()) {
          swap(i, (i - 1) / 2);
          i = (i - 1) / 2;
        }
      } else {
        heap[0] = h;
        int i = 0;
        while (true) {
          int l = 2 * i + 1;
          int m = i;
          if (l < size && heap[l].score() < heap[m].score()) {
            m = l;
          }
          if (l + 1 < size && heap[l + 1].score() < heap[m].score()) {
            m = l + 1;
          }
          if (m == i) {
            break;
          }
          swap(i, m);
          i = m;
        }
      }
    }

    private void swap(int a, int b) {
      Hyp t = heap[a];
      heap[a] = heap[b];
      heap[b] = t;
    }
  }

  /** The n best spellings of one word of lower-case ASCII letters (n-best by beam search). */
  List<Candidate> word(String w, int n) {
    int len = w.length();
    int h = model.order - 1;
    long histMask = h == 0 ? 0 : (1L << (GraphoneModel.BITS * h)) - 1;
    Beam[] at = new Beam[len + 1];
    for (int i = 0; i <= len; i++) {
      at[i] = new Beam(Math.max(BEAM, n));
    }
    at[0].add(new Hyp(0, 0, Math.min(1, h), null, 0, (char) 0));
    int[][][] options = new int[len][GraphoneModel.MAX_LATIN + 1][];
    for (int i = 0; i < len; i++) {
      for (int l = 1; l <= model.maxLatin && i + l <= len; l++) {
        options[i][l] = model.graphones(w.substring(i, i + l));
      }
    }
    Map<String, Double> finals = new HashMap<>();
    long[] ctx = new long[GraphoneModel.MAX_ORDER];
    double[] bow = new double[GraphoneModel.MAX_ORDER];
    for (int i = 0; i <= len; i++) {
      Beam beam = at[i];
      for (int j = 0; j < beam.size; j++) {
        Hyp p = beam.heap[j];
        if (p.score() < beam.best - PRUNE) {
          continue;
        }
        if (i == len) {
          double s = p.score() + model.logProb(p.hist(), p.histLen(), 0);
          finals.merge(text(p), s, NameTransliterator::logAdd);
          continue;
        }
        int top = model.chain(p.hist(), p.histLen(), ctx, bow);
        for (int l = 1; l <= model.maxLatin && i + l <= len; l++) {
          int[] gs = options[i][l];
          if (gs == null) {
            continue;
          }
          Beam target = at[i + l];
          for (int g : gs) {
            String d = model.dev[g];
            if (!joins(p.last(), d)) {
              continue;
            }
            double s = p.score() + model.logProb(ctx, bow, top, g);
            if (target.admits(s)) {
              long nh = ((p.hist() << GraphoneModel.BITS) | g) & histMask;
              char last = d.isEmpty() ? p.last() : d.charAt(d.length() - 1);
              target.add(new Hyp(s, nh, Math.min(p.histLen() + 1, h), p, g, last));
            }
          }
        }
        if (options[i][1] == null) {
          // A letter the model has never seen alone: skip it at a high cost, so decoding goes on.
          double s = p.score() + SKIP_PENALTY;
          if (at[i + 1].admits(s)) {
            at[i + 1].add(new Hyp(s, p.hist(), p.histLen(), p, -1, p.last()));
          }
        }
      }
      at[i] = null;
    }
    List<Candidate> out = new ArrayList<>(finals.size());
    finals.forEach((k, v) -> out.add(new Candidate(k, v)));
    out.sort(BY_SCORE);
    if (out.isEmpty()) {
      out.add(new Candidate("", SKIP_PENALTY * len));
    }
    return out.size() > n ? out.subList(0, n) : out;
  }

  private String text(Hyp h) {
    StringBuilder b = new StringBuilder();
    List<String> parts = new ArrayList<>();
    for (Hyp x = h; x != null && x.parent() != null; x = x.parent()) {
      if (x.graphone() > 0) {
        parts.add(model.dev[x.graphone()]);
      }
    }
    for (int i = parts.size() - 1; i >= 0; i--) {
      b.append(parts.get(i));
    }
    return b.toString();
  }

  /** {@link #joins(char, String)} with the last char of {@code prev}. */
  static boolean joins(String prev, String next) {
    return joins(prev.isEmpty() ? 0 : prev.charAt(prev.length() - 1), next);
  }

  /**
   * Whether Devanagari text {@code next} may follow the char {@code before} (0 at the start of a
   * word) within a word: a vowel sign,
   * virama or nukta needs a consonant before it, and a nasal sign or visarga needs a consonant or a
   * vowel. Keeps the decoder from writing ill-formed syllables such as two vowel signs in a row.
   */
  static boolean joins(char before, String next) {
    if (next.isEmpty()) {
      return true;
    }
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

  private static double logAdd(double a, double b) {
    double m = Math.max(a, b);
    return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
  }

  /** Number of n-grams in the model (for reports). */
  int modelSize() {
    return model.size();
  }
}
