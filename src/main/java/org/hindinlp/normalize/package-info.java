/**
 * Devanagari normalization with offset alignment.
 *
 * <p>{@link org.hindinlp.normalize.DevanagariNormalizer} has two presets that must not be mixed
 * up: {@code canonical()} (lossless in meaning: for display, entity tagging and dictionary keys)
 * and {@code search()} (lossy folding: for indexing and loose matching). Every result is a
 * {@link org.hindinlp.normalize.NormalizedText} whose {@link org.hindinlp.normalize.Alignment} maps
 * spans of the normalized text back to the exact span of the caller's original string.
 *
 * <p>Thread safety: normalizers, results and alignments are immutable and may be shared freely
 * between threads; builders are not thread-safe.
 */
package org.hindinlp.normalize;
