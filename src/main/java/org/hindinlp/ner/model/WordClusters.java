package org.hindinlp.ner.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;

/**
 * Hierarchical word clusters: search-normalized word → bit string (a path in a binary tree, so its
 * prefixes are coarser clusters). Derived from unlabelled Hindi text by {@code ClusterBuilder}
 * (test scope); the shipped file is {@code clusters.tsv.gz} next to this class.
 */
final class WordClusters {

  static final String RESOURCE = "clusters.tsv.gz";

  static final WordClusters EMPTY = new WordClusters(Map.of(), 0L);

  private final Map<String, String> paths;
  private final long checksum;

  private WordClusters(Map<String, String> paths, long checksum) {
    this.paths = paths;
    this.checksum = checksum;
  }

  /** The path of a search-normalized word, or null. */
  String path(String searchForm) {
    return paths.get(searchForm);
  }

  int size() {
    return paths.size();
  }

  /** CRC32 of the entries, so a model can check it was trained with these clusters. */
  long checksum() {
    return checksum;
  }

  static WordClusters loadDefault() throws IOException {
    try (InputStream in = WordClusters.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("word cluster resource missing: " + RESOURCE);
      }
      return read(new GZIPInputStream(in, 1 << 16), RESOURCE);
    }
  }

  /** Reads {@code word<TAB>bits} lines (more columns are ignored; {@code #} lines are comments). */
  static WordClusters read(InputStream in, String name) throws IOException {
    Map<String, String> map = new HashMap<>(1 << 16);
    Map<String, String> interned = new HashMap<>();
    CRC32 crc = new CRC32();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        throw new IOException(name + ":" + no + ": expected word<TAB>bits");
      }
      int tab2 = line.indexOf('\t', tab + 1);
      String word = line.substring(0, tab);
      String bits = line.substring(tab + 1, tab2 < 0 ? line.length() : tab2);
      map.put(word, interned.computeIfAbsent(bits, b -> b));
      crc.update(word.getBytes(StandardCharsets.UTF_8));
      crc.update('\t');
      crc.update(bits.getBytes(StandardCharsets.UTF_8));
      crc.update('\n');
    }
    return new WordClusters(Map.copyOf(map), crc.getValue());
  }
}
