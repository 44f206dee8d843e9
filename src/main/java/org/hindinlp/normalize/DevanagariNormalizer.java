package org.hindinlp.normalize;

import static org.hindinlp.normalize.CharTable.ANUSVARA;
import static org.hindinlp.normalize.CharTable.ATTACH;
import static org.hindinlp.normalize.CharTable.CANDRA_VOWEL;
import static org.hindinlp.normalize.CharTable.CCC_MASK;
import static org.hindinlp.normalize.CharTable.CHANDRABINDU;
import static org.hindinlp.normalize.CharTable.CONSONANT;
import static org.hindinlp.normalize.CharTable.DANDA;
import static org.hindinlp.normalize.CharTable.DEVANAGARI;
import static org.hindinlp.normalize.CharTable.DIGIT;
import static org.hindinlp.normalize.CharTable.HIGH_SURROGATE;
import static org.hindinlp.normalize.CharTable.INVISIBLE;
import static org.hindinlp.normalize.CharTable.JOINER;
import static org.hindinlp.normalize.CharTable.LONG_VOWEL;
import static org.hindinlp.normalize.CharTable.NFC;
import static org.hindinlp.normalize.CharTable.NFC_INSTANCE;
import static org.hindinlp.normalize.CharTable.NUKTA;
import static org.hindinlp.normalize.CharTable.NUKTA_CHAR;
import static org.hindinlp.normalize.CharTable.NUKTA_LETTER;
import static org.hindinlp.normalize.CharTable.PIPE;
import static org.hindinlp.normalize.CharTable.PUNCT_VARIANT;
import static org.hindinlp.normalize.CharTable.SPACE;
import static org.hindinlp.normalize.CharTable.VIRAMA;
import static org.hindinlp.normalize.CharTable.VIRAMA_CHAR;
import static org.hindinlp.normalize.CharTable.VOWEL_FIRST;
import static org.hindinlp.normalize.CharTable.VOWEL_SECOND;

import com.ibm.icu.lang.UCharacter;
import java.util.Objects;

/**
 * Normalizes Devanagari (Hindi) text, keeping an {@link Alignment} back to the original.
 *
 * <p>Two presets serve two purposes that must never be mixed up:
 *
 * <ul>
 *   <li>{@link #canonical()}: lossless in meaning, for display, entity tagging and dictionary keys.
 *       Unicode NFC, with one fixed form for the nukta letters (decomposed by default: क़ U+0958 and
 *       क + U+093C both become क + U+093C, and so do ऩ ऱ ऴ, which NFC would compose); two-part vowel
 *       spellings composed (अ + ा → आ and the other sequences of Lucene's {@code IndicNormalizer});
 *       invisible characters removed (BOM, soft hyphen, bidi controls, word joiner) while ZWJ and
 *       ZWNJ stay; Unicode spaces become U+0020. दिन and दीन, कुल and कूल, जंग and ज़ंग stay distinct.
 *   <li>{@link #search()}: lossy folding for indexing and loose matching. Canonical, plus: nukta
 *       removed; chandrabindu to anusvara; a nasal consonant + virama before a consonant of its own
 *       class to anusvara (हिन्दी = हिंदी, सम्बन्ध = संबंध); ZWJ and ZWNJ removed; decimal digits to
 *       ASCII; quote and dash variants folded.
 * </ul>
 *
 * <p>Each folding is its own switch on the {@link Builder}, so users can compose their own level;
 * three more folds that Lucene's {@code HindiNormalizer} applies (candra vowels, vowel length,
 * virama) are available but off in both presets, because they conflate distinct words.
 *
 * <p>Text that needs no change is returned without copying: {@link NormalizedText#text()} is then
 * the caller's own {@code String}. Normalization is idempotent for every combination of switches.
 *
 * <p>Instances are immutable and thread-safe: build once, share everywhere.
 */
public final class DevanagariNormalizer {

  /** The two presets. */
  public enum Level {
    /** Lossless in meaning: NFC with a fixed nukta form, two-part vowels, invisibles, spaces. */
    CANONICAL,
    /** Lossy folding for search: canonical plus nukta, nasals, joiners, digits, punctuation. */
    SEARCH
  }

  /** Which of the two equivalent spellings of a nukta letter the normalizer writes. */
  public enum NuktaForm {
    /** Base consonant + U+093C, for all eleven nukta letters (NFC's choice for क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़). */
    DECOMPOSED,
    /** The precomposed letter U+0929, U+0931, U+0934, U+0958-U+095F (NFC's choice for ऩ ऱ ऴ). */
    COMPOSED
  }

  /** Longest cluster normalized in one piece; longer runs of marks are cut, to stay linear. */
  static final int MAX_CLUSTER = 256;

  private static final DevanagariNormalizer CANONICAL_INSTANCE = builder(Level.CANONICAL).build();
  private static final DevanagariNormalizer SEARCH_INSTANCE = builder(Level.SEARCH).build();

