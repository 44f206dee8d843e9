package org.hindinlp;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into a string, the unit in which every
 * span of this library is reported (tokens, sentences, entities, alignments).
 *
 * <p>Offsets count Java {@code char}s, exactly as {@link String#substring(int, int)} does, so
 * {@code text.substring(span.start(), span.end())} is the covered text. Instances are immutable
 * and thread-safe.
 *
 * @param start the first offset, inclusive; never negative
 * @param end the last offset, exclusive; never less than {@code start}
 */
public record TextSpan(int start, int end) implements Comparable<TextSpan> {

  /**
   * Validates the offsets.
   *
   * @throws IllegalArgumentException if {@code start < 0} or {@code end < start}
   */
  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  /**
   * Returns the span {@code [start, end)}.
   *
   * @param start the first offset, inclusive
   * @param end the last offset, exclusive
   * @return the span
   */
  public static TextSpan of(int start, int end) {
    return new TextSpan(start, end);
  }

  /**
   * Returns the number of UTF-16 units covered.
   *
   * @return {@code end - start}
   */
  public int length() {
    return end - start;
  }

  /**
   * Tells whether the span covers nothing.
   *
   * @return {@code true} if {@code start == end}
   */
  public boolean isEmpty() {
    return start == end;
  }

  /**
   * Returns the text this span covers.
   *
   * @param text the text the span points into
   * @return {@code text.subSequence(start, end).toString()}
   * @throws IndexOutOfBoundsException if the span lies outside {@code text}
   */
  public String coveredText(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  /**
   * Tells whether {@code other} lies entirely inside this span.
   *
   * @param other another span
   * @return {@code true} if {@code start <= other.start && other.end <= end}
   */
  public boolean contains(TextSpan other) {
    return start <= other.start && other.end <= end;
  }

  /**
   * Tells whether the two spans share at least one offset.
   *
   * @param other another span
   * @return {@code true} if they overlap (empty spans overlap nothing)
   */
  public boolean overlaps(TextSpan other) {
    return start < other.end && other.start < end;
  }

  /** Orders by start, then longer spans first. */
  @Override
  public int compareTo(TextSpan other) {
    int c = Integer.compare(start, other.start);
    return c != 0 ? c : Integer.compare(other.end, end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
