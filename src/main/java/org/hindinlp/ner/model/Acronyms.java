package org.hindinlp.ner.model;

import java.util.Map;

/** Decodes Devanagari spellings of Latin letter names: केसीएनए → KCNA, डीपीआरके → DPRK. */
final class Acronyms {

  private static final Map<String, Character> LETTERS =
      Map.ofEntries(
          Map.entry("ए", 'A'),
          Map.entry("बी", 'B'),
          Map.entry("सी", 'C'),
          Map.entry("डी", 'D'),
          Map.entry("ई", 'E'),
          Map.entry("एफ", 'F'),
          Map.entry("जी", 'G'),
          Map.entry("एच", 'H'),
          Map.entry("आई", 'I'),
          Map.entry("जे", 'J'),
          Map.entry("के", 'K'),
          Map.entry("एल", 'L'),
          Map.entry("एम", 'M'),
          Map.entry("एन", 'N'),
          Map.entry("ओ", 'O'),
          Map.entry("पी", 'P'),
          Map.entry("क्यू", 'Q'),
          Map.entry("आर", 'R'),
          Map.entry("एस", 'S'),
          Map.entry("टी", 'T'),
          Map.entry("यू", 'U'),
          Map.entry("वी", 'V'),
          Map.entry("डब्ल्यू", 'W'),
          Map.entry("डब्लू", 'W'),
          Map.entry("एक्स", 'X'),
          Map.entry("वाई", 'Y'),
          Map.entry("वाय", 'Y'),
          Map.entry("जेड", 'Z'));

  private static final int MAX_NAME = 7;

  private Acronyms() {}

  /**
   * The Latin letters if the whole token is a sequence of at least two letter names, else null.
   * Ambiguous segmentations take the longest letter name first, backtracking where needed.
   */
  static String decode(String token) {
    int n = token.length();
    if (n < 2 || n > 40) {
      return null;
    }
    // best[i]: letters for token[i..n), or null if not decodable.
    String[] best = new String[n + 1];
    best[n] = "";
    for (int i = n - 1; i >= 0; i--) {
      for (int len = Math.min(MAX_NAME, n - i); len >= 1; len--) {
        Character c = LETTERS.get(token.substring(i, i + len));
        if (c != null && best[i + len] != null) {
          best[i] = c + best[i + len];
          break;
        }
      }
    }
    return best[0] != null && best[0].length() >= 2 ? best[0] : null;
  }
}
