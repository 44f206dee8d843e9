package org.hindinlp.normalize;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;

/**
 * Per-character flags that drive the normalizer's single scan. Built once from ICU4J's Unicode
 * data (so the Unicode version is ICU's), then read-only.
 *
 * <p>Written by hand rather than with a regular expression or {@code Normalizer2} alone because
 * the normalizer needs, in one pass, NFC's quick-check data together with the Devanagari rules that
 * Unicode normalization does not cover (nukta form, two-part vowels, search folds); see
 * {@code docs/normalization.md}.
 */
final class CharTable {

  static final int CCC_MASK = 0xFF;
  /** NFC may change the character (quick check NO or MAYBE); nukta and nukta letters excluded. */
  static final int NFC = 1 << 8;
  /** Removed at every level: BOM, soft hyphen, bidi controls, word joiner. */
  static final int INVISIBLE = 1 << 9;
  /** A Unicode space other than U+0020 (NBSP, thin space, ZWSP, ...): becomes U+0020. */
  static final int SPACE = 1 << 10;
  /** One of the eleven precomposed nukta letters. */
  static final int NUKTA_LETTER = 1 << 11;
  /** May start a two-part vowel spelling (अ आ उ ए ा). */
  static final int VOWEL_FIRST = 1 << 12;
  /** May end a two-part vowel spelling. */
  static final int VOWEL_SECOND = 1 << 13;
  static final int NUKTA = 1 << 14;
  /** A consonant that has a precomposed nukta form. */
  static final int NUKTA_BASE = 1 << 15;
  static final int CHANDRABINDU = 1 << 16;
  static final int VIRAMA = 1 << 17;
  static final int JOINER = 1 << 18;
  /** A decimal digit other than ASCII 0-9. */
  static final int DIGIT = 1 << 19;
  /** A quote or dash variant folded at the search level. */
  static final int PUNCT_VARIANT = 1 << 20;
  static final int PIPE = 1 << 21;
  /** ङ ञ ण न म: nasal consonants that fold to anusvara before a homorganic stop. */
  static final int NASAL = 1 << 22;
  static final int CONSONANT = 1 << 23;
  static final int CANDRA_VOWEL = 1 << 24;
  static final int LONG_VOWEL = 1 << 25;
  /** Belongs to the cluster of the preceding character (marks, joiners, invisibles). */
  static final int ATTACH = 1 << 26;
  static final int HIGH_SURROGATE = 1 << 27;
  static final int DEVANAGARI = 1 << 28;

  static final char NUKTA_CHAR = '\u093C';
  static final char VIRAMA_CHAR = '\u094D';
  static final char ANUSVARA = '\u0902';
  static final char DANDA = '\u0964';

  static final Normalizer2 NFC_INSTANCE = Normalizer2.getNFCInstance();

  private static final int[] FLAGS = build();

  private CharTable() {}

  static int flags(char c) {
    return FLAGS[c];
  }

  /** Flags of any code point; supplementary ones are computed, not tabled (they are rare). */
  static int flagsOf(int cp) {
    return cp <= 0xFFFF ? FLAGS[cp] : unicodeFlags(cp);
  }

  private static int unicodeFlags(int cp) {
    int f = UCharacter.getCombiningClass(cp) & CCC_MASK;
    if (UCharacter.getIntPropertyValue(cp, UProperty.NFC_QUICK_CHECK) != 1) {
      f |= NFC;
    }
    int type = UCharacter.getType(cp);
    if (!NFC_INSTANCE.hasBoundaryBefore(cp)
        || type == UCharacterCategory.NON_SPACING_MARK
        || type == UCharacterCategory.COMBINING_SPACING_MARK
        || type == UCharacterCategory.ENCLOSING_MARK) {
      f |= ATTACH;
    }
    if (type == UCharacterCategory.DECIMAL_DIGIT_NUMBER && (cp < '0' || cp > '9')) {
      f |= DIGIT;
    }
    if (type == UCharacterCategory.SPACE_SEPARATOR && cp != ' ') {
      f |= SPACE;
    }
    return f;
  }

  private static int[] build() {
    int[] t = new int[0x10000];
    for (int c = 0; c < t.length; c++) {
      t[c] = unicodeFlags(c);
    }
    for (int c = 0xD800; c <= 0xDBFF; c++) {
      t[c] = HIGH_SURROGATE;
    }
    for (int c = 0xDC00; c <= 0xDFFF; c++) {
      t[c] = 0;
    }
    for (int c = 0x0900; c <= 0x097F; c++) {
      t[c] |= DEVANAGARI;
    }
    for (int c = 0xA8E0; c <= 0xA8FF; c++) {
      t[c] |= DEVANAGARI;
    }
    // Consonants, including the precomposed nukta letters and the additional ones.
    for (int c = 0x0915; c <= 0x0939; c++) {
      t[c] |= CONSONANT;
    }
    for (int c = 0x0958; c <= 0x095F; c++) {
      t[c] |= CONSONANT;
    }
    for (int c = 0x0978; c <= 0x097F; c++) {
      t[c] |= CONSONANT;
    }
    // The nukta rules are ours, not NFC's (NFC decomposes क़ but composes ऩ): clear NFC there.
    for (char c : NuktaForms.PRECOMPOSED) {
      t[c] = (t[c] & ~NFC) | NUKTA_LETTER;
    }
    for (char c : NuktaForms.BASES) {
      t[c] |= NUKTA_BASE;
    }
    t[NUKTA_CHAR] = (t[NUKTA_CHAR] & ~NFC) | NUKTA;
    t[VIRAMA_CHAR] |= VIRAMA;
    t['\u0900'] |= CHANDRABINDU;
    t['\u0901'] |= CHANDRABINDU;
    for (char c : new char[] {'\u0919', '\u091E', '\u0923', '\u0928', '\u092E'}) {
      t[c] |= NASAL;
    }
    for (char c : new char[] {'\u0905', '\u0906', '\u0909', '\u090F', '\u093E'}) {
      t[c] |= VOWEL_FIRST;
    }
    for (char c :
        new char[] {
          '\u093E', '\u0941', '\u0945', '\u0946', '\u0947', '\u0948', '\u0949', '\u094A', '\u094B',
          '\u094C'
        }) {
      t[c] |= VOWEL_SECOND;
    }
    for (char c :
        new char[] {
          '\u0945', '\u0946', '\u0949', '\u094A', '\u090D', '\u090E', '\u0911', '\u0912', '\u0972'
        }) {
      t[c] |= CANDRA_VOWEL;
    }
    for (char c :
        new char[] {
          '\u0906', '\u0908', '\u090A', '\u0960', '\u0961', '\u0910', '\u0914', '\u0940', '\u0942',
          '\u0944', '\u0963', '\u0948', '\u094C'
        }) {
      t[c] |= LONG_VOWEL;
    }
    t['\u200C'] |= JOINER | ATTACH;
    t['\u200D'] |= JOINER | ATTACH;
    for (char c :
        new char[] {
          '\u00AD', '\uFEFF', '\uFFFE', '\u2060', '\u2061', '\u2062', '\u2063', '\u2064', '\u200E',
          '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068',
          '\u2069', '\u061C', '\u180E'
        }) {
      t[c] = INVISIBLE | ATTACH;
    }
    t['\u200B'] = SPACE;
    for (char c : PunctuationFolds.VARIANTS) {
      t[c] |= PUNCT_VARIANT;
    }
    t['|'] |= PIPE;
    return t;
  }
}
