package org.hindinlp.robust;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.hindinlp.ner.EntityList;
import org.hindinlp.ner.EntityTagger;

/**
 * Measures loading a user list of 1,000,000 entries (not a test; figures in {@code
 * docs/robustness.md}): file size, load time, heap retained by the list and by a tagger built from
 * it (used heap after GC, before and after), and bytes allocated while loading. With the argument
 * {@code builtin}, measures instead the built-in lists in this fresh JVM (figures in {@code
 * docs/entity-lists.md}): reading and parsing them, building the list-only tagger (gazetteer,
 * rules, no model), then the standard tagger (model and its list features), and the heap each
 * holds after a full GC. With {@code builtin-user}, a list-only tagger with the built-in lists and
 * a user list of 1,000 entries.
 *
 * <pre>
 * java -Xmx4g -cp target/classes:target/test-classes:$(cat target/cp.txt) org.hindinlp.robust.ListLoadMeasurement [entries]
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.hindinlp.robust.ListLoadMeasurement builtin
 * </pre>
 */
public final class ListLoadMeasurement {

  private ListLoadMeasurement() {}

  private static final String LETTERS = "कखगचजटडतदनपबमयरलवशसह";

  /** A distinct two-word Devanagari name for entry {@code i}, such as {@code नामक खग}. */
  static String name(int i) {
    StringBuilder sb = new StringBuilder(" ");
    int v = i;
    do {
      sb.append(LETTERS.charAt(v % LETTERS.length()));
      v /= LETTERS.length();
    } while (v > 0);
    return sb.toString();
  }

  /** Writes a TSV list of {@code n} entries with two names each: {@code नाम<x>} and {@code <x> दल}. */
  static void writeList(Path file, int n) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("#format: hindi-nlp-list/1\n#types: PARTY\n");
      for (int i = 0; i < n; i++) {
        String x = name(i).substring(1);
        w.write("नाम " + x + "\tPARTY\tp:" + i + "\t" + x + " दल\n");
      }
    }
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  /**
   * Runs the measurement.
   *
   * @param args the number of entries (default 1,000,000)
   * @throws IOException if the temporary file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length > 0 && args[0].equals("builtin")) {
      builtIn();
      return;
    }
    if (args.length > 0 && args[0].equals("builtin-user")) {
      builtInWithUserList();
      return;
    }
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    EntityTagger.standard(); // built-in lists and lexicon loaded outside the measurement
    Path f = Files.createTempFile("hindi-nlp-list", ".tsv");
    try {
      writeList(f, n);
      long base = usedAfterGc();
      long a0 = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
      long t0 = System.nanoTime();
      EntityList list = EntityList.load(f);
      long t1 = System.nanoTime();
      long a1 = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
      long listHeap = usedAfterGc() - base;
      long t2 = System.nanoTime();
      EntityTagger tagger = EntityTagger.builder().builtInLists(false).addList(list).build();
      long t3 = System.nanoTime();
      long taggerHeap = usedAfterGc() - base;
      int found = tagger.tag("कल नाम" + name(n - 1) + " आया").size();
      System.out.printf(Locale.ROOT,
          "entries %,d, file %.1f MB%nload %.2f s, allocated %.0f MB, list heap %.0f MB (%.0f bytes/entry)%n"
              + "tagger build %.2f s, list + tagger heap %.0f MB (%.0f bytes/entry); found %d%n",
          list.size(), Files.size(f) / 1e6, (t1 - t0) / 1e9, (a1 - a0) / 1e6, listHeap / 1e6,
          (double) listHeap / n, (t3 - t2) / 1e9, taggerHeap / 1e6, (double) taggerHeap / n, found);
    } finally {
      Files.deleteIfExists(f);
    }
  }

  /**
   * A list-only tagger with the built-in lists and a user list of 1,000 entries, in this (fresh)
   * JVM: the user's names go on a copy of the compiled index.
   */
  private static void builtInWithUserList() throws IOException {
    Path f = Files.createTempFile("hindi-nlp-list", ".tsv");
    try {
      writeList(f, 1000);
      long t0 = System.nanoTime();
      EntityTagger tagger = EntityTagger.builder().model(false).addList(f).build();
      long t1 = System.nanoTime();
      long heap = usedAfterGc();
      System.out.printf(Locale.ROOT,
          "built-in lists + a user list of 1,000 entries: list-only tagger ready after %.2f s (heap %.1f MB);"
              + " found %d%n",
          (t1 - t0) / 1e9, heap / 1e6, tagger.tag("कल नाम" + name(999) + " लखनऊ गए").size());
    } finally {
      Files.deleteIfExists(f);
    }
  }

  /** The built-in lists, stage by stage, in this (fresh) JVM. */
  private static void builtIn() {
    long base = usedAfterGc();
    long t0 = System.nanoTime();
    java.util.List<EntityList> lists = EntityTagger.builtInLists();
    long t1 = System.nanoTime();
    long listHeap = usedAfterGc() - base;
    long t2 = System.nanoTime();
    EntityTagger listsOnly = EntityTagger.builder().model(false).build();
    long t3 = System.nanoTime();
    long listsOnlyHeap = usedAfterGc() - base;
    long t4 = System.nanoTime();
    EntityTagger standard = EntityTagger.builder().build();
    long t5 = System.nanoTime();
    long standardHeap = usedAfterGc() - base;
    int entries = lists.stream().mapToInt(EntityList::size).sum();
    int names = lists.stream().flatMap(l -> l.entries().stream())
        .mapToInt(e -> e.names().size() + e.contextNames().size()).sum();
    System.out.printf(Locale.ROOT,
        "built-in lists: %d files, %,d entries, %,d names%n"
            + "read and parse %.2f s (heap %.1f MB)%n"
            + "+ list-only tagger (gazetteer, rules) %.2f s (heap %.1f MB)%n"
            + "+ standard tagger (model, list features) %.2f s (heap %.1f MB)%n"
            + "lists usable after %.2f s; found %d + %d%n",
        lists.size(), entries, names, (t1 - t0) / 1e9, listHeap / 1e6, (t3 - t2) / 1e9,
        listsOnlyHeap / 1e6, (t5 - t4) / 1e9, standardHeap / 1e6, (t3 - t0 - (t2 - t1)) / 1e9,
        listsOnly.tag("नरेंद्र मोदी लखनऊ गए").size(), standard.tag("नरेंद्र मोदी लखनऊ गए").size());
  }
}
