package org.hindinlp.normalize;

import static org.hindinlp.normalize.CharTable.*;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.hindinlp.bench.BenchmarkTexts;

/**
 * Experiment behind the hot spot in docs/history/performance.md: three shapes of the normalizer's
 * per-character scan over the wiki documents that canonical leaves unchanged, against the library
 * and ICU4J NFC, in interleaved rounds timed by thread CPU. Each scan returns its trigger count.
 *
 * <p>Not part of any build: it reads package-private CharTable and private fields of
 * DevanagariNormalizer (by reflection), so it breaks when they change. Compile and run by hand
 * after {@code mvn -B -Pbench -DskipTests package}:
 *
 * <pre>
 * javac -cp target/benchmarks.jar -d target/experiments \
 *     src/jmh/experiments/org/hindinlp/normalize/ScanExperiment.java
 * java -Dhindinlp.shared=../shared -Xms1g -Xmx1g \
 *     -cp target/experiments:target/benchmarks.jar org.hindinlp.normalize.ScanExperiment
 * </pre>
 */
public class ScanExperiment {
  static int check, triggers;

  // (A) the current loop shape of DevanagariNormalizer.run (canonical: nasal/COMPOSED branches off)
  static int current(String s) {
    final int n = s.length();
    int lastCcc = 0, prevFlags = 0, i = 0, hits = 0;
    while (i < n) {
      char c = s.charAt(i);
      int f = CharTable.flags(c);
      if (((f & check) | (f & CCC_MASK)) == 0) { lastCcc = 0; prevFlags = f; i++; continue; }
      int len = 1;
      if ((f & HIGH_SURROGATE) != 0) {
        if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          f = CharTable.flagsOf(Character.toCodePoint(c, s.charAt(i + 1))); len = 2;
        } else { f = 0; }
      }
      int ccc = f & CCC_MASK;
      boolean trigger = (f & triggers) != 0 || (ccc != 0 && ccc < lastCcc)
          || ((f & VOWEL_SECOND) != 0 && (prevFlags & VOWEL_FIRST) != 0);
      if (!trigger) { lastCcc = ccc; prevFlags = f; i += len; continue; }
      hits++; lastCcc = 0; prevFlags = 0; i += len;
    }
    return hits;
  }

  // (B) one branch per char: context checks folded into arithmetic; surrogates stay in 'triggers'
  static int branchFree(String s) {
    final int n = s.length();
    final int trig = triggers | HIGH_SURROGATE;
    int lastCcc = 0, prevFlags = 0, hits = 0;
    for (int i = 0; i < n; i++) {
      int f = CharTable.flags(s.charAt(i));
      int ccc = f & CCC_MASK;
      int bad = (f & trig)
          | (((f & VOWEL_SECOND) >>> 1) & prevFlags)          // VOWEL_SECOND after VOWEL_FIRST
          | (((ccc - lastCcc) & -ccc) >>> 31);                // ccc != 0 && ccc < lastCcc
      if (bad != 0) { hits++; lastCcc = 0; prevFlags = 0; continue; } // real code: cluster work here
      lastCcc = ccc; prevFlags = f;
    }
    return hits;
  }

  // (C) as (B) over a char[] chunk (String.getChars into a reused buffer): no charAt coder/bounds checks
  static final char[] BUF = new char[4096];
  static int branchFreeChunked(String s) {
    final int n = s.length();
    final int trig = triggers | HIGH_SURROGATE;
    final int[] T = FLAGS_COPY;
    final char[] b = BUF;
    int lastCcc = 0, prevFlags = 0, hits = 0;
    for (int base = 0; base < n; base += b.length) {
      int m = Math.min(b.length, n - base);
      s.getChars(base, base + m, b, 0);
      for (int k = 0; k < m; k++) {
        int f = T[b[k]];
        int ccc = f & CCC_MASK;
        int bad = (f & trig) | (((f & VOWEL_SECOND) >>> 1) & prevFlags) | (((ccc - lastCcc) & -ccc) >>> 31);
        if (bad != 0) { hits++; lastCcc = 0; prevFlags = 0; continue; }
        lastCcc = ccc; prevFlags = f;
      }
    }
    return hits;
  }
  static int[] FLAGS_COPY;

  interface Scan { int run(String s); }

  public static void main(String[] a) throws Exception {
    DevanagariNormalizer c = DevanagariNormalizer.canonical();
    var fc = DevanagariNormalizer.class.getDeclaredField("checkMask"); fc.setAccessible(true);
    var ft = DevanagariNormalizer.class.getDeclaredField("triggers"); ft.setAccessible(true);
    check = fc.getInt(c); triggers = ft.getInt(c);
    FLAGS_COPY = new int[65536];
    for (int i = 0; i < 65536; i++) FLAGS_COPY[i] = CharTable.flags((char) i);
    // Only documents the canonical normalizer leaves unchanged: the pure fast path.
    String[] docs = BenchmarkTexts.wiki().documents().stream()
        .filter(d -> c.normalizeToString(d) == d).toArray(String[]::new);
    long bytes = 0; for (String d : docs) bytes += d.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    long h0 = 0, h1 = 0, h2 = 0;
    for (String d : docs) { h0 += current(d); h1 += branchFree(d); h2 += branchFreeChunked(d); }
    System.out.println("trigger counts (current, branch-free, chunked): " + h0 + " " + h1 + " " + h2);
    com.ibm.icu.text.Normalizer2 nfc = com.ibm.icu.text.Normalizer2.getNFCInstance();
    String[] names = {"current loop", "branch-free charAt", "branch-free char[] chunks",
        "DevanagariNormalizer.canonical().normalizeToString", "ICU4J NFC normalize"};
    Scan[] scans = {ScanExperiment::current, ScanExperiment::branchFree, ScanExperiment::branchFreeChunked,
        s -> c.normalizeToString(s).length(), s -> nfc.normalize(s).length()};
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int w = 0; w < 150; w++) for (Scan sc : scans) for (String d : docs) sink += sc.run(d);
    int rounds = 40;
    double[][] t = new double[scans.length][rounds];
    for (int r = 0; r < rounds; r++)
      for (int j = 0; j < scans.length; j++) {
        int k = (j + r) % scans.length;
        long t0 = mx.getCurrentThreadCpuTime();
        for (String d : docs) sink += scans[k].run(d);
        t[k][r] = mx.getCurrentThreadCpuTime() - t0;
      }
    System.out.printf("%d unchanged docs, %.2f MB; sink %d%n", docs.length, bytes / 1e6, sink);
    for (int k = 0; k < scans.length; k++) {
      double[] x = t[k].clone(); Arrays.sort(x);
      double[] ratio = new double[rounds];
      for (int r = 0; r < rounds; r++) ratio[r] = t[4][r] / t[k][r];
      Arrays.sort(ratio);
      System.out.printf("%-52s %6.0f MB per CPU-s   vs ICU NFC %.2fx%n", names[k], bytes / 1e6 / (x[rounds / 2] / 1e9), ratio[rounds / 2]);
    }
  }
}
