package org.hindinlp.tokenize;

import static org.hindinlp.tokenize.CharClass.CURRENCY;
import static org.hindinlp.tokenize.CharClass.DEVA;
import static org.hindinlp.tokenize.CharClass.DIGIT;
import static org.hindinlp.tokenize.CharClass.EMOJI;
import static org.hindinlp.tokenize.CharClass.GAP;
import static org.hindinlp.tokenize.CharClass.HIGH;
import static org.hindinlp.tokenize.CharClass.JOINER;
import static org.hindinlp.tokenize.CharClass.LATIN;
import static org.hindinlp.tokenize.CharClass.LETTER;
import static org.hindinlp.tokenize.CharClass.MARK;
import static org.hindinlp.tokenize.CharClass.OTHER;
import static org.hindinlp.tokenize.CharClass.PUNCT;
import static org.hindinlp.tokenize.CharClass.SYMBOL;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.hindinlp.TextSpan;
import org.hindinlp.normalize.DevanagariNormalizer;
import org.hindinlp.normalize.NormalizedText;

/**
 * One tokenization call: mutable, never shared between threads. Tokens go either to a {@link
 * TokenSink} as they are found ({@link #scanAll()}) or, made into {@link Token}s as they are found,
 * into the list {@link #run} returns.
 */
final class TokenScanner {

  /** Devanagari spellings of Latin letter names, used as spaced initials (बी. सी.). */
  private static final Set<String> INITIALS =
      Set.of(
          "ए", "बी", "सी", "डी", "ई", "एफ", "एच", "जे", "के", "एल", "एम", "एन", "पी", "क्यू", "आर",
          "एस", "टी", "यू", "वी", "डब्ल्यू", "डबल्यू", "एक्स", "वाई", "जेड", "\u095B\u0947\u0921", "\u091C\u093C\u0947\u0921");
  /** Letter names that are also common words: initials only when another initial follows. */
  private static final Set<String> AMBIGUOUS_INITIALS = Set.of("जी", "आई", "ओ");

  /** Top-level domains recognised in bare domains such as {@code ndtv.com}. */
  private static final Set<String> TLDS =
      Set.of("com", "org", "net", "in", "gov", "edu", "io", "co", "info", "uk", "int", "news");

  private final HindiTokenizer cfg;
  private final String s;
  private final int n;
  /** The tokens found so far, when they are collected for {@link #run}: made as they are found. */
  private Token[] tokens;
  private int count;
  /**
   * Whether the collected tokens are made as their own canonical forms ({@link #run} with the whole
   * text's normalization) rather than computing them on demand.
   */
  private boolean canonicalIsText;
  private final DevanagariNormalizer canon;
  /** Length in chars of the code point last classified by {@link #classAt(int)}. */
  private int len;

  /** Receives the tokens in streaming mode; null when they are collected for {@link #run()}. */
  private final TokenSink sink;

  TokenScanner(HindiTokenizer cfg, String s, TokenSink sink) {
    this.cfg = cfg;
    this.s = s;
    this.n = s.length();
    this.sink = sink;
    if (sink == null) {
      // about one token per 4.8 chars on Hindi text (wiki: 0.21 per char): rarely grown
      this.tokens = new Token[Math.min(n / 4 + 4, 1 << 16)];
    }
    this.canon = cfg.canonical;
  }

  /**
   * Collects the tokens, made as they are found (in {@link #emit}), into an unmodifiable list that
   * wraps the scanner's array without copying it.
   *
   * <p>With {@code whole}, the tokens take their canonical forms from the canonical normalization of
   * the whole text instead of normalizing each token:
   *
   * <ul>
   *   <li>When the whole text is unchanged, every token's canonical form is its text. The normalizer
   *       changes a character only when the character, or its pair with the character before it,
   *       needs work; inside a token every character has the same or (for the first one) no
   *       predecessor, so a token of a text that needs nothing needs nothing either.
   *   <li>Otherwise a token whose span maps through the alignment to the same characters in the
   *       normalized text was not touched: its canonical form is its text. A token that was touched
   *       is normalized on its own, so its canonical form is by definition {@code
   *       canonical.normalizeToString(text)} ({@link #renormalizeTouched}).
   * </ul>
   *
   * <p>{@code AnalyzePropertiesTest} checks the result against {@code normalizeToString} of every
   * token on random text. The tokens copy their text from {@link #s} only when asked for it.
   *
   * @param whole the canonical normalization of the whole text ({@code canonical.normalize(s)}),
   *     which gives the tokens' canonical forms, or null to leave each token to compute its own
   */
  List<Token> run(NormalizedText whole) {
    canonicalIsText = whole != null;
    scanAll();
    if (whole != null && whole.isChanged()) {
      renormalizeTouched(tokens, whole);
    }
    if (count < tokens.length / 2) {
      tokens = Arrays.copyOf(tokens, count); // the list keeps the array: not more than twice the tokens
    }
    return new TokenList(tokens, count);
  }

