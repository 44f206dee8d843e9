package org.hindinlp.normalize;

/** Quote and dash variants folded to ASCII at the search level, one character for one. */
final class PunctuationFolds {

  /** Characters folded. */
  static final char[] VARIANTS = {
    // double quotes
    '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB', '\uFF02',
    // single quotes and primes
    '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u2039', '\u203A', '\uFF07', '\u00B4',
    // dashes and minus
    '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63',
    '\uFF0D'
  };

  private PunctuationFolds() {}

  /** The ASCII fold of a variant, or the character itself. */
  static char fold(char c) {
    switch (c) {
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB', '\uFF02':
        return '"';
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u2039', '\u203A', '\uFF07',
          '\u00B4':
        return '\'';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58',
          '\uFE63', '\uFF0D':
        return '-';
      default:
        return c;
    }
  }
}
