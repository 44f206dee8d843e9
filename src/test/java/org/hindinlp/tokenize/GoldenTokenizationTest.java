package org.hindinlp.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hindinlp.testing.Escapes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The cases of {@code src/test/resources/tokenize/golden.tsv}. */
class GoldenTokenizationTest {

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = GoldenTokenizationTest.class.getResourceAsStream("/tokenize/golden.tsv")) {
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int lineNo = 0;
      for (String line : all.split("\n", -1)) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
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
  void tokenizes(int line, String input, String expectedTokens, String expectedKinds) {
    List<Token> tokens = Tokenizer.standard().tokenize(input);
    TokenAssertions.assertCovers(input, tokens);
    String got = tokens.stream().map(Token::text).collect(Collectors.joining(" "));
    assertEquals(
        Escapes.escape(expectedTokens), Escapes.escape(got), "golden.tsv line " + line);
    if (!expectedKinds.isBlank()) {
      String kinds = tokens.stream().map(t -> t.kind().name()).collect(Collectors.joining(" "));
      assertEquals(expectedKinds, kinds, "golden.tsv line " + line);
    }
  }
}
