package org.hindinlp.tokenize;

/** What a {@link Token} is. An enum: immutable and thread-safe. */
public enum TokenKind {
  /** A word in any script, including abbreviations that keep their dot ({@code डॉ.}, {@code U.N.}). */
  WORD,
  /**
   * A number: digits of any script with Indian or Western grouping, decimals, dates, times, ranges,
   * percentages, and a glued suffix such as {@code 8वीं} or {@code 4G}.
   */
  NUMBER,
  /** Punctuation: danda, double danda, full stop, comma, quotes, brackets, dashes and the like. */
  PUNCTUATION,
  /** A symbol that is not an emoji: {@code |}, {@code +}, {@code ©}, a currency sign. */
  SYMBOL,
  /** A web address starting with a scheme or {@code www.}, or a bare domain such as {@code ndtv.com}. */
  URL,
  /** An e-mail address. */
  EMAIL,
  /** A hashtag: {@code #} followed by letters, digits or underscores of any script. */
  HASHTAG,
  /** A mention: {@code @} followed by letters, digits or underscores of any script. */
  MENTION,
  /** An emoji, including modifier, keycap, flag and ZWJ sequences. */
  EMOJI,
  /**
   * Anything else: unassigned or private-use characters, unpaired surrogates, or combining marks with
   * no base character to attach to.
   */
  OTHER
}
