package org.hindinlp.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;
import org.hindinlp.internal.TokenizerAccess;
import org.hindinlp.tokenize.HindiTokenizer;
import org.hindinlp.tokenize.Script;
import org.hindinlp.tokenize.Token;
import org.hindinlp.tokenize.TokenKind;
import org.hindinlp.tokenize.TokenSink;

/**
 * A Lucene {@link Tokenizer} over the library's {@link HindiTokenizer}: the same
 * tokens, with the same exact offsets, as {@code Tokenizer.tokenize} gives outside Lucene.
 *
 * <p>Each term is the token text unchanged (add {@link DevanagariNormalizationFilter} to fold it);
 * the {@link OffsetAttribute} holds its span in the original field value (corrected through any
 * {@code CharFilter}); the {@link TypeAttribute} holds {@link #typeOf(TokenKind)}, such as {@code
 * <WORD>} or {@code <NUMBER>}, so that {@code TypeTokenFilter} and later filters can tell tokens
 * apart; the {@link SourceTokenAttribute} gives the library {@link Token} and the whole text, for
 * filters that need context (an entity filter). Punctuation and symbol tokens are dropped unless
 * {@code keepPunctuation} is set, as Lucene's {@code StandardTokenizer} drops them; dropping them
 * leaves no gap in positions.
 *
 * <p><b>Memory.</b> The library tokenizer works on whole strings (its rules look ahead, and
 * abbreviations and initials need context), so this tokenizer reads the entire field value from the
 * {@code Reader} on the first {@link #incrementToken()} after {@link #reset()}, then scans it in one
 * call ({@link HindiTokenizer#scan}), keeping only each token's offsets, kind and script (10 bytes a
 * token). It holds the text (2 bytes a character, twice: the read buffer and the string) and those
 * offsets until {@link #close()}. That is a few hundred kilobytes for a long news article, but a
 * field of tens of megabytes costs that much heap per indexing thread: cap field sizes upstream
 * (Solr's {@code maxChars} on copy fields, Elasticsearch's {@code
 * index.highlight.max_analyzed_offset} for highlighting, or a length-limited field) when indexing
 * whole books. The read buffer and offset arrays are reused across documents unless they grew
 * beyond {@value #KEEP_BUFFER} characters or tokens.
 *
 * <p>Each term is copied straight from the read buffer into the {@link CharTermAttribute}; the
 * {@link Token} given to {@link SourceTokenAttribute} copies its own text and computes its canonical
 * form only if a filter asks for them.
 *
 * <p>The usual {@code TokenStream} contract applies: {@code reset()}, {@code incrementToken()}
 * until false, {@code end()}, {@code close()}; {@link #end()} reports the length of the whole input
 * (corrected) as the final offset. Instances are not thread-safe (no {@code TokenStream} is); the
 * wrapped library tokenizer is, and can be shared by any number of these.
 */
public final class HindiNlpTokenizer extends Tokenizer {

  /** Read buffers larger than this many characters are dropped on {@link #close()}. */
  public static final int KEEP_BUFFER = 1 << 16;

  private static final String[] TYPES = new String[TokenKind.values().length];

  static {
    for (TokenKind k : TokenKind.values()) {
      TYPES[k.ordinal()] = "<" + k.name() + ">";
    }
  }

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final SourceTokenAttribute sourceAtt = addAttribute(SourceTokenAttribute.class);

  private final HindiTokenizer tokenizer;
  private final boolean keepPunctuation;

  private static final TokenKind[] KINDS = TokenKind.values();
  private static final Script[] SCRIPTS = Script.values();

  private char[] buffer = new char[1024];
  private String text;
  /** The kept tokens of {@link #text}: offsets, kind and script ordinals, {@link #count} of them. */
  private int[] starts = new int[256];
  private int[] ends = new int[256];
  private byte[] kinds = new byte[256];
  private byte[] scripts = new byte[256];
  private int count;
  /** Whether {@link #text} has been scanned since the last {@link #reset()}. */
  private boolean scanned;
  private int next;
  private final TokenSink collect = this::collect;
  private boolean readStarted;
  private int charsRead;

  /** Creates a tokenizer with the library's {@link HindiTokenizer#standard()}. */
  public HindiNlpTokenizer() {
    this(HindiTokenizer.standard(), false);
  }

