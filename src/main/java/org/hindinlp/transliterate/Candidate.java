package org.hindinlp.transliterate;

import java.util.Objects;

/**
 * One Devanagari spelling proposed for a Latin name, with its score.
 *
 * @param text the Devanagari spelling (canonical form, words separated as in the input)
 * @param logProbability the natural logarithm of the model's joint probability of the Latin name
 *     and this spelling (at most 0; higher is better). Scores of the same call can be compared;
 *     scores of different names cannot, since longer names have lower probabilities.
 */
public record Candidate(String text, double logProbability) {

  /**
   * Checks the fields.
   *
   * @param text the Devanagari spelling
   * @param logProbability the natural-log joint probability
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code logProbability} is NaN
   */
  public Candidate {
    Objects.requireNonNull(text, "text");
    if (Double.isNaN(logProbability)) {
      throw new IllegalArgumentException("logProbability is NaN");
    }
  }
}
