package org.hindinlp.tokenize;

/** The writing system of a {@link Token}. An enum: immutable and thread-safe. */
public enum Script {
  /**
   * The token contains a Devanagari character (letters, signs, digits, danda). Digits with a glued
   * Devanagari suffix ({@code 8वीं}) count as Devanagari.
   */
  DEVANAGARI,
  /** The token contains a Latin letter and no Devanagari character. */
  LATIN,
  /** Neither: ASCII digits, most punctuation and symbols, emoji, other scripts. */
  OTHER
}
