/**
 * Tokenization of Hindi (Devanagari), English and mixed text with exact offsets.
 *
 * <p>{@link org.hindinlp.tokenize.Tokenizer} turns a text into {@link org.hindinlp.tokenize.Token}s,
 * each with its span in the original string, its {@link org.hindinlp.tokenize.TokenKind}, its
 * {@link org.hindinlp.tokenize.Script} and its canonical form. Tokenizers are immutable and
 * thread-safe; results are immutable. No method returns null.
 */
package org.hindinlp.tokenize;