  /** Scans the whole text, handing every token to {@link #emit}. */
  void scanAll() {
    int i = 0;
    while (i < n) {
      byte k = CharClass.of(s.charAt(i));
      if (k == GAP || k == JOINER) {
        i++;
        continue;
      }
      i = scan(i, k);
    }
  }

  // ------------------------------------------------------------------------------------------
  // Character helpers

  /** The class of the code point at {@code j}; sets {@link #len}. A lone surrogate is OTHER. */
  private byte classAt(int j) {
    byte k = CharClass.of(s.charAt(j));
    len = 1;
    if (k == HIGH) {
      if (j + 1 < n && Character.isLowSurrogate(s.charAt(j + 1))) {
        len = 2;
        return CharClass.ofCodePoint(s.codePointAt(j));
      }
      return OTHER;
    }
    return k;
  }

  /** Skips combining marks and joiners from {@code j}: they stay with the character before them. */
  private int extend(int j) {
    while (j < n) {
      byte k = classAt(j);
      if (k == MARK || k == JOINER) {
        j += len;
      } else {
        break;
      }
    }
    return j;
  }

  /** Whether a decimal digit starts at {@code j}; sets {@code len} (supplementary digits are 2). */
  private boolean isDigitAt(int j) {
    return j < n && classAt(j) == DIGIT;
  }

  private boolean isWordCharAt(int j) {
    if (j >= n) {
      return false;
    }
    byte k = classAt(j);
    return CharClass.isLetter(k) || k == DIGIT || s.charAt(j) == '_';
  }

