package org.hindinlp.ner;

/**
 * How the tagger chooses between overlapping candidates (each token belongs to one entity at most,
 * with no nesting). An enum: immutable and thread-safe.
 */
public enum OverlapPolicy {
  /**
   * The default: candidates from the user's lists first, then the longer candidate, then the
   * leftmost. Built-in lists and rules rank together below the user's lists.
   */
  USER_LISTS_FIRST,
  /** The longer candidate first, then the leftmost, then the user's lists. */
  LONGEST_FIRST
}
