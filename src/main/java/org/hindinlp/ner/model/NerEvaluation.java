package org.hindinlp.ner.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Exact-span scoring of BIO label sequences, CoNLL-2003 conventions (conlleval): a span starts at
 * {@code B-X}, or at {@code I-X} not preceded by a label of type X; a predicted span counts only if
 * its start, end and type all match a gold span.
 *
 * <p>Accumulates counts: not thread-safe; use one instance per evaluation.
 */
public final class NerEvaluation {

  /**
   * Counts for one type (or all types, for the micro average).
   *
   * @param gold gold spans
   * @param predicted predicted spans
   * @param correct predicted spans that match a gold span exactly
   */
  public record Counts(int gold, int predicted, int correct) {
    /** Precision, 0 when nothing was predicted. */
    public double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    /** Recall, 0 when there is no gold span. */
    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    /** Harmonic mean of precision and recall. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Counts plus(Counts o) {
      return new Counts(gold + o.gold, predicted + o.predicted, correct + o.correct);
    }
  }

  private final Map<String, Counts> byType = new LinkedHashMap<>();

  /** An empty evaluation. */
  public NerEvaluation() {}

  /** Adds one sentence: gold and predicted BIO labels of the same length. */
  public void add(List<String> gold, List<String> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(
          "gold and predicted differ in length: " + gold.size() + " vs " + predicted.size());
    }
    Set<Span> g = new HashSet<>(spans(gold));
    List<Span> p = spans(predicted);
    for (Span s : g) {
      bump(s.type, 1, 0, 0);
    }
    for (Span s : p) {
      bump(s.type, 0, 1, g.contains(s) ? 1 : 0);
    }
  }

  private void bump(String type, int gold, int pred, int ok) {
    byType.merge(type, new Counts(gold, pred, ok), Counts::plus);
  }

  /** Counts per type, in order of first appearance. */
  public Map<String, Counts> byType() {
    return Map.copyOf(byType);
  }

  /** Counts of one type (zeros if it never occurred). */
  public Counts of(String type) {
    return byType.getOrDefault(type, new Counts(0, 0, 0));
  }

  /** Micro-averaged counts over all types. */
  public Counts micro() {
    Counts c = new Counts(0, 0, 0);
    for (Counts x : byType.values()) {
      c = c.plus(x);
    }
    return c;
  }

  /** A table: one line per type in {@code types} order, then the micro average. */
  public String report(List<String> types) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-14s %6s %6s %6s %7s %7s %7s%n",
        "type", "gold", "pred", "ok", "P", "R", "F1"));
    for (String t : types) {
      line(sb, t, of(t));
    }
    line(sb, "micro", micro());
    return sb.toString();
  }

  private static void line(StringBuilder sb, String name, Counts c) {
    sb.append(String.format(Locale.ROOT, "%-14s %6d %6d %6d %7.2f %7.2f %7.2f%n", name, c.gold(),
        c.predicted(), c.correct(), 100 * c.precision(), 100 * c.recall(), 100 * c.f1()));
  }

  /** A span of tokens {@code [start, end)} with its type. */
  record Span(int start, int end, String type) {
    Span {
      Objects.requireNonNull(type);
    }
  }

  /** The spans of a BIO sequence (CoNLL-2003 conventions). */
  static List<Span> spans(List<String> labels) {
    List<Span> out = new ArrayList<>();
    String type = null;
    int start = -1;
    for (int i = 0; i <= labels.size(); i++) {
      String l = i < labels.size() ? labels.get(i) : "O";
      String t = l.length() > 2 && l.charAt(1) == '-' ? l.substring(2) : null;
      boolean begins = t != null && (l.charAt(0) == 'B' || !t.equals(type));
      if (type != null && (t == null || begins)) {
        out.add(new Span(start, i, type));
        type = null;
      }
      if (begins) {
        type = t;
        start = i;
      }
    }
    return out;
  }
}
