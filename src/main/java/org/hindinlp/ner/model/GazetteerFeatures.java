package org.hindinlp.ner.model;

import java.util.List;

/**
 * A source of list-membership features for the model: for a token sequence, the list tags of each
 * token, such as {@code B-LOCATION@builtin}, {@code I-ORGANIZATION@user} or {@code
 * U-PERSON@builtin}. The model sees each tag as a feature of its token and learns, in training,
 * how far to trust each list; a source used when tagging should therefore be the one (or of the
 * same kind as the one) used when the model was trained.
 *
 * <p>Implementations must be thread-safe: one instance serves every thread of a shared tagger.
 */
@FunctionalInterface
public interface GazetteerFeatures {

  /** No list features. */
  GazetteerFeatures NONE = tokens -> null;

  /**
   * Returns the list tags per token: a list of the same size as {@code tokens} whose elements are
   * the (possibly empty) tags of each token, or {@code null} when no token matches.
   *
   * @param tokens the canonically normalized tokens of one sentence
   */
  List<List<String>> tags(List<String> tokens);
}
