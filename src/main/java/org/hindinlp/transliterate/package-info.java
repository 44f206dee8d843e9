/**
 * Latin → Devanagari transliteration of names, with n-best output.
 *
 * <p>{@link org.hindinlp.transliterate.NameTransliterator#standard()} gives the shipped model, a
 * joint-sequence (grapheme-pair n-gram) model trained by this project on permissively licensed
 * name pairs (CLDR, Wikidata, Indian states and districts, cricket players, the project's own
 * lists). It proposes the Devanagari spellings under which an English or Latin name such as
 * {@code Keir Starmer} or {@code Ontario} appears in Hindi text ({@code कीर स्टार्मर}, {@code
 * ओंटारियो}). See {@code docs/transliteration.md} for the figures and how to rebuild the model.
 */
package org.hindinlp.transliterate;
