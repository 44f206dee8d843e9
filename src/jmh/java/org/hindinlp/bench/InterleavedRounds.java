package org.hindinlp.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The interleaved CPU-time harness shared by {@link Interleaved}, {@link TokenizerInterleaved} and
 * {@link NerPeerBenchmark}: every operation is warmed up, then run once per round in an order that
 * rotates from round to round, timed by the CPU time of the running thread (and the wall clock).
 * Ratios are taken within a round (an operation and its peer run seconds apart, so a machine that
 * slows down or speeds up affects both) and reported as the median over the rounds.
 */
final class InterleavedRounds {

  /** One timed operation; returns a checksum so that the work cannot be optimized away. */
  interface Op {
    long run() throws Exception;
  }

  /** The work done on one input of an {@link #sumOver} operation; returns its checksum. */
  interface Each<T> {
    long apply(T input) throws Exception;
  }

  /** An operation that runs {@code each} on every input in order and sums the checksums. */
  static <T> Op sumOver(List<T> inputs, Each<? super T> each) {
    return () -> {
      long s = 0;
      for (T input : inputs) {
        s += each.apply(input);
      }
      return s;
    };
  }

  /**
   * Nanoseconds per operation and round.
   *
   * @param cpu thread CPU time, {@code [operation][round]}
   * @param wall wall-clock time, {@code [operation][round]}
   * @param checksum the sum of every run's result
   */
  record Timings(double[][] cpu, double[][] wall, long checksum) {

    /** Median thread CPU nanoseconds of operation {@code k}. */
    double medianCpu(int k) {
      return quantile(cpu[k], 0.5);
    }

    /** Median wall-clock nanoseconds of operation {@code k}. */
    double medianWall(int k) {
      return quantile(wall[k], 0.5);
    }

    /** Median share of a core that operation {@code k} got (CPU time / wall time). */
    double medianShare(int k) {
      double[] share = new double[cpu[k].length];
      for (int r = 0; r < share.length; r++) {
        share[r] = cpu[k][r] / wall[k][r];
      }
      return quantile(share, 0.5);
    }

    /**
     * The speed of operation {@code k} against operation {@code peer}: median over rounds of
     * (peer CPU time / CPU time), with the quartiles, as {@code **1.23×** (1.20–1.26)}.
     */
    String ratio(int peer, int k) {
      double[] q = new double[cpu[k].length];
      for (int r = 0; r < q.length; r++) {
        q[r] = cpu[peer][r] / cpu[k][r];
      }
      return String.format(Locale.ROOT, "**%.2f×** (%.2f–%.2f)",
          quantile(q, 0.5), quantile(q, 0.25), quantile(q, 0.75));
    }
  }

  private InterleavedRounds() {}

  /**
   * Warms every operation up (at least {@code minWarmupRuns} runs and {@code warmupCpuNanos} of CPU
   * each), then runs {@code rounds} rotated rounds.
   */
  static Timings run(List<? extends Op> ops, int rounds, int minWarmupRuns, long warmupCpuNanos)
      throws Exception {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long checksum = 0;
    for (Op op : ops) {
      long start = mx.getCurrentThreadCpuTime();
      for (int k = 0;
          k < minWarmupRuns || mx.getCurrentThreadCpuTime() - start < warmupCpuNanos;
          k++) {
        checksum += op.run();
      }
    }
    int n = ops.size();
    double[][] cpu = new double[n][rounds];
    double[][] wall = new double[n][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int j = 0; j < n; j++) {
        int k = (j + r) % n; // rotate the order from round to round
        long c0 = mx.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        checksum += ops.get(k).run();
        wall[k][r] = System.nanoTime() - w0;
        cpu[k][r] = mx.getCurrentThreadCpuTime() - c0;
      }
    }
    return new Timings(cpu, wall, checksum);
  }

  /** The {@code q} quantile of {@code a}, linearly interpolated. */
  static double quantile(double[] a, double q) {
    double[] b = a.clone();
    Arrays.sort(b);
    double pos = q * (b.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(lo + 1, b.length - 1);
    return b[lo] + (b[hi] - b[lo]) * (pos - lo);
  }
}