  private final NuktaForm nuktaForm;
  private final boolean removeNukta;
  private final boolean chandrabinduToAnusvara;
  private final boolean nasalToAnusvara;
  private final boolean removeJoiners;
  private final boolean asciiDigits;
  private final boolean foldPunctuation;
  private final boolean pipeAsDanda;
  private final boolean foldCandraVowels;
  private final boolean foldVowelLength;
  private final boolean removeVirama;

  /** Flags that always send a character to the slow path. */
  private final int triggers;

  private DevanagariNormalizer(Builder b) {
    this.nuktaForm = b.nuktaForm;
    this.removeNukta = b.removeNukta;
    this.chandrabinduToAnusvara = b.chandrabinduToAnusvara;
    this.nasalToAnusvara = b.nasalToAnusvara;
    this.removeJoiners = b.removeJoiners;
    this.asciiDigits = b.asciiDigits;
    this.foldPunctuation = b.foldPunctuation;
    this.pipeAsDanda = b.pipeAsDanda;
    this.foldCandraVowels = b.foldCandraVowels;
    this.foldVowelLength = b.foldVowelLength;
    this.removeVirama = b.removeVirama;
    int t = NFC | INVISIBLE | SPACE;
    if (nuktaForm == NuktaForm.DECOMPOSED || removeNukta) {
      t |= NUKTA_LETTER;
    }
    if (removeNukta) {
      t |= NUKTA;
    }
    if (chandrabinduToAnusvara) {
      t |= CHANDRABINDU;
    }
    if (removeJoiners) {
      t |= JOINER;
    }
    if (asciiDigits) {
      t |= DIGIT;
    }
    if (foldPunctuation) {
      t |= PUNCT_VARIANT;
    }
    if (pipeAsDanda) {
      t |= PIPE;
    }
    if (foldCandraVowels) {
      t |= CANDRA_VOWEL;
    }
    if (foldVowelLength) {
      t |= LONG_VOWEL;
    }
    if (removeVirama) {
      t |= VIRAMA;
    }
    this.triggers = t;
  }

  /**
   * Returns the shared canonical normalizer (lossless; see the class description).
   *
   * @return the canonical normalizer
   */
  public static DevanagariNormalizer canonical() {
    return CANONICAL_INSTANCE;
  }

  /**
   * Returns the shared search normalizer (lossy folding; see the class description).
   *
   * @return the search normalizer
   */
  public static DevanagariNormalizer search() {
    return SEARCH_INSTANCE;
  }

  /**
   * Returns a builder preset to the canonical level.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder(Level.CANONICAL);
  }

  /**
   * Returns a builder preset to the given level, whose switches can then be changed one by one.
   *
   * @param level the preset to start from
   * @return a new builder
   */
  public static Builder builder(Level level) {
    return new Builder(Objects.requireNonNull(level, "level"));
  }

  /**
   * Returns a builder holding this normalizer's settings.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(Level.CANONICAL);
    b.nuktaForm = nuktaForm;
    b.removeNukta = removeNukta;
    b.chandrabinduToAnusvara = chandrabinduToAnusvara;
    b.nasalToAnusvara = nasalToAnusvara;
    b.removeJoiners = removeJoiners;
    b.asciiDigits = asciiDigits;
    b.foldPunctuation = foldPunctuation;
    b.pipeAsDanda = pipeAsDanda;
    b.foldCandraVowels = foldCandraVowels;
    b.foldVowelLength = foldVowelLength;
    b.removeVirama = removeVirama;
    return b;
  }

  /**
   * Tells which preset this normalizer belongs to: {@link Level#CANONICAL} when no lossy fold is on,
   * {@link Level#SEARCH} otherwise.
   *
   * @return the level
   */
  public Level level() {
    return isLossless() ? Level.CANONICAL : Level.SEARCH;
  }

  /**
   * Tells whether the normalizer keeps meaning: no fold beyond the canonical rules is on ({@code
   * |} as danda counts as lossless).
   *
   * @return {@code true} if the output is safe for display and entity tagging
   */
  public boolean isLossless() {
    return !(removeNukta
        || chandrabinduToAnusvara
        || nasalToAnusvara
        || removeJoiners
        || asciiDigits
        || foldPunctuation
        || foldCandraVowels
        || foldVowelLength
        || removeVirama);
  }

  /**
   * Normalizes a text and aligns the result with it.
   *
   * @param text the original text; any string, including unpaired surrogates and control characters
   * @return the normalized text with its alignment
   */
  public NormalizedText normalize(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    Work w = run(s, true);
    if (w == null) {
      return NormalizedText.unchanged(s);
    }
    Alignment a = w.align.build();
    return a.isIdentity() ? NormalizedText.unchanged(s) : new NormalizedText(s, w.out.toString(), a);
  }

