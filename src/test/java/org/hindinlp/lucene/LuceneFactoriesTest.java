package org.hindinlp.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.hindinlp.normalize.DevanagariNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SPI factories: lookup by name, parameters, errors, and chains built by name. */
class LuceneFactoriesTest {

  private static Map<String, String> args(String... kv) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  /** Terms, or "term@start-end:type" when {@code detail}. */
  private static List<String> analyze(Analyzer a, String text, boolean detail) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(
            detail
                ? term + "@" + off.startOffset() + "-" + off.endOffset() + ":" + type.type()
                : term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void namesAreRegistered() {
    assertTrue(TokenizerFactory.availableTokenizers().contains("hindiNlp"));
    assertTrue(TokenFilterFactory.availableTokenFilters().contains("devanagariNormalization"));
    assertTrue(TokenFilterFactory.availableTokenFilters().contains("hindiNlpStop"));
    assertSame(HindiNlpStopFilterFactory.class, TokenFilterFactory.lookupClass("hindiNlpStop"));
    assertSame(HindiNlpTokenizerFactory.class, TokenizerFactory.lookupClass("hindiNlp"));
    assertSame(
        DevanagariNormalizationFilterFactory.class,
        TokenFilterFactory.lookupClass("devanagariNormalization"));
    // Lucene's lookup ignores case, as Solr users write names either way.
    assertSame(HindiNlpTokenizerFactory.class, TokenizerFactory.lookupClass("HindiNlp"));
    assertEquals("hindiNlp", TokenizerFactory.findSPIName(HindiNlpTokenizerFactory.class));
    assertEquals(
        "devanagariNormalization",
        TokenFilterFactory.findSPIName(DevanagariNormalizationFilterFactory.class));
  }

  @Test
  void serviceFilesListTheFactories() throws IOException {
    assertEquals(
        HindiNlpTokenizerFactory.class.getName(),
        resource("META-INF/services/org.apache.lucene.analysis.TokenizerFactory"));
    assertEquals(
        DevanagariNormalizationFilterFactory.class.getName()
            + "\n"
            + HindiNlpStopFilterFactory.class.getName()
            + "\n"
            + HindiEntityFilterFactory.class.getName(),
        resource("META-INF/services/org.apache.lucene.analysis.TokenFilterFactory"));
  }

  /** On the module path, the same factories come from module-info's provides clauses. */
  @Test
  void moduleProvidesTheFactories() throws java.net.URISyntaxException {
    // Where the library's classes are: target/classes here, the installed jar in search/lucene10.
    java.nio.file.Path library =
        java.nio.file.Path.of(
            HindiNlpTokenizerFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    java.lang.module.ModuleDescriptor d =
        java.lang.module.ModuleFinder.of(library)
            .find("org.hindinlp")
            .orElseThrow()
            .descriptor();
    Map<String, List<String>> provides = new HashMap<>();
    for (java.lang.module.ModuleDescriptor.Provides p : d.provides()) {
      provides.put(p.service(), p.providers());
    }
    assertEquals(
        List.of(HindiNlpTokenizerFactory.class.getName()),
        provides.get(TokenizerFactory.class.getName()));
    assertEquals(
        List.of(
            DevanagariNormalizationFilterFactory.class.getName(),
            HindiNlpStopFilterFactory.class.getName(),
            HindiEntityFilterFactory.class.getName()),
        provides.get(TokenFilterFactory.class.getName()));
    assertTrue(d.exports().stream().anyMatch(e -> e.source().equals("org.hindinlp.lucene")));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = HindiNlpTokenizer.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }

  @Test
  void customAnalyzerByName() throws IOException {
    try (Analyzer a =
        CustomAnalyzer.builder()
            .withTokenizer("hindiNlp")
            .addTokenFilter("devanagariNormalization", "level", "search")
            .build()) {
      assertEquals(
          List.of("हिंदी@0-6:<WORD>", "जमीन@7-12:<WORD>", "चांद@13-17:<WORD>", "42@18-20:<NUMBER>"),
          analyze(a, "हिन्दी ज़मीन चाँद ४२।", true));
      // CustomAnalyzer.normalize runs the filter too, because the factory says it may.
      assertEquals("हिंदी*", a.normalize("f", "हिन्दी*").utf8ToString());
    }
  }

  @Test
  void stopFilterByNameMatchesNormalizedTerms() throws IOException {
    try (Analyzer a =
        CustomAnalyzer.builder()
            .withTokenizer("hindiNlp")
            .addTokenFilter("lowercase")
            .addTokenFilter("devanagariNormalization", "level", "search")
            .addTokenFilter("hindiNlpStop", "level", "search")
            .build()) {
      // वहाँ is listed with chandrabindu; the search level writes वहां, and the list follows.
      assertEquals(List.of("किम", "जोंग", "उन", "आप"), analyze(a, "किम जोंग उन ने वहाँ कहा कि आप", false));
    }
    try (Analyzer a =
        CustomAnalyzer.builder()
            .withTokenizer("hindiNlp")
            .addTokenFilter("devanagariNormalization", "level", "search", "foldVowelLength", "true")
            .addTokenFilter("hindiNlpStop", "level", "search", "foldVowelLength", "true")
            .build()) {
      // थी folds to थि on both sides.
      assertEquals(List.of("बारिश"), analyze(a, "बारिश थी", false));
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> TokenFilterFactory.forName("hindiNlpStop", args("words", "stopwords.txt")));
  }

  @Test
  void tokenizerParameters() throws IOException {
    try (Analyzer a =
        CustomAnalyzer.builder()
            .withTokenizer("hindiNlp", "keepCompounds", "true", "keepPunctuation", "true")
            .build()) {
      assertEquals(List.of("उत्तर-पूर्व", "भारत", "।"), analyze(a, "उत्तर-पूर्व भारत।", false));
    }
    try (Analyzer a = CustomAnalyzer.builder().withTokenizer("hindiNlp").build()) {
      assertEquals(List.of("उत्तर", "पूर्व", "भारत"), analyze(a, "उत्तर-पूर्व भारत।", false));
    }
  }

  @Test
  void defaultLevelIsSearch() {
    assertEquals(
        DevanagariNormalizer.search(), new DevanagariNormalizationFilterFactory(args()).normalizer());
    assertEquals(
        DevanagariNormalizer.canonical(),
        new DevanagariNormalizationFilterFactory(args("level", "canonical")).normalizer());
    assertEquals(
        DevanagariNormalizer.canonical(),
        new DevanagariNormalizationFilterFactory(args("level", "CANONICAL")).normalizer());
  }

  /** Each switch is a parameter and overrides the preset. */
  @ParameterizedTest
  @CsvSource({
    "removeNukta, canonical, true, ज़मीन, जमीन",
    "removeNukta, search, false, ज़मीन, ज\u093Cमीन",
    "chandrabinduToAnusvara, canonical, true, चाँद, चांद",
    "nasalToAnusvara, canonical, true, हिन्दी, हिंदी",
    "nasalToAnusvara, search, false, हिन्दी, हिन्दी",
    "removeJoiners, canonical, true, क्\u200Dष, क्ष",
    "asciiDigits, canonical, true, ४२, 42",
    "asciiDigits, search, false, ४२, ४२",
    "foldCandraVowels, search, true, डॉक्टर, डोक्टर",
    "foldVowelLength, search, true, दीन, दिन",
    "removeVirama, search, true, प्योंगयांग, पयोंगयांग",
  })
  void eachSwitchIsAParameter(String name, String level, String value, String in, String out)
      throws IOException {
    try (Analyzer a =
        CustomAnalyzer.builder()
            .withTokenizer("hindiNlp")
            .addTokenFilter("devanagariNormalization", "level", level, name, value)
            .build()) {
      assertEquals(List.of(out), analyze(a, in, false));
    }
  }

  @Test
  void punctuationSwitchesOnPunctuationTokens() throws IOException {
    try (Analyzer a =
        CustomAnalyzer.builder()
            .withTokenizer("hindiNlp", "keepPunctuation", "true")
            .addTokenFilter(
                "devanagariNormalization", "level", "canonical", "foldPunctuation", "true")
            .build()) {
      assertEquals(List.of("\"", "हाँ", "\""), analyze(a, "“हाँ”", false));
    }
    DevanagariNormalizer pipe =
        new DevanagariNormalizationFilterFactory(args("pipeAsDanda", "true")).normalizer();
    assertEquals(DevanagariNormalizer.builder(DevanagariNormalizer.Level.SEARCH).pipeAsDanda(true).build(), pipe);
  }

  @Test
  void nuktaForm() {
    DevanagariNormalizer n =
        new DevanagariNormalizationFilterFactory(
                args("level", "canonical", "nuktaForm", "composed"))
            .normalizer();
    assertEquals("\u095B", n.normalizeToString("ज\u093C"));
  }

  @Test
  void unknownParametersAreErrors() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TokenFilterFactory.forName("devanagariNormalization", args("levl", "search")));
    assertTrue(e.getMessage().contains("Unknown parameters"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TokenizerFactory.forName("hindiNlp", args("keepCompound", "true")));
    assertTrue(e.getMessage().contains("Unknown parameters"), e.getMessage());
  }

  @Test
  void malformedValuesAreErrors() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new DevanagariNormalizationFilterFactory(args("level", "lossy")));
    assertThrows(
        IllegalArgumentException.class,
        () -> new DevanagariNormalizationFilterFactory(args("nuktaForm", "precomposed")));
    // Contradictory switches: a composed nukta form while the nukta is removed.
    assertThrows(
        IllegalArgumentException.class,
        () -> new DevanagariNormalizationFilterFactory(args("nuktaForm", "composed")));
  }

  @Test
  void booleansAreStrict() {
    assertThrows(
        IllegalArgumentException.class,
        () -> TokenizerFactory.forName("hindiNlp", args("keepCompounds", "yes")));
    assertThrows(
        IllegalArgumentException.class,
        () -> new DevanagariNormalizationFilterFactory(args("removeNukta", "1")));
  }

  @Test
  void serviceLoaderConstructorsRefuse() {
    assertThrows(UnsupportedOperationException.class, HindiNlpStopFilterFactory::new);
    assertThrows(UnsupportedOperationException.class, HindiNlpTokenizerFactory::new);
    assertThrows(UnsupportedOperationException.class, DevanagariNormalizationFilterFactory::new);
  }

  @Test
  void factoryTypes() {
    assertInstanceOf(
        HindiNlpTokenizer.class,
        TokenizerFactory.forName("hindiNlp", args()).create());
    assertFalse(
        ((HindiNlpTokenizer) TokenizerFactory.forName("hindiNlp", args()).create())
            .keepsPunctuation());
  }
}
