package org.hindinlp.normalize;

import java.util.Arrays;
import java.util.Objects;
import org.hindinlp.TextSpan;

/**
 * Maps spans between an original text and a text derived from it by normalization, in both
 * directions.
 *
 * <p>An alignment is a sequence of runs. An <em>equal</em> run copies characters one for one; a
 * <em>replace</em> run turns {@code m} original characters into {@code n} normalized ones ({@code
 * m} or {@code n} may be zero: a deletion or an insertion). Inside an equal run offsets map
 * exactly; a span that starts or ends inside a replace run widens to the whole run, so a mapped span
 * always covers everything its source came from. Spans map <em>tightly</em>: a span next to a
 * deleted character (a removed zero-width joiner, say) never grows to include it.
 *
 * <p>Alignments compose: {@link #andThen(Alignment)} chains the alignment of a second normalization
 * applied to the output of the first, so that spans of the final text map back to the very first
 * original.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Alignment {

  private static final Stage[] NO_STAGES = new Stage[0];

  private final int originalLength;
  private final int normalizedLength;
  /** Applied in order, original to normalized; empty for the identity. */
  private final Stage[] stages;

  private Alignment(int originalLength, int normalizedLength, Stage[] stages) {
    this.originalLength = originalLength;
    this.normalizedLength = normalizedLength;
    this.stages = stages;
  }

  /**
   * Returns the alignment of a text with itself.
   *
   * @param length the length of the text
   * @return an identity alignment
   * @throws IllegalArgumentException if {@code length < 0}
   */
  public static Alignment identity(int length) {
    if (length < 0) {
      throw new IllegalArgumentException("negative length " + length);
    }
    return new Alignment(length, length, NO_STAGES);
  }

  /**
   * Returns the length of the original text.
   *
   * @return the original length in UTF-16 units
   */
  public int originalLength() {
    return originalLength;
  }

  /**
   * Returns the length of the normalized text.
   *
   * @return the normalized length in UTF-16 units
   */
  public int normalizedLength() {
    return normalizedLength;
  }

  /**
   * Tells whether every offset maps to itself.
   *
   * @return {@code true} for an identity alignment
   */
  public boolean isIdentity() {
    return stages.length == 0;
  }

  /**
   * Maps a span of the normalized text to the span of the original text it came from.
   *
   * @param normalizedSpan a span with {@code end <= normalizedLength()}
   * @return the original span; empty spans map to empty spans
   * @throws IndexOutOfBoundsException if the span lies outside the normalized text
   */
  public TextSpan toOriginal(TextSpan normalizedSpan) {
    Objects.requireNonNull(normalizedSpan, "normalizedSpan");
    if (normalizedSpan.end() > normalizedLength) {
      throw new IndexOutOfBoundsException(
          "span " + normalizedSpan + " outside normalized text of length " + normalizedLength);
    }
    int start = normalizedSpan.start();
    int end = normalizedSpan.end();
    for (int i = stages.length - 1; i >= 0; i--) {
      Stage s = stages[i];
      if (start == end) {
        start = end = s.mapPoint(start, s.normEnds, s.origEnds);
      } else {
        int newStart = s.mapStart(start, s.normEnds, s.origEnds);
        end = s.mapEnd(end, s.normEnds, s.origEnds);
        start = newStart;
      }
    }
    return start == normalizedSpan.start() && end == normalizedSpan.end()
        ? normalizedSpan
        : new TextSpan(start, end);
  }

  /**
   * Maps a span of the original text to the span of the normalized text it became.
   *
   * @param originalSpan a span with {@code end <= originalLength()}
   * @return the normalized span; a span of deleted characters maps to an empty span
   * @throws IndexOutOfBoundsException if the span lies outside the original text
   */
  public TextSpan toNormalized(TextSpan originalSpan) {
    Objects.requireNonNull(originalSpan, "originalSpan");
    if (originalSpan.end() > originalLength) {
      throw new IndexOutOfBoundsException(
          "span " + originalSpan + " outside original text of length " + originalLength);
    }
    int start = originalSpan.start();
    int end = originalSpan.end();
    for (Stage s : stages) {
      if (start == end) {
        start = end = s.mapPoint(start, s.origEnds, s.normEnds);
      } else {
        int newStart = s.mapStart(start, s.origEnds, s.normEnds);
        end = s.mapEnd(end, s.origEnds, s.normEnds);
        start = newStart;
        if (end < start) {
          // Only deleted characters were covered: an empty span where they were.
          end = start;
        }
      }
    }
    return start == originalSpan.start() && end == originalSpan.end()
        ? originalSpan
        : new TextSpan(start, end);
  }

  /**
   * Chains a second alignment after this one: the result maps this alignment's original text to
   * {@code next}'s normalized text.
   *
   * @param next the alignment of a normalization applied to this alignment's normalized text
   * @return the composed alignment
   * @throws IllegalArgumentException if {@code next.originalLength() != normalizedLength()}
   */
  public Alignment andThen(Alignment next) {
    Objects.requireNonNull(next, "next");
    if (next.originalLength != normalizedLength) {
      throw new IllegalArgumentException(
          "cannot chain: next alignment starts from a text of length "
              + next.originalLength
              + ", this one ends in a text of length "
              + normalizedLength);
    }
    if (next.stages.length == 0) {
      return this;
    }
    if (stages.length == 0) {
      return next;
    }
    Stage[] all = Arrays.copyOf(stages, stages.length + next.stages.length);
    System.arraycopy(next.stages, 0, all, stages.length, next.stages.length);
    return new Alignment(originalLength, next.normalizedLength, all);
  }

  @Override
  public String toString() {
    if (stages.length == 0) {
      return "Alignment[identity, length=" + originalLength + "]";
    }
    StringBuilder sb = new StringBuilder("Alignment[");
    for (int k = 0; k < stages.length; k++) {
      if (k > 0) {
        sb.append(" then ");
      }
      stages[k].appendTo(sb);
    }
    return sb.append(']').toString();
  }

  /** Creates alignments run by run; used by the normalizer. */
  static Builder builder() {
    return new Builder();
  }

  /** Accumulates runs left to right. Not thread-safe; one per normalization call. */
  static final class Builder {
    private int[] origEnds = new int[16];
    private int[] normEnds = new int[16];
    private boolean[] equal = new boolean[16];
    private int runs;
    private int orig;
    private int norm;
    private boolean changed;

    /** Adds {@code length} characters copied unchanged. */
    void equal(int length) {
      if (length <= 0) {
        return;
      }
      orig += length;
      norm += length;
      if (runs > 0 && equal[runs - 1]) {
        origEnds[runs - 1] = orig;
        normEnds[runs - 1] = norm;
      } else {
        add(true);
      }
    }

    /** Adds a replacement of {@code originalLength} characters by {@code normalizedLength}. */
    void replace(int originalLength, int normalizedLength) {
      if (originalLength == 0 && normalizedLength == 0) {
        return;
      }
      orig += originalLength;
      norm += normalizedLength;
      changed = true;
      add(false);
    }

    private void add(boolean isEqual) {
      if (runs == origEnds.length) {
        int n = runs * 2;
        origEnds = Arrays.copyOf(origEnds, n);
        normEnds = Arrays.copyOf(normEnds, n);
        equal = Arrays.copyOf(equal, n);
      }
      origEnds[runs] = orig;
      normEnds[runs] = norm;
      equal[runs] = isEqual;
      runs++;
    }

    Alignment build() {
      if (!changed) {
        return identity(orig);
      }
      Stage stage =
          new Stage(
              Arrays.copyOf(origEnds, runs),
              Arrays.copyOf(normEnds, runs),
              Arrays.copyOf(equal, runs));
      return new Alignment(orig, norm, new Stage[] {stage});
    }
  }

  /**
   * One normalization step as runs with cumulative end offsets on both sides. Mapping works the same
   * in both directions, so each method takes the "from" and "to" end arrays.
   */
  private static final class Stage {
    final int[] origEnds;
    final int[] normEnds;
    final boolean[] equal;

    Stage(int[] origEnds, int[] normEnds, boolean[] equal) {
      this.origEnds = origEnds;
      this.normEnds = normEnds;
      this.equal = equal;
    }

    private static int startOf(int[] ends, int run) {
      return run == 0 ? 0 : ends[run - 1];
    }

    /** The first run whose "from" side extends past {@code p}, or {@code runs} if none. */
    private static int firstEndingAfter(int[] ends, int p) {
      int lo = 0;
      int hi = ends.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (ends[mid] > p) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      return lo;
    }

    /** Maps the start of a non-empty span: deletions at {@code p} are skipped. */
    int mapStart(int p, int[] from, int[] to) {
      int r = firstEndingAfter(from, p);
      if (r == from.length) {
        return to[to.length - 1];
      }
      int fromStart = startOf(from, r);
      int toStart = startOf(to, r);
      return equal[r] ? toStart + (p - fromStart) : toStart;
    }

    /** Maps the end of a non-empty span: deletions at {@code p} are left out. */
    int mapEnd(int p, int[] from, int[] to) {
      // The last run whose "from" start lies before p: first run ending at or after p.
      int r = firstEndingAfter(from, p - 1);
      if (r == from.length) {
        return to[to.length - 1];
      }
      int fromStart = startOf(from, r);
      int toStart = startOf(to, r);
      return equal[r] ? toStart + (p - fromStart) : to[r];
    }

    /** Maps an empty span (a point). */
    int mapPoint(int p, int[] from, int[] to) {
      if (p < from[from.length - 1]) {
        return mapStart(p, from, to);
      }
      if (p == 0) {
        return 0;
      }
      return mapEnd(p, from, to);
    }

    void appendTo(StringBuilder sb) {
      for (int r = 0; r < equal.length; r++) {
        if (r > 0) {
          sb.append(", ");
        }
        int fs = startOf(origEnds, r);
        int ts = startOf(normEnds, r);
        sb.append(equal[r] ? "=" : "~")
            .append(fs)
            .append('-')
            .append(origEnds[r])
            .append("->")
            .append(ts)
            .append('-')
            .append(normEnds[r]);
      }
    }
  }
}