  /**
   * Normalizes the output of an earlier normalization, keeping the alignment to the very first
   * original (alignments compose).
   *
   * @param previous an earlier result
   * @return a result whose {@link NormalizedText#original()} is {@code previous.original()}
   */
  public NormalizedText normalize(NormalizedText previous) {
    Objects.requireNonNull(previous, "previous");
    NormalizedText step = normalize(previous.text());
    if (!step.isChanged()) {
      return previous;
    }
    return new NormalizedText(
        previous.original(), step.text(), previous.alignment().andThen(step.alignment()));
  }

  /**
   * Normalizes a text without building an alignment; slightly faster when offsets are not needed.
   *
   * @param text the original text
   * @return the normalized text; the same {@code String} instance when {@code text} is a string
   *     that needs no change
   */
  public String normalizeToString(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    Work w = run(s, false);
    return w == null ? s : w.out.toString();
  }

  /**
   * Tells whether a text is already normalized, without building anything.
   *
   * @param text a text
   * @return {@code true} if {@link #normalize(CharSequence)} would return it unchanged
   */
  public boolean isNormalized(CharSequence text) {
    String s = text.toString();
    return normalizeToString(s).equals(s);
  }

  // ---------------------------------------------------------------------------------------------
  // The scan. One pass: characters that need nothing are skipped by a table lookup; a character
  // that may need work sends its whole cluster (base + marks + joiners, or a conjunct) through
  // normalizeCluster, whose output is diffed against the input to record tight alignment runs.

  /** Mutable state of one call; never shared. */
  private static final class Work {
    final StringBuilder out;
    final Alignment.Builder align;
    final StringBuilder buf = new StringBuilder(16);
    final StringBuilder tmp = new StringBuilder(16);
    /** Run lengths of a cluster's suffix, for {@code emit}. */
    int[] suffixRuns = new int[8];

    Work(int capacity, boolean withAlignment) {
      out = new StringBuilder(capacity);
      align = withAlignment ? Alignment.builder() : null;
    }
  }

