package org.hindinlp.ner;

import com.ibm.icu.text.Transliterator;

/**
 * Latin transliteration of Devanagari (ISO 15919 style, through ICU4J's {@code Devanagari-Latin}).
 * One shared transliterator: ICU4J's rule-based transliterators are safe to share between threads
 * (they synchronize internally), and we never hand it out or change it.
 */
final class Transliteration {

  private static final Transliterator DEVANAGARI_LATIN = Transliterator.getInstance("Devanagari-Latin");

  private Transliteration() {}

  static String toLatin(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0900' && c <= '\u097F') {
        return DEVANAGARI_LATIN.transliterate(text);
      }
    }
    return text;
  }
}
