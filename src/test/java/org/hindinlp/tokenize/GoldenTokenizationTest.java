package org.hindinlp.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hindinlp.testing.Escapes;
import org.hindinlp.testing.GoldenFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The cases of {@code src/test/resources/tokenize/golden.tsv}. */
class GoldenTokenizationTest {

  static Stream<Arguments> cases() {
    return GoldenFile.read("/tokenize/golden.tsv", 2).stream()
        .map(r -> Arguments.of(r.line(), r.unescaped(0), r.unescaped(1), r.col(2)));
  }

  @ParameterizedTest(name = "line {0}: {1}")
  @MethodSource("cases")
  void tokenizes(int line, String input, String expectedTokens, String expectedKinds) {
    List<Token> tokens = HindiTokenizer.standard().tokenize(input);
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
