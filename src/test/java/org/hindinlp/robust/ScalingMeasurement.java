package org.hindinlp.robust;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.hindinlp.HindiNlp;
import org.hindinlp.ner.EntityTagger;
import org.hindinlp.normalize.DevanagariNormalizer;
import org.hindinlp.sentence.SentenceSplitter;
import org.hindinlp.tokenize.HindiTokenizer;

/**
 * Measures how time and allocation grow with input size (not a test; the figures are in {@code
 * docs/robustness.md}). For each entry point and each input shape, it runs sizes of 1, 2, 4 and 8
 * MB (Java chars), and prints milliseconds per MB, the ratio of each size's time per MB to the
 * 1 MB one (1.0 means linear), and bytes allocated per input char (by the measuring thread, {@code
 * com.sun.management.ThreadMXBean#getThreadAllocatedBytes}). Best of 3 (2 at 4 and 8 MB, 1 for the
 * tagger). Then 50 MB of news through every entry point but the tagger (about 10 s per MB here),
 * and (argument {@code million}) one name repeated a million times through the tagger.
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx6g -cp target/classes:target/test-classes:$(cat target/cp.txt) org.hindinlp.robust.ScalingMeasurement quick|full|fifty|million
 * </pre>
 */
public final class ScalingMeasurement {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private ScalingMeasurement() {}

  /** Input shapes: news text, and the adversarial runs of the issue. */
  static String shape(String name, int chars) throws Exception {
    StringBuilder sb = new StringBuilder(chars + 4096);
    switch (name) {
      case "news" -> {
        String article = Files.readString(Path.of("docs/examples/assam-floods.txt"));
        while (sb.length() < chars) {
          sb.append(article).append("\n\n");
        }
      }
      case "one-token" -> {
        String w = "कखगघचछजझटठडढणतथदधनपफबभमयरलवशषसह";
        while (sb.length() < chars) {
          sb.append(w);
        }
      }
      case "marks" -> {
        sb.append('क');
        while (sb.length() < chars) {
          sb.append("\u093F\u093C\u0902");
        }
      }
      case "dandas" -> {
        while (sb.length() < chars) {
          sb.append('।');
        }
      }
      case "repeated-name" -> {
        while (sb.length() < chars) {
          sb.append("किम जोंग उन ");
        }
      }
      default -> throw new IllegalArgumentException(name);
    }
    sb.setLength(chars);
    return sb.toString();
  }

  record Result(double msPerMb, double bytesPerChar) {}

  static Result measure(Function<String, Object> f, String text, int reps) {
    long bestNs = Long.MAX_VALUE;
    long bytes = 0;
    for (int r = 0; r < reps; r++) {
      System.gc();
      long tid = Thread.currentThread().getId();
      long a0 = THREADS.getThreadAllocatedBytes(tid);
      long t0 = System.nanoTime();
      Object out = f.apply(text);
      long ns = System.nanoTime() - t0;
      long a1 = THREADS.getThreadAllocatedBytes(tid);
      if (out == null) {
        throw new AssertionError();
      }
      if (ns < bestNs) {
        bestNs = ns;
        bytes = a1 - a0;
      }
    }
    double mb = text.length() / (1024.0 * 1024.0);
    return new Result(bestNs / 1e6 / mb, (double) bytes / text.length());
  }

  /**
   * Runs the measurements.
   *
   * @param args {@code quick} (default) for sizes 1 and 2 MB only; {@code full} for 1 to 8 MB and
   *     the 50 MB run; {@code fifty} for the 50 MB run only; {@code million} for one name repeated a
   *     million times through the tagger only
   * @throws Exception if the example article is missing
   */
  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "quick";
    boolean quick = !mode.equals("full");
    int[] sizes = quick ? new int[] {1, 2} : new int[] {1, 2, 4, 8};
    List<String> shapes = List.of("news", "one-token", "marks", "dandas", "repeated-name");
    List<String> names = List.of("normalize", "tokenize", "sentences", "analyze", "entities");
    List<Function<String, Object>> fns =
        List.of(
            s -> DevanagariNormalizer.search().normalize(s),
            s -> HindiTokenizer.standard().tokenize(s),
            s -> SentenceSplitter.standard().split(s),
            s -> HindiNlp.standard().analyze(s),
            s -> EntityTagger.standard().analyze(s));
    // Warm-up on news text.
    String warm = shape("news", 1 << 20);
    for (int i = 0; i < 3; i++) {
      for (Function<String, Object> f : fns) {
        f.apply(warm);
      }
    }
    System.out.println("entry\tshape\tMB\tms/MB\tratio\tbytes/char");
    for (String shape : mode.equals("fifty") || mode.equals("million") ? List.<String>of() : shapes) {
      for (int k = 0; k < fns.size(); k++) {
        double base = 0;
        List<String> row = new ArrayList<>();
        for (int mb : sizes) {
          // The tagger runs at 1/8 of the size: it is ~50 times slower than analyze, and quadratic
          // in person mentions (see AdversarialSizesTest).
          String text = shape(shape, names.get(k).equals("entities") ? mb << 17 : mb << 20);
          Result r = measure(fns.get(k), text, names.get(k).equals("entities") ? 1 : mb <= 2 ? 3 : 2);
          if (mb == sizes[0]) {
            base = r.msPerMb();
          }
          row.add(String.format(Locale.ROOT, "%s\t%s\t%d\t%.1f\t%.2f\t%.0f",
              names.get(k), shape, mb, r.msPerMb(), r.msPerMb() / base, r.bytesPerChar()));
        }
        row.forEach(System.out::println);
      }
    }
    if (mode.equals("full") || mode.equals("fifty")) {
      String big = shape("news", 50 << 20);
      for (int k = 0; k < fns.size() - 1; k++) { // entities at 50 MB: see docs/robustness.md
        Result r = measure(fns.get(k), big, 1);
        System.out.println(String.format(Locale.ROOT, "%s\tnews\t50\t%.1f\t-\t%.0f", names.get(k), r.msPerMb(), r.bytesPerChar()));
      }
    }
    if (mode.equals("million")) { // does not finish while owner lookup is quadratic
      String million = "किम जोंग उन ".repeat(1_000_000);
      Result r = measure(s -> EntityTagger.standard().analyze(s), million, 1);
      System.out.println(String.format(Locale.ROOT,
          "entities\tname x 1,000,000 (%d chars)\t-\t%.1f\t-\t%.0f", million.length(), r.msPerMb(), r.bytesPerChar()));
    }
  }
}
