package org.hindinlp.tokenize;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import org.hindinlp.TextSpan;
import org.hindinlp.normalize.DevanagariNormalizer;

/**
 * One token of a text.
 *
 * <p>The span {@code [start(), end())} always points into the caller's original string, and {@link
 * #text()} is exactly {@code original.substring(start(), end())}. {@link #canonical()} is the text
 * after {@link org.hindinlp.normalize.DevanagariNormalizer#canonical()}; it is the same {@code
 * String} instance as {@code text()} when normalization changes nothing.
 *
 * <p>The offsets are kept as two {@code int}s; {@link #span()} returns them as a {@link TextSpan}
 * (a new, equal instance on each call). A token made by the tokenizer refers to the text it was
 * found in and copies its characters into its own {@code String} only when {@link #text()} (or
 * {@link #canonical()}, {@link #equals}, {@link #hashCode}, {@link #toString}) is first called;
 * every later call returns that same instance. A one-char text below U+0980 and a two-char text of the
 * Devanagari block ({@code है}, {@code के}) are not copied: such a token returns a string shared
 * by all tokens with that text. Likewise its canonical form is computed when first
 * asked for, unless the tokenizer already knew it ({@link org.hindinlp.HindiNlp#analyze(String)}
 * takes it from the normalization of the whole text). Keeping a token therefore keeps the whole text it
 * came from in memory (as {@link org.hindinlp.AnalyzedText} does anyway); copy {@code text()} to
 * keep only the characters.
 *
 * <p>Two tokens are equal when their text, offsets, kind, script and canonical form are equal.
 * Immutable (its value never changes once built) and thread-safe.
 */
public final class Token {

  private static final TokenKind[] KINDS = TokenKind.values();
  private static final Script[] SCRIPTS = Script.values();
  private static final VarHandle TEXT;
  private static final VarHandle CANONICAL;

  static {
    try {
      TEXT = MethodHandles.lookup().findVarHandle(Token.class, "text", String.class);
      CANONICAL = MethodHandles.lookup().findVarHandle(Token.class, "canonical", String.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /**
   * The covered text itself when {@link #exact}; otherwise the text the token was found in, from
   * which {@link #text} is copied on demand.
   */
  private final String source;
  /** Whether {@link #source} is the covered text. */
  private final boolean exact;
  private final int start;
  private final int end;
  /** {@link TokenKind} and {@link Script} ordinals: bytes keep the object at 40 bytes instead of 48. */
  private final byte kind;
  private final byte script;
  /** Whether the canonical form is {@link #text()} itself. */
  private final boolean canonicalIsText;
  /** The canonical form given when the token was made, or null. */
  private final String givenCanonical;
  /**
   * The canonical form when neither {@link #canonicalIsText} nor given: null until computed (set
   * once, by compare-and-set).
   */
  @SuppressWarnings("unused") // read and written through CANONICAL
  private String canonical;
  /** The covered text when not {@link #exact}: set once, by compare-and-set, when first needed. */
  @SuppressWarnings("unused") // read and written through TEXT
  private String text;

  /**
   * Creates a token.
   *
   * @param text the covered text, unchanged
   * @param start the first UTF-16 offset of the token in the original string, inclusive
   * @param end the offset just past the token in the original string
   * @param kind what the token is
   * @param script its writing system
   * @param canonical the canonical (lossless) normalized form of {@code text}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code start < 0}, {@code end < start} or {@code end -
   *     start != text.length()}
   */
  public Token(String text, int start, int end, TokenKind kind, Script script, String canonical) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(canonical, "canonical");
    checkSpan(start, end);
    if (end - start != text.length()) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") does not fit text of length " + text.length());
    }
    this.source = text;
    this.exact = true;
    this.start = start;
    this.end = end;
    this.kind = (byte) Objects.requireNonNull(kind, "kind").ordinal();
    this.script = (byte) Objects.requireNonNull(script, "script").ordinal();
    this.canonicalIsText = canonical == text;
    this.givenCanonical = canonical;
  }

  /**
   * Creates a token from a span.
   *
   * @param text the covered text, unchanged
   * @param span the half-open UTF-16 span in the original string
   * @param kind what the token is
   * @param script its writing system
   * @param canonical the canonical (lossless) normalized form of {@code text}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code span.length() != text.length()}
   */
  public Token(String text, TextSpan span, TokenKind kind, Script script, String canonical) {
    this(text, Objects.requireNonNull(span, "span").start(), span.end(), kind, script, canonical);
  }

