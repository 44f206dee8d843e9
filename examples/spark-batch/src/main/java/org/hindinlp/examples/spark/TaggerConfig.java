package org.hindinlp.examples.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.hindinlp.normalize.DevanagariNormalizer;

/**
 * What a tagger is built from, as a small key: the user's files by source and digest, and the match
 * level. This value, not the tagger and not the files' contents, is what travels with every task;
 * each executor JVM turns it into a tagger once ({@link TaggerHolder}), from the files' contents
 * that the job broadcast ({@link UserFiles}).
 *
 * @param listSources each user list's path as given on the command line
 * @param listDigests the SHA-256 of each list's bytes, read on the driver: part of the key, so a
 *     list changed under the same path gives a new tagger, never a stale one
 * @param modelSource the user's model path, or null for the shipped model
 * @param modelDigest the SHA-256 of the model's bytes, or null for the shipped model
 * @param matchLevel the normalization level names are matched at
 */
public record TaggerConfig(
    List<String> listSources,
    List<String> listDigests,
    String modelSource,
    String modelDigest,
    DevanagariNormalizer.Level matchLevel)
    implements Serializable {

  private static final long serialVersionUID = 2L;

  /** Validates and copies. */
  public TaggerConfig {
    listSources = List.copyOf(listSources);
    listDigests = List.copyOf(listDigests);
    Objects.requireNonNull(matchLevel, "matchLevel");
    if (listSources.size() != listDigests.size()) {
      throw new IllegalArgumentException("one digest per list");
    }
    if ((modelSource == null) != (modelDigest == null)) {
      throw new IllegalArgumentException("a model needs both its source and its digest");
    }
  }

  /**
   * The built-in lists and the shipped model only, at the given level.
   *
   * @param level the match level
   * @return the configuration
   */
  public static TaggerConfig builtIn(DevanagariNormalizer.Level level) {
    return new TaggerConfig(List.of(), List.of(), null, null, level);
  }

  /**
   * Whether this is the library's standard tagger: no user files, canonical level.
   *
   * @return whether {@code EntityTagger.standard()} serves
   */
  public boolean isStandard() {
    return listSources.isEmpty()
        && modelSource == null
        && matchLevel == DevanagariNormalizer.Level.CANONICAL;
  }
}
