package org.hindinlp.ner;

/**
 * The spelling-variant key of a name token: the spellings that Hindi newspapers use for one name
 * share it, so that ट्रंप meets ट्रम्प, ज़ेलेंस्की meets जेलेंस्की, मैक्रों meets मैक्रॉन, वाजपेयी meets
 * बाजपेयी, हिन्दी meets हिंदी, and बी.बी.सी. meets बीबीसी.
 *
 * <p>The folds, in order (documented with their reach and cost in {@code docs/entities.md}):
 *
 * <ul>
 *   <li>nukta and visarga dropped (ज़ → ज, फ़ → फ); a doubled nasal stays a doubled consonant
 *       (मुहम्मद = मुहमद);
 *   <li>anusvara, chandrabindu and a nasal consonant with virama before a consonant all become one
 *       nasal mark, written {@code न} (ट्रंप = ट्रम्प, मैक्रों = मैक्रॉन, चाँद = चांद);
 *   <li>the virama dropped, then a doubled consonant written once (मुहम्मद = मुहमद);
 *   <li>long vowels to short (ी → ि, ू → ु, ई → इ, ऊ → उ), ृ → रि (कृष्ण = क्रिष्ण);
 *   <li>ै → े, ौ → ो, ॉ → ो, ॅ → े and the independent forms alike (ऐ, औ, ऑ, ऍ);
 *   <li>व → ब (वाजपेयी = बाजपेयी);
 *   <li>ये and यी after a vowel or a consonant → ए, इ (गये = गए, नयी = नई);
 *   <li>dots and joiners inside the token dropped; Latin lower-cased.
 * </ul>
 *
 * <p>A list name with ॉ / ऑ is also indexed under the {@code ा} / {@code आ} reading ({@link
 * #alternative}), since Hindi papers write ऑस्ट्रेलिया and आस्ट्रेलिया alike. Pure functions;
 * thread-safe.
 */
final class NameVariantKey {

  private NameVariantKey() {}

  private static boolean consonant(char c) {
    return (c >= 0x0915 && c <= 0x0939) || (c >= 0x0958 && c <= 0x095F) || (c >= 0x0979 && c <= 0x097F);
  }

  private static boolean nasalConsonant(char c) {
    return c == 'ङ' || c == 'ञ' || c == 'ण' || c == 'न' || c == 'म';
  }

  private static boolean vowel(char c) {
    return (c >= 0x0904 && c <= 0x0914) || (c >= 0x093E && c <= 0x094C) || c == 0x0962 || c == 0x0963;
  }

  /**
   * The key of one token (any string is accepted; the canonical or search form of a token is
   * expected).
   */
  static String of(String token) {
    return key(token, false);
  }

  /**
   * The second key of a token with ॉ or ऑ (read as ा, आ), or null when it has neither.
   */
  static String alternative(String token) {
    if (token.indexOf('ॉ') < 0 && token.indexOf('ऑ') < 0) {
      return null;
    }
    return key(token, true);
  }

  private static String key(String token, boolean candraAsAa) {
    int n = token.length();
    StringBuilder sb = new StringBuilder(n);
    char last = 0;
    for (int i = 0; i < n; i++) {
      char c = token.charAt(i);
      char m;
      switch (c) {
        case '\u093C', '\u0903', '\u094D', '.', '\u0970', '\u200C', '\u200D', '\u00AD' -> {
          continue; // nukta, visarga, virama, abbreviation dots, joiners
        }
        case '\u0901', '\u0902' -> m = 'न'; // chandrabindu, anusvara: one nasal mark
        case 'ी' -> m = 'ि';
        case 'ू' -> m = 'ु';
        case 'ई' -> m = 'इ';
        case 'ऊ' -> m = 'उ';
        case 'ै' -> m = 'े';
        case 'ौ' -> m = 'ो';
        case 'ॉ' -> m = candraAsAa ? 'ा' : 'ो';
        case 'ॅ' -> m = 'े';
        case 'ऐ' -> m = 'ए';
        case 'औ' -> m = 'ओ';
        case 'ऑ' -> m = candraAsAa ? 'आ' : 'ओ';
        case 'ऍ' -> m = 'ए';
        case 'व' -> m = 'ब';
        case 'ृ' -> {
          if (last != 'र') {
            sb.append('र');
          }
          sb.append('ि');
          last = 'ि';
          continue;
        }
        default -> m = c < 0x80 ? Character.toLowerCase(c) : c;
      }
      if (nasalConsonant(c) && i + 2 < n && token.charAt(i + 1) == '\u094D' && consonant(token.charAt(i + 2))
          && token.charAt(i + 2) != c) {
        m = 'न'; // a nasal consonant + virama before a consonant: the anusvara's sound
        i++;
      }
      if (c == 'य' && i + 1 < n && i > 0 && (vowel(token.charAt(i - 1)) || consonant(token.charAt(i - 1)))) {
        char next = token.charAt(i + 1);
        if (next == 'े') {
          m = 'ए';
          i++;
        } else if (next == 'ी' || next == 'ि') {
          m = 'इ';
          i++;
        }
      }
      if (m == last && (consonant(m) || (m < 0x80 && Character.isLetter(m)))) {
        continue; // a doubled consonant or Latin letter, written once
      }
      sb.append(m);
      last = m;
    }
    return sb.toString();
  }
}
