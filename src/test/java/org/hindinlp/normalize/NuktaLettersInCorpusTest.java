package org.hindinlp.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.hindinlp.testing.Escapes;
import org.hindinlp.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Every precomposed nukta letter that occurs in the IL-NER Hindi corpus normalizes to the canonical
 * form of its decomposed spelling, and the search form of both agrees.
 */
class NuktaLettersInCorpusTest {

  private static final String PRECOMPOSED = new String(NuktaForms.PRECOMPOSED);

  @Test
  void precomposedNuktaLettersOfIlNerNormalizeLikeTheirDecomposedSpelling() throws IOException {
    Set<String> tokens = new TreeSet<>();
    for (String split : new String[] {"train", "dev", "test"}) {
      Path p = SharedData.require("corpora/il-ner-hi/Hindi-" + split + ".txt");
      for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
        int tab = line.indexOf('\t');
        String token = tab < 0 ? line : line.substring(0, tab);
        if (token.chars().anyMatch(c -> PRECOMPOSED.indexOf(c) >= 0)) {
          tokens.add(token);
        }
      }
    }
    assertTrue(tokens.size() >= 50, "expected many tokens with precomposed nukta letters: " + tokens.size());
    Set<Character> lettersSeen = new TreeSet<>();
    for (String token : tokens) {
      StringBuilder decomposed = new StringBuilder();
      for (char c : token.toCharArray()) {
        char base = NuktaForms.baseOf(c);
        if (base != 0) {
          lettersSeen.add(c);
          decomposed.append(base).append('\u093C');
        } else {
          decomposed.append(c);
        }
      }
      String canonical = DevanagariNormalizer.canonical().normalizeToString(token);
      assertEquals(
          Escapes.escape(DevanagariNormalizer.canonical().normalizeToString(decomposed)),
          Escapes.escape(canonical),
          token);
      assertTrue(canonical.chars().noneMatch(c -> PRECOMPOSED.indexOf(c) >= 0), token);
      assertEquals(
          DevanagariNormalizer.search().normalizeToString(decomposed),
          DevanagariNormalizer.search().normalizeToString(token),
          token);
    }
    assertTrue(lettersSeen.size() >= 4, "letters seen: " + lettersSeen);
  }
}