  /**
   * A token whose text is {@code source.substring(start, end)}, copied on demand. Its canonical form
   * is that text itself if {@code canonicalIsText}, else {@code canonical}, or, when that is null,
   * computed on demand. For the tokenizer, which checks the offsets.
   */
  Token(
      String source,
      int start,
      int end,
      TokenKind kind,
      Script script,
      boolean canonicalIsText,
      String canonical) {
    this.source = source;
    this.exact = false;
    this.start = start;
    this.end = end;
    this.kind = (byte) kind.ordinal();
    this.script = (byte) script.ordinal();
    this.canonicalIsText = canonicalIsText;
    this.givenCanonical = canonical;
  }

  private static void checkSpan(int start, int end) {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  /**
   * Returns the covered text, unchanged.
   *
   * @return {@code original.substring(start(), end())}; the same instance on every call
   */
  public String text() {
    if (exact) {
      return source;
    }
    String t = (String) TEXT.getAcquire(this);
    if (t == null) {
      t = copy(source, start, end);
      String won = (String) TEXT.compareAndExchange(this, null, t);
      if (won != null) {
        t = won;
      }
    }
    return t;
  }

  /** Chars below this have their one-char string in {@link #SHORT}. */
  private static final int ONE_CHAR = 0x980;
  /** The Devanagari block, whose two-char strings are in {@link #SHORT} after the one-char ones. */
  private static final int DEVANAGARI = 0x900;

  /**
   * Shared strings for short tokens: every one-char text below U+0980 (Latin-1 punctuation, digits,
   * single Devanagari letters and the danda) and every two-char text of the Devanagari block (के,
   * है, से, का ...), filled on first use. On Hindi text about a third of the tokens are such texts
   * (13% one char, 24% two Devanagari chars on the {@code wiki} benchmark input), which then cost
   * no copy. At most 17,000 small strings. Written without a lock: a {@code String} is immutable
   * with final fields, so a thread that reads another's entry sees a complete string, and two
   * threads that fill the same entry store equal strings.
   */
  private static final String[] SHORT = new String[ONE_CHAR + 128 * 128];

  /** {@code source.substring(start, end)}, shared for the texts of {@link #SHORT}. */
  private static String copy(String source, int start, int end) {
    int len = end - start;
    int i;
    if (len == 1) {
      i = source.charAt(start);
      if (i >= ONE_CHAR) {
        return source.substring(start, end);
      }
    } else if (len == 2) {
      int a = source.charAt(start) - DEVANAGARI;
      int b = source.charAt(start + 1) - DEVANAGARI;
      if (((a | b) & ~127) != 0) {
        return source.substring(start, end);
      }
      i = ONE_CHAR + (a << 7 | b);
    } else {
      return source.substring(start, end);
    }
    String[] cache = SHORT;
    String t = cache[i];
    if (t == null) {
      t = source.substring(start, end);
      cache[i] = t;
    }
    return t;
  }

  /**
   * Returns the first offset of the token in the original string.
   *
   * @return the first UTF-16 offset, inclusive
   */
  public int start() {
    return start;
  }

  /**
   * Returns the offset just past the token in the original string.
   *
   * @return the last UTF-16 offset, exclusive
   */
  public int end() {
    return end;
  }

  /**
   * Returns the half-open UTF-16 span of the token in the original string.
   *
   * @return {@code [start(), end())}
   */
  public TextSpan span() {
    return new TextSpan(start, end);
  }

  /**
   * Returns what the token is.
   *
   * @return the kind
   */
  public TokenKind kind() {
    return KINDS[kind];
  }

  /**
   * Returns the token's writing system.
   *
   * @return the script
   */
  public Script script() {
    return SCRIPTS[script];
  }

  /**
   * Returns the canonical (lossless) normalized form of the text.
   *
   * @return {@code DevanagariNormalizer.canonical().normalizeToString(text())}; the very instance
   *     {@link #text()} returns when normalization changes nothing
   */
  public String canonical() {
    if (canonicalIsText) {
      return text();
    }
    if (givenCanonical != null) {
      return givenCanonical;
    }
    String c = (String) CANONICAL.getAcquire(this);
    if (c == null) {
      // Not known when the token was built: the definition.
      String t = text();
      c = DevanagariNormalizer.canonical().normalizeToString(t);
      if (c != t && c.equals(t)) {
        c = t; // the normalizer rebuilt an unchanged text
      }
      String won = (String) CANONICAL.compareAndExchange(this, null, c);
      if (won != null) {
        c = won;
      }
    }
    return c;
  }

  /** Equal text, offsets, kind, script and canonical form. */
  @Override
  public boolean equals(Object o) {
    return o == this
        || (o instanceof Token t
            && start == t.start
            && end == t.end
            && kind == t.kind
            && script == t.script
            && text().equals(t.text())
            && canonical().equals(t.canonical()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(text(), start, end, kind(), script(), canonical());
  }

  @Override
  public String toString() {
    return text() + "[" + start + ", " + end + ")" + kind();
  }
}