  /** Returns null when the text needs no change at all. */
  private Work run(String s, boolean withAlignment) {
    final int n = s.length();
    // The common path is one branch-free test per character (see docs/performance.md): every
    // context rule is folded into arithmetic on the flags of this and the previous character.
    final int direct = triggers | HIGH_SURROGATE;
    final int nasalVirama = nasalToAnusvara ? VIRAMA : 0;
    final int composedNukta = nuktaForm == NuktaForm.COMPOSED ? NUKTA : 0;
    Work w = null;
    int copied = 0;
    int lastCcc = 0;
    int prevFlags = 0;
    int i = 0;
    while (i < n) {
      int f = CharTable.flags(s.charAt(i));
      int ccc = f & CCC_MASK;
      int bad =
          (f & direct)
              | (((f & VOWEL_SECOND) >>> 1) & prevFlags) // VOWEL_SECOND after VOWEL_FIRST
              | (((ccc - lastCcc) & -ccc) >>> 31) // ccc != 0 && ccc < lastCcc
              | (((f & nasalVirama) << 5) & prevFlags) // VIRAMA after NASAL
              | (((f & composedNukta) << 1) & prevFlags); // NUKTA after NUKTA_BASE
      if (bad == 0) {
        lastCcc = ccc;
        prevFlags = f;
        i++;
        continue;
      }
      int len = 1;
      if ((f & HIGH_SURROGATE) != 0) {
        if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          f = CharTable.flagsOf(Character.toCodePoint(s.charAt(i), s.charAt(i + 1)));
          len = 2;
        } else {
          f = 0; // an unpaired surrogate is kept as it is
        }
        ccc = f & CCC_MASK;
        boolean trigger =
            (f & triggers) != 0
                || (ccc != 0 && ccc < lastCcc)
                || ((f & VOWEL_SECOND) != 0 && (prevFlags & VOWEL_FIRST) != 0);
        if (!trigger) {
          lastCcc = ccc;
          prevFlags = f;
          i += len;
          continue;
        }
      }
      if (w == null) {
        w = new Work(n + 16, withAlignment);
      }
      int start = clusterStart(s, i, copied);
      int end = clusterEnd(s, start, n);
      if (start > copied) {
        w.out.append(s, copied, start);
        if (w.align != null) {
          w.align.equal(start - copied);
        }
      }
      normalizeCluster(s, start, end, w);
      copied = end;
      i = end;
      lastCcc = 0;
      prevFlags = 0;
    }
    if (w != null && copied < n) {
      w.out.append(s, copied, n);
      if (w.align != null) {
        w.align.equal(n - copied);
      }
    }
    return w;
  }

  /** Backs up from {@code i} to the first character of its cluster, not before {@code floor}. */
  private static int clusterStart(String s, int i, int floor) {
    int j = i;
    while (j > floor && i - j < MAX_CLUSTER && attachesBackward(s, j)) {
      j--;
    }
    return j;
  }

  private static boolean attachesBackward(String s, int j) {
    char c = s.charAt(j);
    if (Character.isLowSurrogate(c)) {
      return Character.isHighSurrogate(s.charAt(j - 1));
    }
    if (isBlank(s.charAt(j - 1))) {
      return false; // nothing composes with a space: a mark after one starts its own cluster
    }
    int f = CharTable.flags(c);
    if (Character.isHighSurrogate(c) && j + 1 < s.length()) {
      f = CharTable.flagsOf(s.codePointAt(j));
    }
    if ((f & ATTACH) != 0) {
      return true;
    }
    if ((f & CONSONANT) != 0) {
      // A consonant after a virama (and any joiners or nukta) belongs to the same conjunct.
      int k = j - 1;
      while (k >= 0 && (CharTable.flags(s.charAt(k)) & (JOINER | INVISIBLE | NUKTA)) != 0) {
        k--;
      }
      if (k < 0 || s.charAt(k) != VIRAMA_CHAR) {
        return false;
      }
      // Only a virama that follows a consonant (and its nukta) joins a conjunct; a stray one does not.
      k--;
      while (k >= 0 && (CharTable.flags(s.charAt(k)) & (NUKTA | INVISIBLE)) != 0) {
        k--;
      }
      return k >= 0 && (CharTable.flags(s.charAt(k)) & CONSONANT) != 0;
    }
    return false;
  }

  /** The end of the cluster that starts at {@code start}. */
  private static int clusterEnd(String s, int start, int n) {
    int j = start + Character.charCount(s.codePointAt(start));
    if (isBlank(s.charAt(start))) {
      return j;
    }
    // A virama joins the next consonant into the cluster (a conjunct) only when it follows a
    // consonant (and its nukta), as attachesBackward checks the other way round.
    boolean afterConsonant = (CharTable.flags(s.charAt(start)) & CONSONANT) != 0;
    boolean afterVirama = false;
    while (j < n && j - start < MAX_CLUSTER) {
      int cp = s.codePointAt(j);
      int f = CharTable.flagsOf(cp);
      if ((f & ATTACH) != 0) {
        if (cp == VIRAMA_CHAR) {
          afterVirama = afterConsonant;
          afterConsonant = false;
        } else if ((f & (NUKTA | INVISIBLE)) != 0) {
          // A nukta typed after the virama (non-canonical order) keeps the conjunct open.
        } else if ((f & JOINER) == 0) {
          afterConsonant = false;
          afterVirama = false;
        }
      } else if (afterVirama && (f & CONSONANT) != 0) {
        afterVirama = false;
        afterConsonant = true;
      } else {
        break;
      }
      j += Character.charCount(cp);
    }
    return j;
  }

  /** Whitespace and Unicode spaces: no character composes with them. */
  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || (CharTable.flags(c) & SPACE) != 0;
  }

  /** Normalizes {@code s[start, end)} into {@code w.out} and records its alignment. */
  private void normalizeCluster(String s, int start, int end, Work w) {
    StringBuilder buf = w.buf;
    buf.setLength(0);
    boolean needNfc = false;
    int lastCcc = 0;
    // 1. Invisibles out, spaces unified, nukta letters decomposed; note whether NFC has work.
    for (int k = start; k < end; ) {
      int cp = s.codePointAt(k);
      k += Character.charCount(cp);
      int f = CharTable.flagsOf(cp);
      if ((f & INVISIBLE) != 0) {
        needNfc = true; // removing a character may bring a base and a mark together
        continue;
      }
      if ((f & SPACE) != 0) {
        buf.append(' ');
        lastCcc = 0;
        continue;
      }
      if ((f & NUKTA_LETTER) != 0) {
        buf.append(NuktaForms.baseOf((char) cp)).append(NUKTA_CHAR);
        lastCcc = 7;
        continue;
      }
      int ccc = f & CCC_MASK;
      if ((f & NFC) != 0 || (ccc != 0 && ccc < lastCcc)) {
        needNfc = true;
      }
      lastCcc = ccc;
      buf.appendCodePoint(cp);
    }
    // 2. Deletions: nukta, joiners.
    if (removeNukta || removeJoiners) {
      int before = buf.length();
      deleteChars(buf, removeNukta, removeJoiners);
      needNfc |= buf.length() != before;
    }
    // 3. Nasal + virama + homorganic consonant -> anusvara; then virama removal.
    if (nasalToAnusvara) {
      int before = buf.length();
      foldNasals(buf);
      needNfc |= buf.length() != before;
    }
    if (removeVirama) {
      int before = buf.length();
      deleteViramas(buf);
      needNfc |= buf.length() != before;
    }
    // 4. NFC, then the fixed nukta form (NFC composes ऩ ऱ ऴ but decomposes the other eight).
    if (needNfc && !NFC_INSTANCE.isNormalized(buf)) {
      String t = NFC_INSTANCE.normalize(buf);
      buf.setLength(0);
      buf.append(t);
    }
    applyNuktaForm(buf, w.tmp);
    // 5. Two-part vowels, with the vowel folds if on (repeated: a fold can expose a new pair).
    composeVowels(buf);
    if (foldCandraVowels || foldVowelLength) {
      int len;
      do {
        len = buf.length();
        foldVowels(buf);
        composeVowels(buf);
      } while (buf.length() != len);
    }
    // 6. One-for-one maps: chandrabindu, digits, punctuation, pipe as danda.
    mapChars(buf, w.out);
    emit(s, start, end, buf, w);
  }

  private static void deleteChars(StringBuilder buf, boolean nukta, boolean joiners) {
    int o = 0;
    for (int k = 0; k < buf.length(); k++) {
      char c = buf.charAt(k);
      if ((nukta && c == NUKTA_CHAR) || (joiners && (c == '\u200C' || c == '\u200D'))) {
        continue;
      }
      buf.setCharAt(o++, c);
    }
    buf.setLength(o);
  }

  private static void deleteViramas(StringBuilder buf) {
    int o = 0;
    for (int k = 0; k < buf.length(); k++) {
      char c = buf.charAt(k);
      if (c != VIRAMA_CHAR) {
        buf.setCharAt(o++, c);
      }
    }
    buf.setLength(o);
  }

  /** ङ्क → ंक, ञ्च → ंच, ण्ट → ंट, न्द → ंद, म्ब → ंब: only before a stop of the nasal's class. */
  private static void foldNasals(StringBuilder buf) {
    int o = 0;
    int n = buf.length();
    for (int k = 0; k < n; k++) {
      char c = buf.charAt(k);
      if (k + 2 < n
          && buf.charAt(k + 1) == VIRAMA_CHAR
          && homorganic(c, buf.charAt(k + 2))) {
        buf.setCharAt(o++, ANUSVARA);
        k++; // skip the virama
        continue;
      }
      buf.setCharAt(o++, c);
    }
    buf.setLength(o);
  }

  private static boolean homorganic(char nasal, char next) {
    switch (nasal) {
      case '\u0919': // ङ + क ख ग घ
        return next >= '\u0915' && next <= '\u0918';
      case '\u091E': // ञ + च छ ज झ
        return next >= '\u091A' && next <= '\u091D';
      case '\u0923': // ण + ट ठ ड ढ
        return next >= '\u091F' && next <= '\u0922';
      case '\u0928': // न + त थ द ध
        return next >= '\u0924' && next <= '\u0927';
      case '\u092E': // म + प फ ब भ
        return next >= '\u092A' && next <= '\u092D';
      default:
        return false;
    }
  }

  private void applyNuktaForm(StringBuilder buf, StringBuilder tmp) {
    if (nuktaForm == NuktaForm.DECOMPOSED || removeNukta) {
      boolean any = false;
      for (int k = 0; k < buf.length() && !any; k++) {
        any = (CharTable.flags(buf.charAt(k)) & NUKTA_LETTER) != 0;
      }
      if (!any) {
        return;
      }
      tmp.setLength(0);
      for (int k = 0; k < buf.length(); k++) {
        char c = buf.charAt(k);
        if ((CharTable.flags(c) & NUKTA_LETTER) != 0) {
          tmp.append(NuktaForms.baseOf(c));
          if (!removeNukta) {
            tmp.append(NUKTA_CHAR);
          }
        } else {
          tmp.append(c);
        }
      }
      buf.setLength(0);
      buf.append(tmp);
    } else {
      int o = 0;
      for (int k = 0; k < buf.length(); k++) {
        char c = buf.charAt(k);
        if (k + 1 < buf.length() && buf.charAt(k + 1) == NUKTA_CHAR) {
          char composed = NuktaForms.composedOf(c);
          if (composed != 0) {
            buf.setCharAt(o++, composed);
            k++;
            continue;
          }
        }
        buf.setCharAt(o++, c);
      }
      buf.setLength(o);
    }
  }

  /** Composes two-part vowel spellings, left to right, as Lucene's IndicNormalizer does. */
  private static void composeVowels(StringBuilder buf) {
    int o = 0;
    for (int k = 0; k < buf.length(); k++) {
      char c = buf.charAt(k);
      if (o > 0) {
        char composed = composeVowel(buf.charAt(o - 1), c);
        if (composed != 0) {
          buf.setCharAt(o - 1, composed);
          continue;
        }
      }
      buf.setCharAt(o++, c);
    }
    buf.setLength(o);
  }

  static char composeVowel(char first, char second) {
    switch (first) {
      case '\u0905': // अ
        switch (second) {
          case '\u093E':
            return '\u0906'; // आ
          case '\u0945':
            return '\u0972'; // ॲ
          case '\u0946':
            return '\u0904'; // ऄ
          case '\u0949':
            return '\u0911'; // ऑ
          case '\u094A':
            return '\u0912'; // ऒ
          case '\u094B':
            return '\u0913'; // ओ
          case '\u094C':
            return '\u0914'; // औ
          default:
            return 0;
        }
      case '\u0906': // आ
        switch (second) {
          case '\u0945':
            return '\u0911'; // ऑ
          case '\u0946':
            return '\u0912'; // ऒ
          case '\u0947':
            return '\u0913'; // ओ
          case '\u0948':
            return '\u0914'; // औ
          default:
            return 0;
        }
      case '\u0909': // उ + ु
        return second == '\u0941' ? '\u090A' : 0;
      case '\u090F': // ए
        switch (second) {
          case '\u0945':
            return '\u090D'; // ऍ
          case '\u0946':
            return '\u090E'; // ऎ
          case '\u0947':
            return '\u0910'; // ऐ
          default:
            return 0;
        }
      case '\u093E': // ा
        switch (second) {
          case '\u0945':
            return '\u0949'; // ॉ
          case '\u0946':
            return '\u094A'; // ॊ
          case '\u0947':
            return '\u094B'; // ो
          case '\u0948':
            return '\u094C'; // ौ
          default:
            return 0;
        }
      default:
        return 0;
    }
  }

  private void foldVowels(StringBuilder buf) {
    for (int k = 0; k < buf.length(); k++) {
      char c = buf.charAt(k);
      if (foldCandraVowels) {
        c = foldCandra(c);
      }
      if (foldVowelLength) {
        c = foldLength(c);
      }
      buf.setCharAt(k, c);
    }
  }

  private static char foldCandra(char c) {
    switch (c) {
      case '\u0945', '\u0946':
        return '\u0947'; // ॅ ॆ → े
      case '\u0949', '\u094A':
        return '\u094B'; // ॉ ॊ → ो
      case '\u090D', '\u090E':
        return '\u090F'; // ऍ ऎ → ए
      case '\u0911', '\u0912':
        return '\u0913'; // ऑ ऒ → ओ
      case '\u0972':
        return '\u0905'; // ॲ → अ
      default:
        return c;
    }
  }

  private static char foldLength(char c) {
    switch (c) {
      case '\u0906':
        return '\u0905'; // आ → अ
      case '\u0908':
        return '\u0907'; // ई → इ
      case '\u090A':
        return '\u0909'; // ऊ → उ
      case '\u0960':
        return '\u090B'; // ॠ → ऋ
      case '\u0961':
        return '\u090C'; // ॡ → ऌ
      case '\u0910':
        return '\u090F'; // ऐ → ए
      case '\u0914':
        return '\u0913'; // औ → ओ
      case '\u0940':
        return '\u093F'; // ी → ि
      case '\u0942':
        return '\u0941'; // ू → ु
      case '\u0944':
        return '\u0943'; // ॄ → ृ
      case '\u0963':
        return '\u0962'; // ॣ → ॢ
      case '\u0948':
        return '\u0947'; // ै → े
      case '\u094C':
        return '\u094B'; // ौ → ो
      default:
        return c;
    }
  }

  /** Chandrabindu, digits, punctuation and pipe: one character for one (or a pair for one). */
  private void mapChars(StringBuilder buf, StringBuilder out) {
    if (!(chandrabinduToAnusvara || asciiDigits || foldPunctuation || pipeAsDanda)) {
      return;
    }
    int o = 0;
    for (int k = 0; k < buf.length(); ) {
      int cp = buf.codePointAt(k);
      k += Character.charCount(cp);
      int f = CharTable.flagsOf(cp);
      if (chandrabinduToAnusvara && (f & CHANDRABINDU) != 0) {
        cp = ANUSVARA;
      } else if (asciiDigits && (f & DIGIT) != 0) {
        cp = '0' + UCharacter.digit(cp, 10);
      } else if (foldPunctuation && (f & PUNCT_VARIANT) != 0) {
        cp = PunctuationFolds.fold((char) cp);
      } else if (pipeAsDanda && cp == '|' && o == 0 && followsDevanagari(out)) {
        cp = DANDA;
      }
      if (Character.isSupplementaryCodePoint(cp)) {
        buf.setCharAt(o++, Character.highSurrogate(cp));
        buf.setCharAt(o++, Character.lowSurrogate(cp));
      } else {
        buf.setCharAt(o++, (char) cp);
      }
    }
    buf.setLength(o);
  }

  /** A pipe is a danda when the last non-blank character before it on its line is Devanagari. */
  private static boolean followsDevanagari(StringBuilder out) {
    for (int k = out.length() - 1; k >= 0; k--) {
      char c = out.charAt(k);
      if (c == ' ' || c == '\t') {
        continue;
      }
      return (CharTable.flags(c) & DEVANAGARI) != 0;
    }
    return false;
  }

  /**
   * Appends the normalized cluster and records the alignment, keeping equal prefix and suffix. An
   * invisible character (always removed, at every level) inside the prefix or suffix is recorded
   * as its own deletion rather than ending it, so that क़ U+FEFF U+200C keeps the joiner as an equal
   * run and the nukta letter's replacement stays one character wide.
   */
  private static void emit(String s, int start, int end, StringBuilder buf, Work w) {
    w.out.append(buf);
    if (w.align == null) {
      return;
    }
    int nl = buf.length();
    // Prefix: equal characters and deleted invisibles, recorded as they come.
    int i = start;
    int j = 0;
    int equal = 0;
    while (i < end) {
      char c = s.charAt(i);
      if (j < nl && c == buf.charAt(j)) {
        equal++;
        i++;
        j++;
      } else if ((CharTable.flags(c) & INVISIBLE) != 0) {
        w.align.equal(equal);
        equal = 0;
        w.align.replace(1, 0);
        i++;
      } else {
        break;
      }
    }
    if (equal > 0 && i < end && Character.isHighSurrogate(s.charAt(i - 1))) {
      equal--; // never split a surrogate pair between an equal and a replaced run
      i--;
      j--;
    }
    w.align.equal(equal);
    // Suffix, from the end: collected first (as run lengths, negative for a deletion), then
    // recorded after the replaced middle.
    int[] suffix = w.suffixRuns;
    int runs = 0;
    int e = end;
    int m = nl;
    equal = 0;
    while (e > i) {
      char c = s.charAt(e - 1);
      if (m > j && c == buf.charAt(m - 1)) {
        equal++;
        e--;
        m--;
      } else if ((CharTable.flags(c) & INVISIBLE) != 0) {
        if (equal > 0) {
          suffix = push(w, suffix, runs++, equal);
          equal = 0;
        }
        suffix = push(w, suffix, runs++, -1);
        e--;
      } else {
        break;
      }
    }
    if (equal > 0 && e > i && Character.isLowSurrogate(s.charAt(e))) {
      equal--;
      e++;
      m++;
    }
    if (equal > 0) {
      suffix = push(w, suffix, runs++, equal);
    }
    w.align.replace(e - i, m - j);
    for (int r = runs - 1; r >= 0; r--) {
      if (suffix[r] < 0) {
        w.align.replace(1, 0);
      } else {
        w.align.equal(suffix[r]);
      }
    }
  }

  private static int[] push(Work w, int[] runs, int k, int value) {
    if (k == runs.length) {
      runs = java.util.Arrays.copyOf(runs, runs.length * 2);
      w.suffixRuns = runs;
    }
    runs[k] = value;
    return runs;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DevanagariNormalizer other && toString().equals(other.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /** Names the preset and every switch that differs from it, e.g. {@code search+pipeAsDanda}. */
  @Override
  public String toString() {
    Level base = level();
    Builder preset = new Builder(base);
    StringBuilder sb = new StringBuilder(base == Level.CANONICAL ? "canonical" : "search");
    diff(sb, "nuktaForm=" + nuktaForm, nuktaForm != preset.nuktaForm);
    diff(sb, flag("removeNukta", removeNukta), removeNukta != preset.removeNukta);
    diff(
        sb,
        flag("chandrabinduToAnusvara", chandrabinduToAnusvara),
        chandrabinduToAnusvara != preset.chandrabinduToAnusvara);
    diff(sb, flag("nasalToAnusvara", nasalToAnusvara), nasalToAnusvara != preset.nasalToAnusvara);
    diff(sb, flag("removeJoiners", removeJoiners), removeJoiners != preset.removeJoiners);
    diff(sb, flag("asciiDigits", asciiDigits), asciiDigits != preset.asciiDigits);
    diff(sb, flag("foldPunctuation", foldPunctuation), foldPunctuation != preset.foldPunctuation);
    diff(sb, flag("pipeAsDanda", pipeAsDanda), pipeAsDanda != preset.pipeAsDanda);
    diff(sb, flag("foldCandraVowels", foldCandraVowels), foldCandraVowels != preset.foldCandraVowels);
    diff(sb, flag("foldVowelLength", foldVowelLength), foldVowelLength != preset.foldVowelLength);
    diff(sb, flag("removeVirama", removeVirama), removeVirama != preset.removeVirama);
    return sb.toString();
  }

  private static String flag(String name, boolean on) {
    return on ? name : "no-" + name;
  }

  private static void diff(StringBuilder sb, String text, boolean differs) {
    if (differs) {
      sb.append('+').append(text);
    }
  }

  /**
   * Configures a {@link DevanagariNormalizer}. Starts from a preset; each switch turns one rule on
   * or off. Not thread-safe; {@link #build()} checks that the switches agree.
   */
  public static final class Builder {
    private NuktaForm nuktaForm = NuktaForm.DECOMPOSED;
    private boolean nuktaFormSet;
    private boolean removeNukta;
    private boolean chandrabinduToAnusvara;
    private boolean nasalToAnusvara;
    private boolean removeJoiners;
    private boolean asciiDigits;
    private boolean foldPunctuation;
    private boolean pipeAsDanda;
    private boolean foldCandraVowels;
    private boolean foldVowelLength;
    private boolean removeVirama;

    private Builder(Level level) {
      if (level == Level.SEARCH) {
        removeNukta = true;
        chandrabinduToAnusvara = true;
        nasalToAnusvara = true;
        removeJoiners = true;
        asciiDigits = true;
        foldPunctuation = true;
      }
    }

    /**
     * Chooses the spelling of nukta letters in the output (default {@link NuktaForm#DECOMPOSED}).
     *
     * @param form the form
     * @return this builder
     */
    public Builder nuktaForm(NuktaForm form) {
      this.nuktaForm = Objects.requireNonNull(form, "form");
      this.nuktaFormSet = true;
      return this;
    }

    /**
     * Removes the nukta: ज़ becomes ज (search).
     *
     * @param on whether to remove
     * @return this builder
     */
    public Builder removeNukta(boolean on) {
      this.removeNukta = on;
      return this;
    }

    /**
     * Turns chandrabindu (ँ, and the inverted ऀ) into anusvara: चाँद becomes चांद (search).
     *
     * @param on whether to fold
     * @return this builder
     */
    public Builder chandrabinduToAnusvara(boolean on) {
      this.chandrabinduToAnusvara = on;
      return this;
    }

    /**
     * Turns a nasal consonant + virama before a stop of the same class into anusvara: हिन्दी becomes
     * हिंदी, सम्बन्ध becomes संबंध (search). Other clusters such as न्ह in उन्हें stay.
     *
     * @param on whether to fold
     * @return this builder
     */
    public Builder nasalToAnusvara(boolean on) {
      this.nasalToAnusvara = on;
      return this;
    }

    /**
     * Removes ZWJ and ZWNJ (search). Canonical keeps them: they choose between conjunct forms.
     *
     * @param on whether to remove
     * @return this builder
     */
    public Builder removeJoiners(boolean on) {
      this.removeJoiners = on;
      return this;
    }

    /**
     * Writes every decimal digit (Devanagari ०-९ and any other script's) as ASCII 0-9 (search).
     *
     * @param on whether to fold
     * @return this builder
     */
    public Builder asciiDigits(boolean on) {
      this.asciiDigits = on;
      return this;
    }

    /**
     * Folds curly and other quote variants to {@code "} and {@code '}, and dash variants to {@code
     * -} (search).
     *
     * @param on whether to fold
     * @return this builder
     */
    public Builder foldPunctuation(boolean on) {
      this.foldPunctuation = on;
      return this;
    }

    /**
     * Writes an ASCII {@code |} as danda {@code ।} where the last non-blank character before it on
     * its line is Devanagari: {@code वह आया| फिर} becomes {@code वह आया। फिर}. Off in both presets.
     *
     * @param on whether to convert
     * @return this builder
     */
    public Builder pipeAsDanda(boolean on) {
      this.pipeAsDanda = on;
      return this;
    }

    /**
     * Folds candra vowels to plain ones, as Lucene does: ॉ becomes ो, ऑ becomes ओ. Off in both
     * presets, because डॉक्टर and कॉलेज then lose their spoken vowel.
     *
     * @param on whether to fold
     * @return this builder
     */
    public Builder foldCandraVowels(boolean on) {
      this.foldCandraVowels = on;
      return this;
    }

    /**
     * Folds long vowels to short ones, as Lucene does: दीन becomes दिन. Off in both presets: it
     * conflates distinct words.
     *
     * @param on whether to fold
     * @return this builder
     */
    public Builder foldVowelLength(boolean on) {
      this.foldVowelLength = on;
      return this;
    }

    /**
     * Removes every virama, as Lucene does (प्योंगयांग becomes पयोंगयांग). Off in both presets.
     *
     * @param on whether to remove
     * @return this builder
     */
    public Builder removeVirama(boolean on) {
      this.removeVirama = on;
      return this;
    }

    /**
     * Builds the normalizer.
     *
     * @return an immutable, thread-safe normalizer
     * @throws IllegalStateException if the switches contradict each other: a nukta form was chosen
     *     explicitly while the nukta is removed
     */
    public DevanagariNormalizer build() {
      if (removeNukta && nuktaFormSet && nuktaForm == NuktaForm.COMPOSED) {
        throw new IllegalStateException(
            "contradictory options: nuktaForm(COMPOSED) keeps precomposed nukta letters,"
                + " removeNukta(true) removes every nukta");
      }
      return new DevanagariNormalizer(this);
    }
  }
}
