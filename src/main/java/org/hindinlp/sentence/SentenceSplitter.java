package org.hindinlp.sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hindinlp.TextSpan;
import org.hindinlp.tokenize.Script;
import org.hindinlp.tokenize.Token;
import org.hindinlp.tokenize.TokenKind;
import org.hindinlp.tokenize.HindiTokenizer;

/**
 * Splits Hindi (and mixed) text into sentences, working on the tokens of a {@link HindiTokenizer} so that
 * abbreviations ({@code डॉ.}), initials, decimals and dates, which keep their dots inside one token,
 * never end a sentence.
 *
 * <p>Rules (see {@code docs/tokenization.md}):
 *
 * <ul>
 *   <li>A sentence ends at a danda {@code ।}, double danda {@code ॥}, {@code ?}, {@code !} (or a run
 *       of them), or a full stop {@code .} standing as a token of its own. {@code |} counts as a danda
 *       when {@link Builder#pipeAsDanda(boolean)} is on (off by default). An ellipsis does not end a
 *       sentence.
 *   <li>Closing quotes and brackets glued to the terminator stay with the sentence ({@code किया."}).
 *   <li>Quoted speech whose terminator is followed by a closing quote and then a word that continues
 *       the sentence ({@code "अतिथि देवो भवा!" बोले थे ...}: postpositions, {@code कि}, forms of
 *       {@code कहना}/{@code बोलना}/{@code पूछना}/{@code लिखना}, a comma, a dash, a lowercase Latin
 *       word) does not end the outer sentence.
 *   <li>A full stop after a list number at the start of a line ({@code 1. ...}) or before a
 *       lowercase Latin word does not end a sentence.
 *   <li>A blank line always ends a sentence; a single line break ends one too (headlines, captions,
 *       page furniture) unless {@link Builder#lineBreaksEndSentences(boolean)} is turned off for
 *       hard-wrapped text.
 *   <li>A terminator that would start a new sentence on the same line ({@code ? |}) is added to the
 *       sentence before it.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SentenceSplitter {

  /** Words that continue a sentence after closing quoted speech. */
  private static final Set<String> CONTINUATIONS =
      Set.of(
          "ने", "को", "से", "में", "पर", "का", "के", "की", "तक", "कि", "बोले", "बोला", "बोली", "बोलीं",
          "कहा", "कहे", "कहते", "कहती", "कहता", "कहकर", "कहना", "पूछा", "पूछे", "पूछते", "पूछती",
          "पूछकर", "लिखा", "लिखते", "वाले", "वाली", "वाला", "नामक", "शीर्षक");

  private static final SentenceSplitter STANDARD = builder().build();

  private final HindiTokenizer tokenizer;
  private final boolean pipeAsDanda;
  private final boolean lineBreaksEndSentences;

  private SentenceSplitter(Builder b) {
    this.tokenizer = b.tokenizer;
    this.pipeAsDanda = b.pipeAsDanda;
    this.lineBreaksEndSentences = b.lineBreaksEndSentences;
  }

  /**
   * Returns the shared splitter with the default settings.
   *
   * @return the standard splitter
   */
  public static SentenceSplitter standard() {
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
   * Splits a text into sentence spans, tokenizing it with this splitter's tokenizer.
   *
   * @param text any text
   * @return the sentence spans in order, trimmed of surrounding whitespace, unmodifiable
   */
  public List<TextSpan> split(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    List<Sentence> sentences = sentences(s, tokenizer.tokenize(s));
    List<TextSpan> spans = new ArrayList<>(sentences.size());
    for (Sentence x : sentences) {
      spans.add(x.span());
    }
    return List.copyOf(spans);
  }

  /**
   * Groups already computed tokens into sentences. The tokens must come from a tokenizer run over
   * {@code text} (any {@link HindiTokenizer}; the one of this splitter is not used).
   *
   * @param text the original text
   * @param tokens its tokens, in order
   * @return the sentences in order, unmodifiable
   */
  public List<Sentence> sentences(CharSequence text, List<Token> tokens) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(tokens, "tokens");
    int m = tokens.size();
    List<Sentence> out = new ArrayList<>(Math.max(4, m / 16));
    int first = 0;
    int i = 0;
    while (i < m) {
      Token t = tokens.get(i);
      if (i > first) {
        int breaks = lineBreaks(text, tokens.get(i - 1).end(), t.start());
        if (breaks >= 2 || (breaks == 1 && lineBreaksEndSentences)) {
          out.add(sentence(tokens, first, i));
          first = i;
        }
      }
      if (isTerminator(text, t)) {
        int j = i + 1;
        boolean quoted = false;
        while (j < m && tokens.get(j).start() == tokens.get(j - 1).end() && isCloser(tokens.get(j))) {
          quoted |= isQuote(tokens.get(j).text());
          j++;
        }
        if (i == first && !out.isEmpty() && lineBreaks(text, tokens.get(i - 1).end(), t.start()) == 0) {
          // a stray terminator (". |", "? !") joins the sentence it follows
          Sentence prev = out.remove(out.size() - 1);
          out.add(sentence(tokens, prev.firstToken(), j));
          first = j;
          i = j;
          continue;
        }
        if (endsSentence(text, tokens, first, i, j, quoted)) {
          out.add(sentence(tokens, first, j));
          first = j;
          i = j;
          continue;
        }
        i = j;
        continue;
      }
      i++;
    }
    if (first < m) {
      out.add(sentence(tokens, first, m));
    }
    return List.copyOf(out);
  }

  /**
   * Tells whether {@code |} is read as a danda.
   *
   * @return {@code true} if {@code |} ends sentences
   */
  public boolean pipeAsDanda() {
    return pipeAsDanda;
  }

  /**
   * Tells whether a single line break ends a sentence.
   *
   * @return {@code true} if every line break ends a sentence, {@code false} if only blank lines do
   */
  public boolean lineBreaksEndSentences() {
    return lineBreaksEndSentences;
  }

  private static Sentence sentence(List<Token> tokens, int first, int end) {
    return new Sentence(
        new TextSpan(tokens.get(first).start(), tokens.get(end - 1).end()), first, end);
  }

  /**
   * Reads the token's characters from {@code text} rather than from {@link Token#text()}: the same
   * characters, but the text is being read in order anyway, while each token's string is one more
   * object to load.
   */
  private boolean isTerminator(CharSequence text, Token t) {
    TokenKind kind = t.kind();
    if (kind == TokenKind.SYMBOL) {
      return pipeAsDanda && t.end() - t.start() == 1 && text.charAt(t.start()) == '|';
    }
    if (kind != TokenKind.PUNCTUATION) {
      return false;
    }
    char c = text.charAt(t.start());
    switch (c) {
      case '\u0964': // ।
      case '\u0965': // ॥
      case '?':
      case '!':
      case '\u203C': // ‼
      case '\u2049': // ⁉
      case '\u061F': // ؟
        return true;
      case '.':
        return t.end() - t.start() == 1;
      default:
        return false;
    }
  }

  private static boolean isCloser(Token t) {
    if (t.kind() != TokenKind.PUNCTUATION || t.text().length() != 1) {
      return false;
    }
    switch (t.text().charAt(0)) {
      case '"':
      case '\'':
      case '\u201D': // ”
      case '\u2019': // ’
      case '\u00BB': // »
      case '\u203A': // ›
      case ')':
      case ']':
      case '}':
        return true;
      default:
        return false;
    }
  }

  private static boolean isQuote(String x) {
    char c = x.charAt(0);
    return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == '\u00BB' || c == '\u203A';
  }

  /** Terminator at token {@code i}, closers up to {@code j}: does the sentence end after {@code j - 1}? */
  private boolean endsSentence(
      CharSequence text, List<Token> tokens, int first, int i, int j, boolean quoted) {
    Token t = tokens.get(i);
    Token next = j < tokens.size() ? tokens.get(j) : null;
    boolean sameLine = next != null && lineBreaks(text, tokens.get(j - 1).end(), next.start()) == 0;
    if (!sameLine) {
      return true;
    }
    if (quoted && continues(next)) {
      return false;
    }
    if (t.text().equals(".")) {
      if (j == i + 1 && i == first + 1) {
        Token prev = tokens.get(first);
        if (prev.kind() == TokenKind.NUMBER && prev.text().length() <= 3 && startsLine(text, prev.start())) {
          return false; // list number "1. ..."
        }
      }
      if (next.script() == Script.LATIN
          && next.kind() == TokenKind.WORD
          && Character.isLowerCase(next.text().charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static boolean continues(Token next) {
    if (next.kind() == TokenKind.PUNCTUATION) {
      char c = next.text().charAt(0);
      return c == ',' || c == ';' || c == ':' || c == '-' || c == '\u2013' || c == '\u2014';
    }
    if (next.kind() != TokenKind.WORD) {
      return false;
    }
    String x = next.canonical();
    return CONTINUATIONS.contains(x) || Character.isLowerCase(x.charAt(0));
  }

  private static boolean startsLine(CharSequence text, int pos) {
    for (int p = pos - 1; p >= 0; p--) {
      char c = text.charAt(p);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '\u00A0') {
        return false;
      }
    }
    return true;
  }

  /** Counts line breaks between two offsets, up to 2 (2 means a blank line or paragraph break). */
  static int lineBreaks(CharSequence text, int from, int to) {
    int count = 0;
    for (int p = from; p < to; p++) {
      char c = text.charAt(p);
      if (c == '\r') {
        count++;
        if (p + 1 < to && text.charAt(p + 1) == '\n') {
          p++;
        }
      } else if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u000B' || c == '\u000C') {
        count++;
      } else if (c == '\u2029') {
        count += 2;
      }
      if (count >= 2) {
        return 2;
      }
    }
    return count;
  }

  /** Builds a {@link SentenceSplitter}. Not thread-safe; build once and share the result. */
  public static final class Builder {
    private HindiTokenizer tokenizer = HindiTokenizer.standard();
    private boolean pipeAsDanda;
    private boolean lineBreaksEndSentences = true;

    private Builder() {}

    /**
     * Sets the tokenizer used by {@link SentenceSplitter#split(CharSequence)}, for example one with
     * extra abbreviations.
     *
     * @param tokenizer the tokenizer
     * @return this builder
     */
    public Builder tokenizer(HindiTokenizer tokenizer) {
      this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
      return this;
    }

    /**
     * Reads {@code |} as a danda (off by default).
     *
     * @param on {@code true} to end sentences at {@code |}
     * @return this builder
     */
    public Builder pipeAsDanda(boolean on) {
      this.pipeAsDanda = on;
      return this;
    }

    /**
     * Chooses whether a single line break ends a sentence (the default, right for news pages where
     * headlines and captions stand on their own lines) or only a blank line does (for hard-wrapped
     * text).
     *
     * @param on {@code true} if every line break ends a sentence
     * @return this builder
     */
    public Builder lineBreaksEndSentences(boolean on) {
      this.lineBreaksEndSentences = on;
      return this;
    }

    /**
     * Builds the splitter.
     *
     * @return a new immutable splitter
     */
    public SentenceSplitter build() {
      return new SentenceSplitter(this);
    }
  }
}
