package org.hindinlp.tokenize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hindinlp.internal.TokenizerAccess;
import org.hindinlp.normalize.DevanagariNormalizer;
import org.hindinlp.normalize.NormalizedText;

/**
 * Splits Hindi (Devanagari), English and mixed text into {@link Token}s with exact offsets: {@link
 * #tokenize(CharSequence)} returns token objects (whose text and canonical form are computed when
 * first asked for, see {@link Token}), {@link
 * #scan(CharSequence, TokenSink)} streams the same tokens as offsets without allocating per token.
 *
 * <p>A hand-written single-pass scanner over a per-character class table: no regular expression,
 * no per-character allocation, linear time on any input. The rules (see {@code
 * docs/tokenization.md}):
 *
 * <ul>
 *   <li>A word is a run of letters of one script with their combining marks (vowel signs, virama,
 *       nukta, anusvara, chandrabindu, visarga) and ZWJ/ZWNJ; a mark never starts a token unless
 *       nothing precedes it, so a conjunct is never split. A change between Devanagari and Latin
 *       letters ends a word.
 *   <li>Danda, double danda, {@code ? ! , . : ;}, quotes and brackets are tokens of their own even
 *       when glued ({@code कहा।}, {@code है.}, {@code "किम}). Runs of the same mark ({@code ...},
 *       {@code ।।}, {@code --}, {@code ?!}) are one token.
 *   <li>Hyphenated and slashed compounds are split ({@code रूस-डीपीआरके} gives {@code रूस}, {@code
 *       -}, {@code डीपीआरके}) unless {@link Builder#keepCompounds(boolean)} is set.
 *   <li>Abbreviations keep their dot: the bundled list ({@code डॉ.}, {@code श्री.}, {@code प्रो.},
 *       {@code ई.}, {@code Dr.} ...) plus {@link Builder#addAbbreviation(String)}; dotted chains
 *       ({@code U.N.}, {@code जी.डी.पी.}); single Latin capitals ({@code J.}); Devanagari letter
 *       names used as spaced initials ({@code बी. सी.}).
 *   <li>Numbers with grouping, decimals, dates, times, ranges, percentages or a glued suffix
 *       ({@code 1,20,000}, {@code 3.5}, {@code २०२४}, {@code 26.01.1950}, {@code 10:30}, {@code
 *       2013-2014}, {@code 5%}, {@code 8वीं}) are one token; a currency sign is a token of its own.
 *   <li>URLs, e-mail addresses, hashtags, mentions and emoji sequences are one token each.
 * </ul>
 *
 * <p>Separators (whitespace including NBSP, line breaks, control characters, ZWSP, BOM) belong to
 * no token; tokens and separators together cover the input exactly.
 *
 * <p>Instances are immutable and thread-safe: build once, share everywhere.
 */
public final class HindiTokenizer {

  private static final String BUNDLED = "abbreviations.txt";

  static {
    TokenizerAccess.install(
        new TokenizerAccess.Operations() {
          @Override
          public List<Token> tokenize(HindiTokenizer tokenizer, NormalizedText canonical) {
            return new TokenScanner(tokenizer, canonical.original(), null).run(canonical);
          }

          @Override
          public Token token(String source, int start, int end, TokenKind kind, Script script) {
            return new Token(source, start, end, kind, script, false, null);
          }

          @Override
          public boolean isTokenizerList(List<Token> tokens) {
            return tokens instanceof TokenList;
          }
        });
  }

  private static final HindiTokenizer STANDARD = builder().build();

  private final boolean keepCompounds;
  private final Set<String> abbreviations;
  /** Abbreviations and their canonical forms, for lookup. */
  private final Set<String> lookup;
  final DevanagariNormalizer canonical = DevanagariNormalizer.canonical();

  private HindiTokenizer(Builder b) {
    this.keepCompounds = b.keepCompounds;
    this.abbreviations = Collections.unmodifiableSet(new LinkedHashSet<>(b.abbreviations));
    Set<String> l = new HashSet<>();
    for (String a : b.abbreviations) {
      l.add(a);
      l.add(canonical.normalizeToString(a));
    }
    this.lookup = Set.copyOf(l);
  }

  /**
   * Returns the shared tokenizer with the default settings (compounds split, bundled abbreviations).
   *
   * @return the standard tokenizer
   */
  public static HindiTokenizer standard() {
    return STANDARD;
  }

