package org.hindinlp.eval;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Inter-annotator agreement on the news development set: the second annotation pass scored against
 * the first (exact spans and types; F1 is symmetric), per type and micro, and with {@code diff} the
 * mentions the two passes annotate differently. From the repository root:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.hindinlp.eval.NewsDevAgreement [pass1 pass2] [diff]
 * </pre>
 */
public final class NewsDevAgreement {

  private NewsDevAgreement() {}

  /** Scores {@code b} against {@code a}, article by article (both must hold the same articles). */
  public static NewsDevEvaluation.Counts agreement(
      List<NewsDevSet.Article> a, List<NewsDevSet.Article> b, StringBuilder diff) {
    Map<String, NewsDevSet.Article> byName = new HashMap<>();
    for (NewsDevSet.Article x : b) {
      byName.put(x.name(), x);
    }
    NewsDevEvaluation.Counts counts = new NewsDevEvaluation.Counts();
    for (NewsDevSet.Article x : a) {
      NewsDevSet.Article y = byName.get(x.name());
      if (y == null) {
        continue;
      }
      if (!x.text().equals(y.text())) {
        throw new IllegalArgumentException(x.name() + ": the two passes have different plain texts");
      }
      NewsDevEvaluation.compare(x, x.mentions(), y.mentions(), counts, diff);
    }
    return counts;
  }

  public static void main(String[] args) throws Exception {
    String first = args.length > 1 ? args[0] : "pass1";
    String second = args.length > 1 ? args[1] : "pass2";
    boolean diff = args.length > 0 && args[args.length - 1].equals("diff");
    List<NewsDevSet.Article> a = NewsDevSet.read(NewsDevSet.ROOT.resolve(first));
    List<NewsDevSet.Article> b = NewsDevSet.read(NewsDevSet.ROOT.resolve(second));
    StringBuilder d = diff ? new StringBuilder() : null;
    NewsDevEvaluation.Counts c = agreement(a, b, d);
    System.out.printf("agreement of %s with %s (%d and %d articles), exact spans and types:%n", second, first, a.size(), b.size());
    System.out.print(c.report());
    if (d != null) {
      // FN: in the first pass only; FP: in the second pass only.
      System.out.print(d.toString().replace("\tFN\t", "\tonly-" + first + "\t").replace("\tFP\t", "\tonly-" + second + "\t"));
    }
  }
}
