package org.hindinlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hindinlp.normalize.DevanagariNormalizer;
import org.hindinlp.sentence.Sentence;
import org.hindinlp.sentence.SentenceAssertions;
import org.hindinlp.sentence.SentenceSplitter;
import org.hindinlp.tokenize.Token;
import org.hindinlp.tokenize.TokenAssertions;
import org.hindinlp.tokenize.HindiTokenizer;
import org.junit.jupiter.api.Test;

class HindiNlpTest {

  @Test
  void analyzeReturnsNormalizedTextTokensAndSentences() {
    String s = "डॉ. शर्मा ने \u0958िताब पढ़ी।\u00A0KCNA-की खबर? हाँ!";
    AnalyzedText a = HindiNlp.standard().analyze(s);
    assertSame(s, a.original());
    assertEquals(s, a.normalized().original());
    assertTrue(a.normalized().isChanged(), "nukta letter and NBSP are normalized");
    TokenAssertions.assertCovers(s, a.tokens());
    SentenceAssertions.assertPartition(a.tokens(), a.sentences());
    assertEquals(3, a.sentences().size());
    Sentence first = a.sentences().get(0);
    assertEquals("डॉ. शर्मा ने \u0958िताब पढ़ी।", a.textOf(first));
    Token book = a.tokensOf(first).get(3);
    assertEquals("\u0958िताब", book.text());
    assertEquals("\u0915\u093Cिताब", book.canonical());
    // the token's span maps into the normalized text, where its canonical form stands
    TextSpan n = a.normalized().toNormalized(book.span());
    assertEquals(book.canonical(), n.coveredText(a.normalized().text()));
    assertThrows(UnsupportedOperationException.class, () -> a.tokens().add(book));
  }

  @Test
  void shortcutsAgreeWithAnalyze() {
    String s = "वह आया। फिर गया|\nनया";
    HindiNlp nlp = HindiNlp.standard();
    AnalyzedText a = nlp.analyze(s);
    assertEquals(a.tokens(), nlp.tokenize(s));
    assertEquals(a.sentences().stream().map(Sentence::span).toList(), nlp.sentences(s));
    assertEquals(3, nlp.sentences(s).size());
  }

  @Test
  void builderWiresTheComponents() {
    HindiTokenizer keep = HindiTokenizer.builder().keepCompounds(true).build();
    SentenceSplitter pipe = SentenceSplitter.builder().pipeAsDanda(true).build();
    HindiNlp nlp =
        HindiNlp.builder()
            .normalizer(DevanagariNormalizer.search())
            .tokenizer(keep)
            .sentenceSplitter(pipe)
            .build();
    AnalyzedText a = nlp.analyze("रूस-डीपीआरके मित्रता| फिर");
    assertEquals("रूस-डीपीआरके", a.tokens().get(0).text());
    assertEquals(2, a.sentences().size());
    assertSame(keep, nlp.tokenizer());
    assertSame(pipe, nlp.sentenceSplitter());
    assertSame(DevanagariNormalizer.search(), nlp.normalizer());
  }

  @Test
  void emptyAndBadInput() {
    AnalyzedText a = HindiNlp.standard().analyze("");
    assertEquals(List.of(), a.tokens());
    assertEquals(List.of(), a.sentences());
    String bad = "\uD800\u0000\u093E\u200D\uDC00 ";
    AnalyzedText b = HindiNlp.standard().analyze(bad);
    TokenAssertions.assertCovers(bad, b.tokens());
    SentenceAssertions.assertPartition(b.tokens(), b.sentences());
  }

  @Test
  void oneEngineFromEightThreads() throws Exception {
    HindiNlp nlp = HindiNlp.standard();
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      inputs.add("पुतिन ने कहा, \"" + i + " बार!\" बोले किम। KCNA-की खबर.\nशीर्षक " + i);
    }
    List<AnalyzedText> expected = inputs.stream().map(nlp::analyze).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<AnalyzedText>>> futures = new ArrayList<>();
      for (int k = 0; k < 8; k++) {
        futures.add(pool.submit(() -> inputs.stream().map(nlp::analyze).toList()));
      }
      for (Future<List<AnalyzedText>> f : futures) {
        List<AnalyzedText> got = f.get();
        for (int i = 0; i < got.size(); i++) {
          assertEquals(expected.get(i).tokens(), got.get(i).tokens());
          assertEquals(expected.get(i).sentences(), got.get(i).sentences());
          assertEquals(expected.get(i).normalized().text(), got.get(i).normalized().text());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
