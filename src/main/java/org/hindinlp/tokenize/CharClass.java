package org.hindinlp.tokenize;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * The character classes the scanner works with: one byte per BMP character, computed once at class
 * initialization, plus a slow path for supplementary code points.
 *
 * <p>ICU4J is used only here and only for the {@code Extended_Pictographic} property (emoji),
 * which JDK 17 does not expose; everything else comes from {@link Character}.
 */
final class CharClass {

  /** Separators between tokens: whitespace, line breaks, controls, ZWSP, BOM. */
  static final byte GAP = 0;
  /** A Devanagari letter (consonant, independent vowel, avagraha, om). */
  static final byte DEVA = 1;
  /** A Latin letter. */
  static final byte LATIN = 2;
  /** A letter of another script. */
  static final byte LETTER = 3;
  /** A combining mark (vowel sign, virama, nukta, anusvara, ...); also the abbreviation sign ॰. */
  static final byte MARK = 4;
  /** An invisible format character that stays inside a word: ZWJ, ZWNJ, soft hyphen, WJ, LRM. */
  static final byte JOINER = 5;
  /** A decimal digit of any script. */
  static final byte DIGIT = 6;
  /** Punctuation (Unicode P*). */
  static final byte PUNCT = 7;
  /** A symbol (Sm, Sk, So, No) that is not an emoji. */
  static final byte SYMBOL = 8;
  /** A currency sign (Sc). */
  static final byte CURRENCY = 9;
  /** An emoji (Extended_Pictographic, or a regional indicator). */
  static final byte EMOJI = 10;
  /** A high surrogate: look at the code point. */
  static final byte HIGH = 11;
  /** A lone low surrogate, or an unassigned / private-use character. */
  static final byte OTHER = 12;

  private static final byte[] TABLE = new byte[0x10000];

  static {
    for (int c = 0; c < 0x10000; c++) {
      TABLE[c] = compute(c);
    }
  }

  private CharClass() {}

  /** The class of a BMP character (surrogates give HIGH or OTHER). */
  static byte of(char c) {
    return TABLE[c];
  }

  /** The class of any code point (never HIGH). */
  static byte ofCodePoint(int cp) {
    if (cp < 0x10000) {
      byte b = TABLE[cp];
      return b == HIGH ? OTHER : b;
    }
    return compute(cp);
  }

  static boolean isLetter(byte cls) {
    return cls == DEVA || cls == LATIN || cls == LETTER;
  }

  /** Characters of the Devanagari blocks (including danda, digits, Devanagari Extended). */
  static boolean isDevanagariBlock(char c) {
    return (c >= 0x0900 && c <= 0x097F) || (c >= 0xA8E0 && c <= 0xA8FF);
  }

  private static byte compute(int cp) {
    if (cp == 0x200D || cp == 0x200C || cp == 0x00AD || cp == 0x2060 || cp == 0x200E || cp == 0x200F) {
      return JOINER;
    }
    if (cp == 0x200B || cp == 0xFEFF) {
      return GAP;
    }
    if (cp == 0x0970) { // DEVANAGARI ABBREVIATION SIGN: stays with its word, like a dot would
      return MARK;
    }
    if (cp >= 0x1F1E6 && cp <= 0x1F1FF) {
      return EMOJI;
    }
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
      return GAP;
    }
    int type = Character.getType(cp);
    switch (type) {
      case Character.CONTROL:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
        return GAP;
      case Character.FORMAT:
        return JOINER;
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
      case Character.LETTER_NUMBER:
        {
          Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
          if (sc == Character.UnicodeScript.DEVANAGARI) {
            return DEVA;
          }
          if (sc == Character.UnicodeScript.LATIN) {
            return LATIN;
          }
          return LETTER;
        }
      case Character.NON_SPACING_MARK:
      case Character.COMBINING_SPACING_MARK:
      case Character.ENCLOSING_MARK:
        return MARK;
      case Character.DECIMAL_DIGIT_NUMBER:
        return DIGIT;
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return PUNCT;
      case Character.CURRENCY_SYMBOL:
        return CURRENCY;
      case Character.MATH_SYMBOL:
      case Character.MODIFIER_SYMBOL:
      case Character.OTHER_SYMBOL:
      case Character.OTHER_NUMBER:
        if (cp >= 0x2300 && UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC)) {
          return EMOJI;
        }
        return SYMBOL;
      case Character.SURROGATE:
        return cp <= 0xDBFF ? HIGH : OTHER;
      default:
        return OTHER;
    }
  }
}
