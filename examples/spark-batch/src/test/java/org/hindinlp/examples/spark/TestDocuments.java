package org.hindinlp.examples.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Documents for the tests and the throughput run, made at run time from text that is already in
 * the repository or in {@code ../shared}: no corpus text is committed here.
 *
 * <ul>
 *   <li>the paragraphs of the library's example article {@code docs/examples/assam-floods.txt};
 *   <li>the {@code # text} lines of UD Hindi PUD ({@code
 *       ../shared/corpora/ud-hindi-pud/hi_pud-ud-test.conllu}), when present.
 * </ul>
 */
final class TestDocuments {

  private TestDocuments() {}

  /** A document: an id and its text (null for a document without text). */
  record Doc(String id, String text) {}

  /** The paragraphs of the example article. */
  static List<String> articleParagraphs() {
    Path p = Path.of(System.getProperty("hindinlp.example", "../../docs/examples/assam-floods.txt"));
    try {
      return Files.readAllLines(p, StandardCharsets.UTF_8).stream()
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("the example article is needed: " + p, e);
    }
  }

  /** The PUD sentences, or an empty list when ../shared is absent. */
  static List<String> pudSentences() {
    Path p =
        Path.of(System.getProperty("hindinlp.shared", "../../../shared"))
            .resolve("corpora/ud-hindi-pud/hi_pud-ud-test.conllu");
    if (!Files.isReadable(p)) {
      System.err.println("TestDocuments: " + p + " absent; using the example article only");
      return List.of();
    }
    try (Stream<String> lines = Files.lines(p, StandardCharsets.UTF_8)) {
      return lines
          .filter(l -> l.startsWith("# text = "))
          .map(l -> l.substring("# text = ".length()).strip())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code n} synthetic news documents: each joins 1 to 6 paragraphs of the article or PUD sentences
   * drawn with a fixed seed; plus edge cases (empty, null, Latin only, whitespace).
   */
  static List<Doc> synthetic(int n, long seed) {
    List<String> article = articleParagraphs();
    List<String> pud = pudSentences();
    Random r = new Random(seed);
    List<Doc> docs = new ArrayList<>(n + 4);
    for (int i = 0; i < n; i++) {
      int k = 1 + r.nextInt(6);
      StringBuilder sb = new StringBuilder();
      for (int j = 0; j < k; j++) {
        if (j > 0) {
          sb.append(r.nextBoolean() ? "\n\n" : " ");
        }
        // Half from the article (news with many entities), half from PUD (varied sentences).
        List<String> pool = pud.isEmpty() || r.nextBoolean() ? article : pud;
        sb.append(pool.get(r.nextInt(pool.size())));
      }
      docs.add(new Doc(String.format("doc-%05d", i), sb.toString()));
    }
    docs.add(new Doc("edge-empty", ""));
    docs.add(new Doc("edge-null", null));
    docs.add(new Doc("edge-latin", "Reuters reported from New Delhi that the UN and KCNA disagreed."));
    docs.add(new Doc("edge-space", " \n\t "));
    return docs;
  }
}