  /**
   * Creates a tokenizer.
   *
   * @param tokenizer the library tokenizer to run (immutable, shareable)
   * @param keepPunctuation whether to emit {@link TokenKind#PUNCTUATION} and {@link
   *     TokenKind#SYMBOL} tokens
   */
  public HindiNlpTokenizer(HindiTokenizer tokenizer, boolean keepPunctuation) {
    this(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, tokenizer, keepPunctuation);
  }

  /**
   * Creates a tokenizer with a custom attribute factory.
   *
   * @param factory the attribute factory
   * @param tokenizer the library tokenizer to run (immutable, shareable)
   * @param keepPunctuation whether to emit {@link TokenKind#PUNCTUATION} and {@link
   *     TokenKind#SYMBOL} tokens
   */
  public HindiNlpTokenizer(
      AttributeFactory factory, HindiTokenizer tokenizer, boolean keepPunctuation) {
    super(factory);
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    this.keepPunctuation = keepPunctuation;
  }

  /**
   * Returns the token type this tokenizer writes for a kind: the kind's name in angle brackets, as
   * {@code <WORD>}, {@code <NUMBER>}, {@code <URL>}.
   *
   * @param kind a token kind
   * @return the type string (always the same instance for a kind)
   */
  public static String typeOf(TokenKind kind) {
    return TYPES[kind.ordinal()];
  }

  /**
   * Tells whether punctuation and symbol tokens are emitted.
   *
   * @return {@code true} if they are kept
   */
  public boolean keepsPunctuation() {
    return keepPunctuation;
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    if (!scanned) {
      readAll();
    }
    if (next >= count) {
      return false;
    }
    int k = next++;
    int start = starts[k];
    int end = ends[k];
    TokenKind kind = KINDS[kinds[k]];
    termAtt.copyBuffer(buffer, start, end - start);
    offsetAtt.setOffset(correctOffset(start), correctOffset(end));
    typeAtt.setType(TYPES[kinds[k]]);
    sourceAtt.set(text, TokenizerAccess.token(text, start, end, kind, SCRIPTS[scripts[k]]));
    return true;
  }

  /** The scan's sink: keeps the token unless it is punctuation or a symbol to drop. */
  private void collect(int start, int end, TokenKind kind, Script script) {
    if (!keepPunctuation && (kind == TokenKind.PUNCTUATION || kind == TokenKind.SYMBOL)) {
      return;
    }
    if (count == starts.length) {
      int cap = count * 2;
      starts = Arrays.copyOf(starts, cap);
      ends = Arrays.copyOf(ends, cap);
      kinds = Arrays.copyOf(kinds, cap);
      scripts = Arrays.copyOf(scripts, cap);
    }
    starts[count] = start;
    ends[count] = end;
    kinds[count] = (byte) kind.ordinal();
    scripts[count] = (byte) script.ordinal();
    count++;
  }

  private void readAll() throws IOException {
    readStarted = true;
    charsRead = 0;
    while (true) {
      if (charsRead == buffer.length) {
        buffer = Arrays.copyOf(buffer, Math.max(charsRead * 2, 1024));
      }
      int n = input.read(buffer, charsRead, buffer.length - charsRead);
      if (n < 0) {
        break;
      }
      charsRead += n;
    }
    text = new String(buffer, 0, charsRead);
    count = 0;
    next = 0;
    tokenizer.scan(text, collect);
    scanned = true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    if (!readStarted) {
      readAll(); // reset() then end() with no incrementToken(): the final offset still counts
    }
    // After a failed read (the Reader threw), the characters read so far.
    int finalOffset = correctOffset(text != null ? text.length() : charsRead);
    offsetAtt.setOffset(finalOffset, finalOffset);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    release();
  }

  @Override
  public void close() throws IOException {
    super.close();
    release();
    if (buffer.length > KEEP_BUFFER) {
      buffer = new char[1024];
    }
    if (starts.length > KEEP_BUFFER) {
      starts = new int[256];
      ends = new int[256];
      kinds = new byte[256];
      scripts = new byte[256];
    }
  }

  private void release() {
    text = null;
    scanned = false;
    count = 0;
    next = 0;
    readStarted = false;
    charsRead = 0;
  }
}
