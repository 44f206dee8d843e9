package org.hindinlp.examples.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.hindinlp.normalize.DevanagariNormalizer;

/**
 * What a tagger is built from: the user's lists and the match level. This small value, not the
 * tagger, is what travels with every task; each executor JVM turns it into a tagger once ({@link
 * TaggerHolder}).
 *
 * @param listNames the file names of the user's lists as registered with {@code
 *     SparkContext.addFile}, resolved on each node with {@code SparkFiles.get}; the extension
 *     gives the format ({@code .tsv} or {@code .jsonl})
 * @param listDigests the SHA-256 of each list's bytes, read on the driver: part of the key, so a
 *     list changed under the same name gives a new tagger, never a stale one
 * @param matchLevel the normalization level names are matched at
 */
public record TaggerConfig(
    List<String> listNames, List<String> listDigests, DevanagariNormalizer.Level matchLevel)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Validates and copies. */
  public TaggerConfig {
    listNames = List.copyOf(listNames);
    listDigests = List.copyOf(listDigests);
    Objects.requireNonNull(matchLevel, "matchLevel");
    if (listNames.size() != listDigests.size()) {
      throw new IllegalArgumentException("one digest per list");
    }
  }

  /**
   * The built-in lists only, at the given level.
   *
   * @param level the match level
   * @return the configuration
   */
  public static TaggerConfig builtIn(DevanagariNormalizer.Level level) {
    return new TaggerConfig(List.of(), List.of(), level);
  }
}
