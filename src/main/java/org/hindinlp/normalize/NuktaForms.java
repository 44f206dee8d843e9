package org.hindinlp.normalize;

/** The eleven Devanagari consonants with a precomposed nukta form, and their bases. */
final class NuktaForms {

  /** ऩ ऱ ऴ क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़. */
  static final char[] PRECOMPOSED = {
    '\u0929', '\u0931', '\u0934', '\u0958', '\u0959', '\u095A', '\u095B', '\u095C', '\u095D',
    '\u095E', '\u095F'
  };

  /** न र ळ क ख ग ज ड ढ फ य, in the order of {@link #PRECOMPOSED}. */
  static final char[] BASES = {
    '\u0928', '\u0930', '\u0933', '\u0915', '\u0916', '\u0917', '\u091C', '\u0921', '\u0922',
    '\u092B', '\u092F'
  };

  private NuktaForms() {}

  /** The base of a precomposed nukta letter, or 0. */
  static char baseOf(char precomposed) {
    for (int i = 0; i < PRECOMPOSED.length; i++) {
      if (PRECOMPOSED[i] == precomposed) {
        return BASES[i];
      }
    }
    return 0;
  }

  /** The precomposed letter for a base, or 0. */
  static char composedOf(char base) {
    for (int i = 0; i < BASES.length; i++) {
      if (BASES[i] == base) {
        return PRECOMPOSED[i];
      }
    }
    return 0;
  }
}