  private static boolean isHorizontalSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F';
  }

  private Script scriptOf(int start, int end) {
    boolean latin = false;
    for (int j = start; j < end; j++) {
      char c = s.charAt(j);
      if (CharClass.isDevanagariBlock(c)) {
        return Script.DEVANAGARI;
      }
      if (!latin && CharClass.of(c) == LATIN) {
        latin = true;
      }
    }
    return latin ? Script.LATIN : Script.OTHER;
  }

  private static Script scriptOfClass(byte letterClass) {
    return letterClass == DEVA ? Script.DEVANAGARI : letterClass == LATIN ? Script.LATIN : Script.OTHER;
  }

  private int emit(int start, int end, TokenKind kind, Script script) {
    if (end <= start) {
      // Every token covers at least one code point: the scan always moves on.
      end = Math.min(n, start + Character.charCount(s.codePointAt(start)));
    }
    if (sink != null) {
      sink.token(start, end, kind, script);
      return end;
    }
    if (count == tokens.length) {
      tokens = Arrays.copyOf(tokens, count * 2);
    }
    tokens[count++] = new Token(s, start, end, kind, script, canonicalIsText, null);
    return end;
  }

  /** Tokens checked together against the alignment by {@link #renormalizeTouched}. */
  private static final int SEGMENT = 16;

  /**
   * Gives the tokens that the whole-text normalization touched their own canonical form. The tokens
   * are checked {@value #SEGMENT} at a time: a segment whose covering span maps to the same
   * characters in the normalized text is untouched as a whole (one mapping and one comparison of
   * its characters); only the tokens of the other segments are mapped one by one. A normalized text
   * usually differs in a few places (a no-break space, a nukta letter), so most segments cost one
   * mapping.
   */
  private void renormalizeTouched(Token[] arr, NormalizedText whole) {
    String norm = whole.text();
    for (int from = 0; from < count; from += SEGMENT) {
      int to = Math.min(count, from + SEGMENT);
      if (untouched(norm, whole, arr[from].start(), arr[to - 1].end())) {
        continue;
      }
      for (int k = from; k < to; k++) {
        Token t = arr[k];
        if (!untouched(norm, whole, t.start(), t.end())) {
          String canonical = canon.normalizeToString(t.text());
          if (!canonical.equals(t.text())) {
            arr[k] = new Token(s, t.start(), t.end(), t.kind(), t.script(), false, canonical);
          }
        }
      }
    }
  }

  /** Whether {@code s[a, b)} maps to a span of the normalized text with the same characters. */
  private boolean untouched(String norm, NormalizedText whole, int a, int b) {
    TextSpan m = whole.toNormalized(new TextSpan(a, b));
    return m.length() == b - a && norm.regionMatches(m.start(), s, a, b - a);
  }

  // ------------------------------------------------------------------------------------------
  // Dispatch

  private int scan(int i, byte k) {
    switch (k) {
      case DEVA:
      case LATIN:
      case LETTER:
        return word(i, k);
      case DIGIT:
        return number(i, i);
      case MARK:
        {
          int e = extend(i);
          return emit(i, e, TokenKind.OTHER, scriptOf(i, e));
        }
      case PUNCT:
        return punct(i, s.charAt(i));
      case CURRENCY:
        return emit(i, extend(i + 1), TokenKind.SYMBOL, Script.OTHER);
      case SYMBOL:
        {
          int e = extend(i + 1);
          return emit(i, e, TokenKind.SYMBOL, scriptOf(i, e));
        }
      case EMOJI:
        return emoji(i, 1);
      case HIGH:
        return supplementary(i);
      default:
        return emit(i, extend(i + 1), TokenKind.OTHER, Script.OTHER);
    }
  }

  private int supplementary(int i) {
    byte k = classAt(i);
    if (len == 1) { // unpaired high surrogate
      return emit(i, extend(i + 1), TokenKind.OTHER, Script.OTHER);
    }
    switch (k) {
      case DEVA:
      case LATIN:
      case LETTER:
        return word(i, k);
      case DIGIT:
        return number(i, i);
      case MARK:
        {
          int e = extend(i);
          return emit(i, e, TokenKind.OTHER, Script.OTHER);
        }
      case EMOJI:
        return emoji(i, 2);
      case PUNCT:
        return emit(i, extend(i + 2), TokenKind.PUNCTUATION, Script.OTHER);
      case SYMBOL:
      case CURRENCY:
        return emit(i, extend(i + 2), TokenKind.SYMBOL, Script.OTHER);
      default:
        return emit(i, extend(i + 2), TokenKind.OTHER, Script.OTHER);
    }
  }

  // ------------------------------------------------------------------------------------------
  // Words

  private int word(int start, byte k0) {
    if (k0 == LATIN) {
      int e = urlOrEmail(start);
      if (e > 0) {
        return e;
      }
    }
    int j = start;
    while (true) {
      while (j < n) {
        byte k = CharClass.of(s.charAt(j));
        if (k == k0 || k == MARK || k == JOINER || k == DIGIT) {
          j++; // a BMP character: the common case, without classAt's surrogate check
          continue;
        }
        if (k == HIGH) {
          k = classAt(j);
          if (k == k0 || k == MARK || k == JOINER || k == DIGIT) {
            j += len;
            continue;
          }
        }
        char c = s.charAt(j);
        if (k0 == LATIN
            && (c == '\'' || c == '\u2019')
            && j + 1 < n
            && CharClass.of(s.charAt(j + 1)) == LATIN) {
          j += 2; // don't, O'Brien
          continue;
        }
        break;
      }
      if (j + 1 < n && cfg.keepsCompounds()) {
        char c = s.charAt(j);
        if ((c == '-' || c == '/' || c == '\u2010') && classAt(j + 1) == k0) {
          j++;
          continue;
        }
      }
      break;
    }
    if (j < n && s.charAt(j) == '.') {
      if (k0 == LATIN) {
        int e = bareDomain(start, j);
        if (e > 0) {
          return emit(start, e, TokenKind.URL, scriptOf(start, e));
        }
      }
      int e = afterDot(start, j, k0);
      if (e > 0) {
        return emit(start, extend(e), TokenKind.WORD, scriptOfClass(k0));
      }
    }
    return emit(start, j, TokenKind.WORD, scriptOfClass(k0));
  }

  /** A word followed by a dot at {@code dot}: returns the end of an abbreviation, or -1. */
  private int afterDot(int start, int dot, byte k0) {
    // Dotted chain: U.N., जी.डी.पी., ई.पू., Ph.D. -- short segments, each ending in a dot.
    if (dot - start <= 4 && dot + 1 < n && classAt(dot + 1) == k0) {
      int p = dot + 1;
      while (true) {
        int q = p;
        while (q < n) {
          byte k = classAt(q);
          if (k == k0 || k == MARK || k == JOINER) {
            q += len;
          } else {
            break;
          }
        }
        if (q == p || q - p > 4 || q >= n || s.charAt(q) != '.') {
          break; // not a chain; fall through to the other rules
        }
        p = q + 1;
        if (p >= n || classAt(p) != k0) {
          return p;
        }
      }
    }
    if (cfg.isAbbreviation(s.substring(start, dot + 1))) {
      return dot + 1;
    }
    if (k0 == LATIN && dot - start == 1 && Character.isUpperCase(s.charAt(start))) {
      return dot + 1; // initial: J. K. Rowling
    }
    if (k0 == DEVA && dot - start <= 7) {
      String w = s.substring(start, dot);
      boolean safe = INITIALS.contains(w);
      if (safe || AMBIGUOUS_INITIALS.contains(w)) {
        int p = dot + 1;
        if (p < n && isHorizontalSpace(s.charAt(p))) {
          while (p < n && isHorizontalSpace(s.charAt(p))) {
            p++;
          }
          if (p < n && CharClass.isLetter(classAt(p))) {
            if (safe) {
              return dot + 1;
            }
            int q = p;
            while (q < n && q - p <= 8) {
              byte k = classAt(q);
              if (k == DEVA || k == MARK || k == JOINER) {
                q += len;
              } else {
                break;
              }
            }
            if (q < n && s.charAt(q) == '.') {
              String next = s.substring(p, q);
              if (INITIALS.contains(next) || AMBIGUOUS_INITIALS.contains(next)) {
                return dot + 1;
              }
            }
          }
        }
      }
    }
    return -1;
  }

  /** {@code name.tld} followed by a non-letter: returns the end of the domain (and path), or -1. */
  private int bareDomain(int start, int dot) {
    int p = dot + 1;
    int q = p;
    while (q < n && q - p <= 6 && s.charAt(q) >= 'a' && s.charAt(q) <= 'z') {
      q++;
    }
    if (q - p < 2 || q - p > 6 || !TLDS.contains(s.substring(p, q))) {
      return -1;
    }
    if (q < n) {
      byte k = classAt(q);
      if (CharClass.isLetter(k) || k == DIGIT || k == MARK) {
        return -1;
      }
      if (s.charAt(q) == '/') {
        return urlEnd(q);
      }
    }
    return q;
  }

  /** URLs (scheme or www.) and e-mail addresses starting at a Latin letter; emits and returns the end, or -1. */
  private int urlOrEmail(int start) {
    char c = s.charAt(start);
    if (c == 'h' || c == 'H' || c == 'f' || c == 'F' || c == 'w' || c == 'W') {
      int prefix = 0;
      if (s.regionMatches(true, start, "https://", 0, 8)) {
        prefix = 8;
      } else if (s.regionMatches(true, start, "http://", 0, 7)) {
        prefix = 7;
      } else if (s.regionMatches(true, start, "ftp://", 0, 6)) {
        prefix = 6;
      } else if (s.regionMatches(true, start, "www.", 0, 4)) {
        prefix = 4;
      }
      if (prefix > 0 && start + prefix < n && isUrlChar(s.charAt(start + prefix))) {
        int e = urlEnd(start + prefix);
        if (e > start + prefix) {
          return emit(start, e, TokenKind.URL, scriptOf(start, e));
        }
      }
    }
    // e-mail: local@domain.tld
    int q = start;
    while (q < n && q - start < 64 && isLocalPartChar(s.charAt(q))) {
      q++;
    }
    if (q < n && s.charAt(q) == '@' && s.charAt(q - 1) != '.') {
      int d = q + 1;
      int lastDot = -1;
      while (d < n && d - q <= 255 && isDomainChar(s.charAt(d))) { // a domain has at most 253 chars
        if (s.charAt(d) == '.') {
          lastDot = d;
        }
        d++;
      }
      if (d < n && isDomainChar(s.charAt(d))) {
        return -1; // longer than any domain
      }
      while (d > q + 1 && (s.charAt(d - 1) == '.' || s.charAt(d - 1) == '-')) {
        d--;
      }
      if (lastDot >= d) {
        lastDot = -1;
        for (int x = q + 1; x < d; x++) {
          if (s.charAt(x) == '.') {
            lastDot = x;
          }
        }
      }
      if (lastDot > q + 1 && d - lastDot - 1 >= 2 && allAsciiLetters(lastDot + 1, d)) {
        return emit(start, d, TokenKind.EMAIL, Script.LATIN);
      }
    }
    return -1;
  }

  private boolean allAsciiLetters(int from, int to) {
    for (int x = from; x < to; x++) {
      char c = s.charAt(x);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLocalPartChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '.'
        || c == '_'
        || c == '%'
        || c == '+'
        || c == '-';
  }

  private static boolean isDomainChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
  }

  private boolean isUrlChar(char c) {
    byte k = CharClass.of(c);
    if (k == GAP) {
      return false;
    }
    switch (c) {
      case '"':
      case '<':
      case '>':
      case '\u201C':
      case '\u201D':
      case '\u0964':
      case '\u0965':
        return false;
      default:
        return true;
    }
  }

  /** The end of a URL body starting at {@code j}, without trailing punctuation. */
  private int urlEnd(int j) {
    int e = j;
    int open = 0;
    while (e < n && isUrlChar(s.charAt(e))) {
      char c = s.charAt(e);
      if (c == '(') {
        open++;
      } else if (c == ')') {
        open--;
      }
      e++;
    }
    while (e > j) {
      char c = s.charAt(e - 1);
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\''
          || c == '\u2019' || c == ']' || c == '}' || (c == ')' && open < 0)) {
        if (c == ')') {
          open++;
        }
        e--;
      } else if (Character.isHighSurrogate(c)) {
        e--; // never end inside a pair cut by the class check
      } else {
        break;
      }
    }
    return e;
  }

  // ------------------------------------------------------------------------------------------
  // Numbers

  /** A number whose first digit is at {@code i} (and {@code start == i}). */
  private int number(int start, int i) {
    int j = i;
    while (isDigitAt(j)) {
      j += len;
    }
    while (j + 1 < n) {
      char c = s.charAt(j);
      if ((c == ',' || c == '.' || c == ':' || c == '/' || c == '-') && isDigitAt(j + 1)) {
        j++;
        while (isDigitAt(j)) {
          j += len;
        }
      } else {
        break;
      }
    }
    if (j < n && (s.charAt(j) == '%' || s.charAt(j) == '\u2030' || s.charAt(j) == '\u066A')) {
      j++;
    } else if (j < n) {
      byte k0 = classAt(j);
      if (CharClass.isLetter(k0)) { // glued suffix: 8वीं, 4G, 10th
        while (j < n) {
          byte k = classAt(j);
          if (k == k0 || k == MARK || k == JOINER || k == DIGIT) {
            j += len;
          } else {
            break;
          }
        }
      }
    }
    int e = extend(j);
    return emit(start, e, TokenKind.NUMBER, scriptOf(start, e));
  }

  // ------------------------------------------------------------------------------------------
  // Punctuation, hashtags, mentions, emoji

  private int punct(int i, char c) {
    int j = i + 1;
    switch (c) {
      case '@':
      case '#':
        if (isWordCharAt(j)) {
          while (j < n) {
            byte k = classAt(j);
            if (CharClass.isLetter(k) || k == MARK || k == JOINER || k == DIGIT || s.charAt(j) == '_') {
              j += len;
            } else if (c == '@' && s.charAt(j) == '.' && isWordCharAt(j + 1)) {
              j++;
            } else {
              break;
            }
          }
          return emit(i, j, c == '@' ? TokenKind.MENTION : TokenKind.HASHTAG, scriptOf(i, j));
        }
        break;
      case '.':
      case '\u0964': // danda
      case '-':
      case '\u2014':
      case '\u2013':
      case '_':
      case '*':
        while (j < n && s.charAt(j) == c) {
          j++;
        }
        break;
      case '?':
      case '!':
        while (j < n && (s.charAt(j) == '?' || s.charAt(j) == '!')) {
          j++;
        }
        break;
      default:
        break;
    }
    int e = extend(j);
    return emit(i, e, TokenKind.PUNCTUATION, scriptOf(i, e));
  }

  private int emoji(int i, int firstLen) {
    int j = i + firstLen;
    int cp = s.codePointAt(i);
    if (cp >= 0x1F1E6 && cp <= 0x1F1FF) { // regional indicators pair into a flag
      if (j + 1 < n) {
        int cp2 = s.codePointAt(j);
        if (cp2 >= 0x1F1E6 && cp2 <= 0x1F1FF) {
          j += 2;
        }
      }
      return emit(i, extend(j), TokenKind.EMOJI, Script.OTHER);
    }
    while (true) {
      while (j < n) {
        int c = s.codePointAt(j);
        if (c == 0xFE0F || c == 0xFE0E || c == 0x20E3 || (c >= 0x1F3FB && c <= 0x1F3FF)
            || (c >= 0xE0020 && c <= 0xE007F)) {
          j += Character.charCount(c);
        } else {
          break;
        }
      }
      if (j + 1 < n && s.charAt(j) == '\u200D' && classAt(j + 1) == EMOJI) {
        j += 1 + len;
        continue;
      }
      break;
    }
    return emit(i, extend(j), TokenKind.EMOJI, Script.OTHER);
  }
}
