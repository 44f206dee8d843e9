package org.hindinlp.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hindinlp.TextSpan;
import org.hindinlp.testing.Escapes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The cases of {@code src/test/resources/sentence/golden.tsv}. */
class GoldenSentenceTest {

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = GoldenSentenceTest.class.getResourceAsStream("/sentence/golden.tsv")) {
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int lineNo = 0;
      for (String line : all.split("\n", -1)) {
        lineNo++;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        out.add(
            Arguments.of(
                lineNo,
                Escapes.unescape(cols[0]),
                Escapes.unescape(cols[1]),
                cols.length > 2 ? cols[2] : ""));
      }
    }
    return out.stream();
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
