package org.hindinlp.ner.model;

/**
 * A phonetic skeleton of a token's search form, so that transliteration variants of a name share a
 * key: बेलजियम and बेल्जियम, नॉरवे and नॉर्वे, स्विटजरलैंड and स्विट्ज़रलैंड, फिलिपिन्स and फिलीपींस.
 *
 * <p>Always applied (the {@link #BASE} folds): virama, nukta, anusvara, chandrabindu and visarga
 * dropped; a nasal consonant + virama before a consonant dropped (the anusvara spelling of the same
 * sound); long vowels folded to short (ी → ि, ू → ु, ई → इ, ऊ → उ, ॄ → ृ), candra vowels to plain
 * (ॉ → ो, ॅ → े, ऑ → ओ, ऍ → ए); a doubled consonant (after the virama is dropped) written once.
 * Latin letters are lower-cased and doubled letters written once. Optional folds: {@link #ASPIRATE}
 * (ख → क, घ → ग, … भ → ब), {@link #SIBILANT} (श, ष → स), {@link #DIPHTHONG} (ै → े, ौ → ो, ऐ → ए,
 * औ → ओ), {@link #CANDRA_AA} (ॉ → ा, ऑ → आ instead of ो, ओ). Immutable and thread-safe.
 */
final class SkeletonKey {

  /** No optional fold. */
  static final int BASE = 0;

  /** Aspirated stops to unaspirated (ख → क, घ → ग, छ → च, झ → ज, ठ → ट, ढ → ड, थ → त, ध → द, फ → प, भ → ब). */
  static final int ASPIRATE = 1;

  /** श and ष → स. */
  static final int SIBILANT = 2;

  /** ै → े, ौ → ो, ऐ → ए, औ → ओ. */
  static final int DIPHTHONG = 4;

  /** Candra O to long A instead of O: ॉ → ा, ऑ → आ (ऑस्ट्रेलिया = आस्ट्रेलिया, नॉर्वे = नार्वे). */
  static final int CANDRA_AA = 8;

  private final int folds;

  SkeletonKey(int folds) {
    this.folds = folds;
  }

  int folds() {
    return folds;
  }

  private static boolean consonant(char c) {
    return (c >= 0x0915 && c <= 0x0939) || (c >= 0x0958 && c <= 0x095F) || c == 0x0979 || c == 0x097A
        || (c >= 0x097B && c <= 0x097F);
  }

  private static boolean nasal(char c) {
    return c == 'ङ' || c == 'ञ' || c == 'ण' || c == 'न' || c == 'म';
  }

  /** The skeleton of one token (a search form; any string is accepted). */
  String of(String token) {
    StringBuilder sb = new StringBuilder(token.length());
    char last = 0;
    int n = token.length();
    for (int i = 0; i < n; i++) {
      char c = token.charAt(i);
      char m;
      switch (c) {
        case '\u093C', '\u0901', '\u0902', '\u0903', '\u094D' -> {
          continue; // nukta, chandrabindu, anusvara, visarga, virama
        }
        case 'ी' -> m = 'ि';
        case 'ू' -> m = 'ु';
        case 'ई' -> m = 'इ';
        case 'ऊ' -> m = 'उ';
        case 'ॄ' -> m = 'ृ';
        case 'ॉ' -> m = (folds & CANDRA_AA) != 0 ? 'ा' : 'ो';
        case 'ॅ' -> m = 'े';
        case 'ऑ' -> m = (folds & CANDRA_AA) != 0 ? 'आ' : 'ओ';
        case 'ऍ' -> m = 'ए';
        default -> m = fold(Character.toLowerCase(c));
      }
      if (nasal(c) && i + 2 < n && token.charAt(i + 1) == '\u094D' && consonant(token.charAt(i + 2))) {
        i++; // nasal + virama before a consonant: the anusvara spelling, dropped as the anusvara
        continue;
      }
      if (m == last && (consonant(m) || Character.isLetter(m) && m < 0x0900)) {
        continue; // doubled consonant or Latin letter
      }
      sb.append(m);
      last = m;
    }
    return sb.toString();
  }

  private char fold(char c) {
    if ((folds & ASPIRATE) != 0) {
      switch (c) {
        case 'ख': return 'क';
        case 'घ': return 'ग';
        case 'छ': return 'च';
        case 'झ': return 'ज';
        case 'ठ': return 'ट';
        case 'ढ': return 'ड';
        case 'थ': return 'त';
        case 'ध': return 'द';
        case 'फ': return 'प';
        case 'भ': return 'ब';
        default: break;
      }
    }
    if ((folds & SIBILANT) != 0 && (c == 'श' || c == 'ष')) {
      return 'स';
    }
    if ((folds & DIPHTHONG) != 0) {
      switch (c) {
        case 'ै': return 'े';
        case 'ौ': return 'ो';
        case 'ऐ': return 'ए';
        case 'औ': return 'ओ';
        default: break;
      }
    }
    return c;
  }
}
