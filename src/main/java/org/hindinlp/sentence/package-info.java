/**
 * Sentence splitting for Hindi news text.
 *
 * <p>{@link org.hindinlp.sentence.SentenceSplitter} groups the tokens of a text into {@link
 * org.hindinlp.sentence.Sentence}s (or returns plain spans). Splitters are immutable and
 * thread-safe; results are immutable. No method returns null.
 */
package org.hindinlp.sentence;
