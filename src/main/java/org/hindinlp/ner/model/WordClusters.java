package org.hindinlp.ner.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
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

  static final WordClusters EMPTY = new WordClusters(Map.of(), Map.of(), 0L);

  private final Map<String, String> paths;
  private final Map<String, String> paths2;
  private final long checksum;

  private WordClusters(Map<String, String> paths, Map<String, String> paths2, long checksum) {
    this.paths = paths;
    this.paths2 = paths2;
    this.checksum = checksum;
  }

  /** The path of a search-normalized word in the second clustering (third column), or null. */
  String path2(String searchForm) {
    return paths2.get(searchForm);
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

  /**
   * Reads {@code word<TAB>bits} lines (more columns are ignored; {@code #} lines are comments).
   * The checksum is the CRC32 of the whole decompressed file.
   */
  static WordClusters read(InputStream in, String name) throws IOException {
    byte[] bytes = in.readAllBytes();
    CRC32 crc = new CRC32();
    crc.update(bytes);
    String text = new String(bytes, StandardCharsets.UTF_8);
    Map<String, String> map = new HashMap<>(1 << 16);
    Map<String, String> map2 = new HashMap<>(1 << 16);
    Map<String, String> interned = new HashMap<>(1 << 13);
    int pos = 0;
    int no = 0;
    int len = text.length();
    while (pos < len) {
      int nl = text.indexOf('\n', pos);
      if (nl < 0) {
        nl = len;
      }
      no++;
      if (nl > pos && text.charAt(pos) != '#') {
        int tab = text.indexOf('\t', pos);
        if (tab <= pos || tab >= nl) {
          throw new IOException(name + ":" + no + ": expected word<TAB>bits");
        }
        int tab2 = text.indexOf('\t', tab + 1);
        int bitsEnd = tab2 < 0 || tab2 > nl ? nl : tab2;
        String bits = text.substring(tab + 1, bitsEnd);
        String shared = interned.putIfAbsent(bits, bits);
        String word = text.substring(pos, tab);
        map.put(word, shared == null ? bits : shared);
        if (tab2 > 0 && tab2 < nl) {
          int end2 = text.indexOf('\t', tab2 + 1);
          String bits2 = text.substring(tab2 + 1, end2 < 0 || end2 > nl ? nl : end2);
          String shared2 = interned.putIfAbsent(bits2, bits2);
          map2.put(word, shared2 == null ? bits2 : shared2);
        }
      }
      pos = nl + 1;
    }
    return new WordClusters(
        Collections.unmodifiableMap(map), Collections.unmodifiableMap(map2), crc.getValue());
  }
}
