package org.hindinlp.robust;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Hostile text for property tests: words that the tagger and its rules know (so that list, rule and
 * linking code runs), mixed with single characters of every kind that breaks naive code:
 * Devanagari letters and combining marks (also with nothing to attach to), nukta forms, joiners,
 * Latin, ASCII and Devanagari digits, punctuation and dandas, supplementary characters (emoji,
 * skin tones, flags), unpaired high and low surrogates, C0/C1 controls, BOM, line and paragraph
 * separators, and any char at all.
 */
final class RandomText {

  private RandomText() {}

  /** Words and phrases the lists and rules react to. */
  static final List<String> WORDS =
      List.of(
          "भारत", "भारतीय", "केसीएनए", "KCNA", "डीपीआरके", "उत्तर कोरिया", "किम जोंग उन", "किम",
          "राष्ट्रपति", "प्रधानमंत्री", "मंत्री", "प्रवक्ता", "डॉ.", "श्री", "महात्मा गांधी", "ने", "के अनुसार",
          "के मुताबिक", "ने बताया", "समाचार एजेंसी", "(भाषा)", "भाषा", "(पीटीआई)", "मौसम विज्ञान विभाग",
          "असम राज्य आपदा प्रबंधन प्राधिकरण", "सेना", "पार्टी", "दिल्ली", "मुंबई", "असम", "गुवाहाटी",
          "रमेश चंद्र मिश्रा", "मिश्रा", "यूएन", "एनडीटीवी", "U.N.", "Dr.", "https://x.org/a?b=1",
          "a.b@c.co.in", "#भारत", "@पीएमओ", "1,20,000", "26.01.1950", "₹500", "8वीं", "ज़मीन",
          "ज\u093Cमीन", "हिन्दी", "चाँद", "क्\u200Dष", "कि\u200Cताब", "👨\u200D👩\u200D👧", "👍🏽", "🇮🇳",
          "।", "॥", "?", "!", ".", "...", "\n", "\n\n", " ", "  ", "\t", "\r\n");

  /** Single characters of every troublesome kind. */
  static final String CHARS =
      "कखगचजटडतदनपबमयरलवशसहअआइउएओ"
          + "ािीुूेैोौ्ंँः़ॅॉ\u0951\u0952\u1CD0\uA8E0" // matras, virama, nukta, vedic marks
          + "\u0958\u095B\u0929\u0931\u0934" // precomposed nukta letters
          + "\u200C\u200D\u00AD\u200B\uFEFF\u2060\u200E\u200F\u034F" // joiners and invisibles
          + "abcXYZéß0123456789०१२९"
          + ".,;:!?।॥|-—/\"'“”‘’()[]@#%$₹*_&=+~"
          + " \t\n\r\u00A0\u2028\u2029\u3000\u0085"
          + "\u0000\u0001\u0007\u001B\u001F\u007F\u0080\u009F"
          + "\uD800\uDBFF\uDC00\uDFFF"; // unpaired surrogates

  /** Supplementary characters, as surrogate pairs. */
  static final List<String> SUPPLEMENTARY =
      List.of("😀", "🏽", "🇮", "𝐀", "𐀀", "\uDBFF\uDFFF", "\uD83D\uDC4D", "𑂃"); // emoji, math, Kaithi

  static Arbitrary<String> piece() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.of(WORDS)),
        net.jqwik.api.Tuple.of(5, Arbitraries.of(CHARS.toCharArray()).map(String::valueOf)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(SUPPLEMENTARY)),
        net.jqwik.api.Tuple.of(1, Arbitraries.chars().map(String::valueOf)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(CHARS.toCharArray()).map(c -> String.valueOf(c).repeat(8))));
  }

  /** Texts of up to {@code maxPieces} pieces. */
  static Arbitrary<String> texts(int maxPieces) {
    return piece().list().ofMaxSize(maxPieces).map(l -> String.join("", l));
  }
}