  /**
   * Returns a builder with the default settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the bundled abbreviation list ({@code org/hindinlp/tokenize/abbreviations.txt}).
   *
   * @return the abbreviations, each with its final dot, in file order
   * @throws UncheckedIOException if the resource is missing from the jar
   */
  public static List<String> bundledAbbreviations() {
    try (InputStream in = HindiTokenizer.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new UncheckedIOException(
            new IOException("bundled resource missing: org/hindinlp/tokenize/" + BUNDLED));
      }
      List<String> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t);
        }
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Tokenizes a text.
   *
   * @param text any text, including empty text, unpaired surrogates and control characters
   * @return the tokens in order, as an unmodifiable list; spans point into {@code text}
   */
  public List<Token> tokenize(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return new TokenScanner(this, text.toString(), null).run(null);
  }

  /**
   * Scans a text and reports each token to {@code sink} as offsets, kind and script, in order,
   * without creating any per-token object: no {@code String}, {@link org.hindinlp.TextSpan} or
   * {@link Token}. The tokens reported are exactly those of {@link #tokenize(CharSequence)} (same
   * spans, kinds and scripts), but their canonical forms are not computed: callers that need them
   * use {@code tokenize}.
   *
   * <p>A {@code String} is scanned in place; any other {@code CharSequence} is copied once into a
   * {@code String} first. The sink is called on the calling thread, before this method returns.
   *
   * @param text any text, including empty text, unpaired surrogates and control characters
   * @param sink receives the tokens; an exception it throws ends the scan and propagates
   * @throws NullPointerException if {@code text} or {@code sink} is null
   */
  public void scan(CharSequence text, TokenSink sink) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sink, "sink");
    new TokenScanner(this, text.toString(), sink).scanAll();
  }

  /**
   * Tells whether hyphenated and slashed compounds are kept as one token.
   *
   * @return {@code true} if compounds are kept whole
   */
  public boolean keepsCompounds() {
    return keepCompounds;
  }

  /**
   * Returns the abbreviations this tokenizer keeps whole (bundled plus added).
   *
   * @return an unmodifiable set, each entry with its final dot
   */
  public Set<String> abbreviations() {
    return abbreviations;
  }

  boolean isAbbreviation(String candidate) {
    return lookup.contains(candidate);
  }

  /** Builds a {@link HindiTokenizer}. Not thread-safe; build once and share the result. */
  public static final class Builder {
    private boolean keepCompounds;
    private final Set<String> abbreviations = new LinkedHashSet<>();

    private Builder() {
      abbreviations.addAll(bundledAbbreviations());
    }

    /**
     * Keeps hyphenated and slashed compounds of one script whole ({@code उत्तर-पूर्व}) instead of
     * splitting them into parts and separator (the default).
     *
     * @param keep {@code true} to keep compounds whole
     * @return this builder
     */
    public Builder keepCompounds(boolean keep) {
      this.keepCompounds = keep;
      return this;
    }

    /**
     * Adds an abbreviation that keeps its dot.
     *
     * @param abbreviation the abbreviation with its final dot, such as {@code "ले.जन."} or {@code "Dept."}
     * @return this builder
     * @throws IllegalArgumentException if it does not end in a dot, is only a dot, or contains
     *     whitespace
     */
    public Builder addAbbreviation(String abbreviation) {
      Objects.requireNonNull(abbreviation, "abbreviation");
      if (abbreviation.length() < 2 || !abbreviation.endsWith(".")) {
        throw new IllegalArgumentException(
            "an abbreviation must be at least one character followed by a dot: \"" + abbreviation + "\"");
      }
      for (int i = 0; i < abbreviation.length(); i++) {
        if (CharClass.of(abbreviation.charAt(i)) == CharClass.GAP) {
          throw new IllegalArgumentException(
              "an abbreviation cannot contain whitespace or control characters: \"" + abbreviation + "\"");
        }
      }
      abbreviations.add(abbreviation);
      return this;
    }

    /**
     * Adds several abbreviations; see {@link #addAbbreviation(String)}.
     *
     * @param list the abbreviations
     * @return this builder
     */
    public Builder addAbbreviations(Collection<String> list) {
      for (String a : list) {
        addAbbreviation(a);
      }
      return this;
    }

    /**
     * Removes every abbreviation, the bundled ones included (dotted chains and initials are still
     * recognised by rule).
     *
     * @return this builder
     */
    public Builder clearAbbreviations() {
      abbreviations.clear();
      return this;
    }

    /**
     * Builds the tokenizer.
     *
     * @return a new immutable tokenizer
     */
    public HindiTokenizer build() {
      return new HindiTokenizer(this);
    }
  }
}
