package org.hindinlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hindinlp.normalize.DevanagariNormalizer;
import org.hindinlp.sentence.SentenceAssertions;
import org.hindinlp.testing.Escapes;
import org.hindinlp.tokenize.HindiTokenizer;
import org.hindinlp.tokenize.Token;
import org.hindinlp.tokenize.TokenAssertions;

/** The parts of one {@link HindiNlp#analyze(String)} result agree with each other. */
class AnalyzePropertiesTest {

  private static final String ALPHABET =
      "कखगजडढनरलवसह" + "अआएओ" + "ािीुेैोौ्ंँः़ॅॉ" + "\u0958\u095B\u095C\u0929"
          + "\u200C\u200D\u00AD\u200B\uFEFF\u2060" + "aZ09०९" + ".,!?।॥|-\"'“”()@#%"
          + "  \n\u00A0\u2009\u0000\uD800";

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(80);
  }

  @Property(tries = 1500)
  void tokenSpansMapToTheirCanonicalFormInTheNormalizedText(@ForAll("texts") String s) {
    AnalyzedText a = HindiNlp.standard().analyze(s);
    TokenAssertions.assertCovers(s, a.tokens());
    SentenceAssertions.assertPartition(a.tokens(), a.sentences());
    List<Token> ts = a.tokens();
    for (int k = 0; k < ts.size(); k++) {
      Token t = ts.get(k);
      Token prev = k > 0 ? ts.get(k - 1) : null;
      Token next = k + 1 < ts.size() ? ts.get(k + 1) : null;
      if (!cleanStart(s, t, prev) || (next != null && !cleanStart(s, next, t))) {
        continue;
      }
      TextSpan n = a.normalized().toNormalized(t.span());
      assertEquals(
          Escapes.escape(t.canonical()),
          Escapes.escape(n.coveredText(a.normalized().text())),
          () -> "token " + Escapes.escape(t.text()) + " " + t.span() + " in " + Escapes.escape(s));
    }
  }

  /**
   * {@code analyze} takes the tokens' canonical forms from the normalization of the whole text rather
   * than normalizing each token: the result must be exactly the definition, {@code
   * canonical().normalizeToString(text)}, the very {@code text} instance when that changes nothing,
   * and the same tokens as {@link org.hindinlp.tokenize.HindiTokenizer#tokenize}.
   */
  @Property(tries = 3000)
  void canonicalFormsAreThoseOfEachTokenOnItsOwn(@ForAll("texts") String s) {
    DevanagariNormalizer canonical = DevanagariNormalizer.canonical();
    List<Token> ts = HindiNlp.standard().analyze(s).tokens();
    for (Token t : ts) {
      String want = canonical.normalizeToString(t.text());
      assertEquals(
          Escapes.escape(want),
          Escapes.escape(t.canonical()),
          () -> "token " + Escapes.escape(t.text()) + " " + t.span() + " in " + Escapes.escape(s));
      if (want.equals(t.text())) {
        assertSame(t.text(), t.canonical());
      }
    }
    assertEquals(HindiTokenizer.standard().tokenize(s), ts);
  }

  /**
   * Found by the property above: the normalizer drops the U+FEFF, so the joiner after it joins the
   * nukta letter's cluster, which changes; the alignment still maps the token to its letter alone.
   */
  @Example
  void tokenBeforeSkippedInvisibleCharactersMapsToItsOwnCanonicalForm() {
    String s = "\u0958\uFEFF\u200C\u00AD";
    AnalyzedText a = HindiNlp.standard().analyze(s);
    Token t = a.tokens().get(0);
    assertEquals(new TextSpan(0, 1), t.span());
    assertEquals("\u0915\u093C", t.canonical());
    assertEquals(new TextSpan(0, 2), a.normalized().toNormalized(t.span()));
    assertEquals(new TextSpan(2, 3), a.normalized().toNormalized(new TextSpan(1, 4)));
  }

  /**
   * Whether the token starts where the normalizer starts a cluster too. Not so for marks without a
   * base (at the start of the text or after a separator), for a token right after an invisible
   * character the tokenizer skipped, or after a stray virama outside a word (the normalizer joins
   * it with the next consonant): there the normalizer's cluster spans the token boundary and the
   * alignment can only map the whole cluster.
   */
  private static boolean cleanStart(String s, Token t, Token prev) {
    int type = Character.getType(s.charAt(t.start()));
    if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
      return false;
    }
    if (t.start() > 0 && (prev == null || prev.end() != t.start())) {
      char before = s.charAt(t.start() - 1);
      if (Character.getType(before) == Character.FORMAT) {
        return false;
      }
    }
    if (prev != null && prev.end() == t.start()) {
      String x = prev.text();
      int i = x.length() - 1;
      while (i >= 0 && Character.getType(x.charAt(i)) == Character.FORMAT) {
        i--;
      }
      return !(i >= 0 && x.charAt(i) == '\u094D');
    }
    return true;
  }
}
