package org.hindinlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hindinlp.internal.Json;
import org.hindinlp.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The seed article against its gold entities: exact typed spans. Read from ../shared (never
 * copied into the repo).
 */
class SeedArticleTest {

  record Gold(int start, int end, String type, String text) {}

  static List<Gold> gold() throws IOException, Json.JsonException {
    Path p = SharedData.require("examples/seed-article.gold.json");
    Map<?, ?> doc = (Map<?, ?>) Json.parse(Files.readString(p, StandardCharsets.UTF_8));
    List<Gold> out = new ArrayList<>();
    for (Object o : (List<?>) doc.get("entities")) {
      Map<?, ?> e = (Map<?, ?>) o;
      out.add(
          new Gold(
              ((Long) e.get("start")).intValue(),
              ((Long) e.get("end")).intValue(),
              (String) e.get("type"),
              (String) e.get("text")));
    }
    return out;
  }

  static String article() throws IOException {
    return Files.readString(SharedData.require("examples/seed-article.txt"), StandardCharsets.UTF_8);
  }

  /** Issue 4's goal for lists and rules alone: recall ≥ 0.90, precision ≥ 0.95. */
  @Test
  void listsAndRulesFindTheSeedArticlesEntities() throws Exception {
    check("lists + rules", EntityTagger.builder().model(false).build(), 0.90, 0.95);
  }

  /** Issue 5's goal for the combined tagger (model, lists, rules): recall and precision ≥ 0.95. */
  @Test
  void theCombinedTaggerFindsTheSeedArticlesEntities() throws Exception {
    check("combined", EntityTagger.standard(), 0.95, 0.95);
  }

  private static void check(String name, EntityTagger tagger, double minRecall, double minPrecision)
      throws Exception {
    String text = article();
    List<Gold> gold = gold();
    for (Gold g : gold) {
      assertEquals(g.text(), text.substring(g.start(), g.end()), "gold offsets");
    }
    List<Entity> found = tagger.tag(text);
    Set<String> goldKeys = new HashSet<>();
    for (Gold g : gold) {
      goldKeys.add(g.start() + ":" + g.end() + ":" + g.type());
    }
    int tp = 0;
    List<String> falsePositives = new ArrayList<>();
    Set<String> foundKeys = new HashSet<>();
    for (Entity e : found) {
      assertEquals(e.text(), text.substring(e.start(), e.end()));
      String k = e.start() + ":" + e.end() + ":" + e.type().name();
      foundKeys.add(k);
      if (goldKeys.contains(k)) {
        tp++;
      } else {
        falsePositives.add(e.type() + " " + e.text() + " " + e.span());
      }
    }
    List<String> missed = new ArrayList<>();
    for (Gold g : gold) {
      if (!foundKeys.contains(g.start() + ":" + g.end() + ":" + g.type())) {
        missed.add(g.type() + " " + g.text() + " [" + g.start() + ", " + g.end() + ")");
      }
    }
    double precision = found.isEmpty() ? 0 : (double) tp / found.size();
    double recall = (double) tp / gold.size();
    String report =
        String.format(
            "P=%.3f R=%.3f (tp=%d, found=%d, gold=%d)%nmissed: %s%nfalse positives: %s",
            precision, recall, tp, found.size(), gold.size(), missed, falsePositives);
    System.out.println("Seed article, " + name + ": " + report);
    assertTrue(recall >= minRecall, report);
    assertTrue(precision >= minPrecision, report);
    for (Gold g : gold) {
      if (g.text().equals("केसीएनए") || g.text().equals("डीपीआरके")) {
        assertTrue(foundKeys.contains(g.start() + ":" + g.end() + ":" + g.type()), "every KCNA and DPRK: " + g);
      }
    }
  }
}
