package org.hindinlp.internal;

/**
 * Decodes acronyms written as Devanagari letter names into Latin letters: केसीएनए → KCNA,
 * डीपीआरके → DPRK, एनडीटीवी → NDTV, यूएन → UN.
 *
 * <p>A token decodes only if it splits entirely into two or more letter names (so the single
 * letters जी or ए, and ordinary words, do not). The split is found by dynamic programming over the
 * token, so every spelling variant in the table combines freely. Input is canonical (NFC, nukta
 * decomposed). Stateless and thread-safe. Shared by the entity lists (matching) and the model
 * (features).
 */
public final class Acronyms {

  /** Letter names, Devanagari spelling to Latin letter; variants included. */
  private static final String[][] NAMES = {
    {"ए", "A"}, {"बी", "B"}, {"सी", "C"}, {"डी", "D"}, {"ई", "E"}, {"एफ", "F"},
    {"एफ़", "F"}, {"एफ\u093C", "F"}, {"जी", "G"}, {"एच", "H"}, {"एछ", "H"}, {"आई", "I"}, {"आय", "I"},
    {"जे", "J"}, {"के", "K"}, {"एल", "L"}, {"एम", "M"}, {"एन", "N"}, {"ओ", "O"}, {"पी", "P"},
    {"क्यू", "Q"}, {"आर", "R"}, {"एस", "S"}, {"टी", "T"}, {"यू", "U"}, {"वी", "V"}, {"व्ही", "V"},
    {"डब्ल्यू", "W"}, {"डबल्यू", "W"}, {"डब्लू", "W"}, {"एक्स", "X"}, {"वाई", "Y"}, {"वाय", "Y"},
    {"ज़ेड", "Z"}, {"ज\u093Cेड", "Z"}, {"जेड", "Z"}, {"ज़ी", "Z"}, {"ज\u093Cी", "Z"}
  };

  private static final int MAX_NAME = 8;
  /** Devanagari characters that occur in some letter name: any other one rules a token out. */
  private static final boolean[] USED = new boolean[0x80];

  /** Letter names by their first character (index: char - U+0900). */
  private static final String[][][] BY_FIRST = new String[0x80][][];

  static {
    java.util.Map<Character, java.util.List<String[]>> m = new java.util.HashMap<>();
    for (String[] name : NAMES) {
      for (char c : name[0].toCharArray()) {
        USED[c - 0x0900] = true;
      }
      m.computeIfAbsent(name[0].charAt(0), k -> new java.util.ArrayList<>()).add(name);
    }
    for (java.util.Map.Entry<Character, java.util.List<String[]>> e : m.entrySet()) {
      BY_FIRST[e.getKey() - 0x0900] = e.getValue().toArray(new String[0][]);
    }
  }
  /** Longest token tried; longer ones are no acronyms. */
  private static final int MAX_TOKEN = 64;

  private Acronyms() {}

  /**
   * Returns the Latin letters of a Devanagari acronym, or {@code null} if the token is not one.
   *
   * @param token a canonical token
   * @return upper-case Latin letters (two or more), or null
   */
  public static String decode(String token) {
    int n = token.length();
    if (n < 2 || n > MAX_TOKEN) {
      return null;
    }
    for (int i = 0; i < n; i++) {
      char c = token.charAt(i);
      if (c < '\u0900' || c > '\u097F' || !USED[c - 0x0900]) {
        return null; // most words fail here, at their first vowel sign or consonant not in a name
      }
    }
    // best[i]: the decoding of token[0, i), or null; ties go to the split with fewer letters.
    String[] best = new String[n + 1];
    best[0] = "";
    for (int i = 0; i < n; i++) {
      if (best[i] == null) {
        continue;
      }
      String[][] names = BY_FIRST[token.charAt(i) - 0x0900];
      if (names == null) {
        continue;
      }
      for (String[] name : names) {
        String d = name[0];
        int end = i + d.length();
        if (end <= n && d.length() <= MAX_NAME && token.startsWith(d, i)) {
          // A vowel sign or virama right after the name means the name ended mid-syllable.
          if (end < n && isDependent(token.charAt(end))) {
            continue;
          }
          String candidate = best[i] + name[1];
          if (best[end] == null || candidate.length() < best[end].length()) {
            best[end] = candidate;
          }
        }
      }
    }
    String out = best[n];
    return out != null && out.length() >= 2 ? out : null;
  }

  private static boolean isDependent(char c) {
    return (c >= '\u093A' && c <= '\u094F') || c == '\u0901' || c == '\u0902' || c == '\u0903';
  }
}
