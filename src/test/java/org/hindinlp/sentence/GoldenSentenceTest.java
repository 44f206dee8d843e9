package org.hindinlp.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hindinlp.TextSpan;
import org.hindinlp.testing.Escapes;
import org.hindinlp.testing.GoldenFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The cases of {@code src/test/resources/sentence/golden.tsv}. */
class GoldenSentenceTest {

  static Stream<Arguments> cases() {
    return GoldenFile.read("/sentence/golden.tsv", 2).stream()
        .map(r -> Arguments.of(r.line(), r.unescaped(0), r.unescaped(1), r.col(2)));
  }

  @ParameterizedTest(name = "line {0}: {1}")
  @MethodSource("cases")
  void splits(int line, String input, String expected, String options) {
    SentenceSplitter splitter =
        SentenceSplitter.builder()
            .pipeAsDanda(options.contains("pipe"))
            .lineBreaksEndSentences(!options.contains("blank-lines-only"))
            .build();
    List<TextSpan> spans = splitter.split(input);
    SentenceAssertions.assertValid(input, spans);
    String got = spans.stream().map(s -> s.coveredText(input)).collect(Collectors.joining("␞"));
    assertEquals(Escapes.escape(expected), Escapes.escape(got), "golden.tsv line " + line);
  }
}
