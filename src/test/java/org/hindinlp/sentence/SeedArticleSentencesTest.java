package org.hindinlp.sentence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.hindinlp.AnalyzedText;
import org.hindinlp.HindiNlp;
import org.hindinlp.TextSpan;
import org.hindinlp.testing.SharedData;
import org.hindinlp.tokenize.TokenAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every sentence boundary of the seed article, checked against offsets stored in {@code
 * sentence/seed-article.sentences.tsv} (the article's text is not copied into the repository).
 */
class SeedArticleSentencesTest {

  @Test
  void everyBoundaryOfTheSeedArticle() throws IOException, NoSuchAlgorithmException {
    Path article = SharedData.require("examples/seed-article.txt");
    byte[] bytes = Files.readAllBytes(article);
    String text = new String(bytes, StandardCharsets.UTF_8);
    String sha = "";
    List<String[]> expected = new ArrayList<>();
    try (InputStream in =
        SeedArticleSentencesTest.class.getResourceAsStream("/sentence/seed-article.sentences.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("# sha256 ")) {
          sha = line.substring(9).strip();
        } else if (!line.isBlank() && !line.startsWith("#")) {
          expected.add(line.split("\t"));
        }
      }
    }
    String actualSha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    assertEquals(sha, actualSha, "the seed article changed; re-derive the expected boundaries");

    AnalyzedText a = HindiNlp.standard().analyze(text);
    TokenAssertions.assertCovers(text, a.tokens());
    SentenceAssertions.assertPartition(a.tokens(), a.sentences());
    assertEquals(expected.size(), a.sentences().size(), "number of sentences");
    for (int i = 0; i < expected.size(); i++) {
      String[] e = expected.get(i);
      TextSpan got = a.sentences().get(i).span();
      String msg = "sentence " + (i + 1) + ": " + got.coveredText(text);
      assertEquals(new TextSpan(Integer.parseInt(e[0]), Integer.parseInt(e[1])), got, msg);
      assertEquals(
          Integer.parseInt(e[2].substring(2), 16), (int) text.charAt(got.end() - 1), msg);
    }
  }
}
