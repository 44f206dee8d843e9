package org.hindinlp.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The benchmark input: the Dakshina Hindi Wikipedia validation text, read at run time from the
 * shared corpora (CC BY-SA 4.0; never copied into this repository).
 *
 * <p>The file {@code corpora/dakshina-hi/hi.wiki-filt.valid.text.sorted.tsv.gz} below the folder
 * named by the system property {@value #PROPERTY} (default {@code ../shared}) holds one sentence
 * per line in 7 tab-separated fields, {@code page_id, section_index, string_index, sentence_index,
 * include_bool, text_freq, text}; the text is everything after the sixth tab (a few texts contain
 * tabs themselves). Sentences are joined into one document per page, newline-separated, in file
 * order: about 2,100 documents, 2.7 M chars.
 *
 * <p>Two inputs are offered:
 *
 * <ul>
 *   <li>{@link #wiki()}: the text as distributed, already NFC (the dataset authors normalized it),
 *       so it exercises the fast paths. It still holds a few NBSPs, which canonical maps to a space.
 *   <li>{@link #unnormalized()}: the same documents with every ड़ ढ़ ज़ फ़ written as the
 *       precomposed letter (U+095C, U+095D, U+095B, U+095E; NFC composition exclusions) and every
 *       space after a danda {@code ।} written as NBSP, so that every normalizer has real work.
 * </ul>
 */
public final class BenchmarkTexts {

  /** System property naming the shared folder. */
  public static final String PROPERTY = "hindinlp.shared";

  /** The corpus file, relative to the shared folder. */
  public static final String RELATIVE = "corpora/dakshina-hi/hi.wiki-filt.valid.text.sorted.tsv.gz";

  private static volatile BenchmarkTexts wiki;
  private static volatile BenchmarkTexts unnormalized;

  private final String name;
  private final List<String> documents;
  private final long chars;
  private final long utf8Bytes;

  private BenchmarkTexts(String name, List<String> documents) {
    this.name = name;
    this.documents = Collections.unmodifiableList(documents);
    long c = 0;
    long b = 0;
    for (String d : documents) {
      c += d.length();
      b += d.getBytes(StandardCharsets.UTF_8).length;
    }
    this.chars = c;
    this.utf8Bytes = b;
  }

  /** The Wikipedia text as distributed (already NFC): the fast path. */
  public static BenchmarkTexts wiki() {
    BenchmarkTexts t = wiki;
    if (t == null) {
      synchronized (BenchmarkTexts.class) {
        t = wiki;
        if (t == null) {
          t = new BenchmarkTexts("wiki", load(corpusPath()));
          wiki = t;
        }
      }
    }
    return t;
  }

  /** The same documents with precomposed nukta letters and NBSPs: the slow path. */
  public static BenchmarkTexts unnormalized() {
    BenchmarkTexts t = unnormalized;
    if (t == null) {
      synchronized (BenchmarkTexts.class) {
        t = unnormalized;
        if (t == null) {
          List<String> docs = new ArrayList<>();
          for (String d : wiki().documents()) {
            docs.add(denormalize(d));
          }
          t = new BenchmarkTexts("unnormalized", docs);
          unnormalized = t;
        }
      }
    }
    return t;
  }

  /** The shared folder, from {@value #PROPERTY} or {@code ../shared}. */
  public static Path sharedRoot() {
    String prop = System.getProperty(PROPERTY);
    return Path.of(prop != null && !prop.isBlank() ? prop : "../shared").toAbsolutePath().normalize();
  }

  /** The corpus file; fails with a message naming the path and the property if it is missing. */
  public static Path corpusPath() {
    Path p = sharedRoot().resolve(RELATIVE);
    if (!Files.isReadable(p)) {
      throw new IllegalStateException(
          "benchmark corpus not found: "
              + p
              + " (set -D"
              + PROPERTY
              + "=/path/to/shared, the folder that holds "
              + RELATIVE
              + "; default ../shared relative to the working directory)");
    }
    return p;
  }

  static List<String> load(Path file) {
    List<String> docs = new ArrayList<>();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String page = null;
      StringBuilder doc = new StringBuilder();
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        int tab = -1;
        for (int k = 0; k < 6; k++) {
          tab = line.indexOf('\t', tab + 1);
          if (tab < 0) {
            throw new IllegalStateException(
                file + ":" + lineNo + ": expected 7 tab-separated fields, found " + (k + 1));
          }
        }
        String pageId = line.substring(0, line.indexOf('\t'));
        String text = line.substring(tab + 1).strip();
        if (page != null && !page.equals(pageId)) {
          docs.add(doc.toString());
          doc.setLength(0);
        }
        page = pageId;
        if (!text.isEmpty()) {
          if (doc.length() > 0) {
            doc.append('\n');
          }
          doc.append(text);
        }
      }
      if (page != null) {
        docs.add(doc.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read benchmark corpus " + file, e);
    }
    if (docs.isEmpty()) {
      throw new IllegalStateException("benchmark corpus is empty: " + file);
    }
    return docs;
  }

  /**
   * Writes a document the way careless input does: precomposed ड़ ढ़ ज़ फ़ (U+095C U+095D U+095B
   * U+095E, which NFC decomposes) and NBSP after every danda.
   */
  static String denormalize(String d) {
    StringBuilder sb = new StringBuilder(d.length());
    int n = d.length();
    for (int i = 0; i < n; i++) {
      char c = d.charAt(i);
      if (i + 1 < n && d.charAt(i + 1) == '\u093C') {
        char pre =
            switch (c) {
              case '\u0921' -> '\u095C'; // ड़
              case '\u0922' -> '\u095D'; // ढ़
              case '\u091C' -> '\u095B'; // ज़
              case '\u092B' -> '\u095E'; // फ़
              default -> 0;
            };
        if (pre != 0) {
          sb.append(pre);
          i++;
          continue;
        }
      }
      if (c == ' ' && i > 0 && d.charAt(i - 1) == '\u0964') {
        sb.append('\u00A0');
        continue;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** A short name for tables: {@code wiki} or {@code unnormalized}. */
  public String name() {
    return name;
  }

  /** The documents (one per Wikipedia page), unmodifiable. */
  public List<String> documents() {
    return documents;
  }

  /** The documents as an array, for tight benchmark loops. */
  public String[] array() {
    return documents.toArray(new String[0]);
  }

  /** Total size in UTF-16 chars. */
  public long chars() {
    return chars;
  }

  /** Total size in UTF-8 bytes: the unit of the MB/s figures. */
  public long utf8Bytes() {
    return utf8Bytes;
  }

  @Override
  public String toString() {
    return name + ": " + documents.size() + " documents, " + chars + " chars, " + utf8Bytes
        + " UTF-8 bytes";
  }

  /** Prints the sizes of both inputs. */
  public static void main(String[] args) {
    System.out.println(wiki());
    System.out.println(unnormalized());
  }
}
