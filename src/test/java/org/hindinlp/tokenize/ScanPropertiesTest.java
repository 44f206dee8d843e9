package org.hindinlp.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hindinlp.testing.Escapes;

/** {@link HindiTokenizer#scan} reports exactly the spans, kinds and scripts of {@link HindiTokenizer#tokenize}. */
class ScanPropertiesTest {

  private static final String ALPHABET =
      "कखगघङचजञटडणतथदधनपबभमयरलवशषसह"
          + "अआइईउऊएऐओऔ"
          + "ािीुूेैोौ्ंँः़ॅॉ॰"
          + "\u0958\u095B\u0929"
          + "\u200C\u200D\u00AD\u200B\uFEFF"
          + "abcXYZDrUNwhtpscomin0123456789०१२९"
          + ".,;:!?।॥|-—/\"'“”‘’()[]@#%$₹*_&=+~"
          + "  \t\n\r\u00A0\u2028"
          + "\u0000\u0007\u001F\u007F"
          + "\uD83D\uDE00\uD800\uDC00\uDBFF\u2764\uFE0F\u20E3";

  private static final List<String> PIECES =
      List.of(
          "डॉ.", "श्री.", "U.N.", "Dr.", "बी. सी.", "जी. डी.", "1,20,000", "3.5", "26.01.1950", "10:30",
          "5%", "8वीं", "https://example.com/a(b)", "www.x.in", "ndtv.com", "a.b@example.org",
          "#हैशटैग", "@user.name", "रूस-डीपीआरके", "KCNA-की", "कहा।", "\"किम", "👍🏽", "🇮🇳", "👨‍👩‍👧",
          "don't", "...", "?!", " ", "\n\n", "\u0915\u094D\u200D\u0937");

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> chars =
        Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMinLength(0).ofMaxLength(12);
    Arbitrary<String> piece = Arbitraries.of(PIECES);
    return Arbitraries.oneOf(chars, piece).list().ofMaxSize(30).map(l -> String.join("", l));
  }

  private record Reported(int start, int end, TokenKind kind, Script script) {}

  private static List<Reported> scanned(HindiTokenizer tokenizer, CharSequence s) {
    List<Reported> out = new ArrayList<>();
    tokenizer.scan(s, (start, end, kind, script) -> out.add(new Reported(start, end, kind, script)));
    return out;
  }

  private static List<Reported> tokenized(HindiTokenizer tokenizer, CharSequence s) {
    List<Reported> out = new ArrayList<>();
    for (Token t : tokenizer.tokenize(s)) {
      out.add(new Reported(t.start(), t.end(), t.kind(), t.script()));
    }
    return out;
  }

  @Property(tries = 2000)
  void scanReportsTheTokensOfTokenize(@ForAll("texts") String s) {
    HindiTokenizer t = HindiTokenizer.standard();
    assertEquals(tokenized(t, s), scanned(t, s), () -> Escapes.escape(s));
  }

  @Property(tries = 500)
  void sameWithCompoundsKeptAndAbbreviationsAdded(@ForAll("texts") String s) {
    HindiTokenizer t =
        HindiTokenizer.builder().keepCompounds(true).addAbbreviation("ab.").addAbbreviation("कख.").build();
    assertEquals(tokenized(t, s), scanned(t, s), () -> Escapes.escape(s));
  }

  @Property(tries = 200)
  void anyCharSequenceGivesTheSameTokens(@ForAll("texts") String s) {
    HindiTokenizer t = HindiTokenizer.standard();
    assertEquals(tokenized(t, s), scanned(t, new StringBuilder(s)), () -> Escapes.escape(s));
  }

  @Example
  void emptyTextReportsNothing() {
    HindiTokenizer.standard().scan("", (a, b, k, sc) -> {
      throw new AssertionError("no token expected");
    });
  }

  @Example
  void nullArgumentsAreRejected() {
    assertThrows(NullPointerException.class, () -> HindiTokenizer.standard().scan(null, (a, b, k, sc) -> {}));
    assertThrows(NullPointerException.class, () -> HindiTokenizer.standard().scan("x", null));
  }
}
