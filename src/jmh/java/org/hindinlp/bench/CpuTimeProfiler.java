package org.hindinlp.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Process CPU time per operation, for figures that hold up on a shared machine.
 *
 * <p>Wall-clock throughput drops when other processes take the cores; the CPU time the benchmark
 * JVM itself spends per operation (benchmark thread plus its GC and JIT threads) moves much less.
 * Reports two secondary results per benchmark:
 *
 * <ul>
 *   <li>{@code cpu.ns/op}: process CPU nanoseconds per operation (lower is better);
 *   <li>{@code cpu.share}: process CPU time / wall time over the iteration; about 1.0 when the
 *       benchmark thread had a core to itself, well below 1.0 when it was starved by other load.
 * </ul>
 *
 * <p>Use with {@code -prof org.hindinlp.bench.CpuTimeProfiler}; {@link Report} adds it.
 */
public final class CpuTimeProfiler implements InternalProfiler {

  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long cpuStart;
  private long wallStart;

  @Override
  public String getDescription() {
    return "process CPU time per operation (robust to other load on a shared machine)";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    wallStart = System.nanoTime();
    cpuStart = os.getProcessCpuTime();
  }

  @Override
  public List<? extends Result<?>> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    long cpu = os.getProcessCpuTime() - cpuStart;
    long wall = System.nanoTime() - wallStart;
    long ops = result.getMetadata().getAllOps();
    double perOp = ops > 0 ? (double) cpu / ops : Double.NaN;
    return List.of(
        new ScalarResult("cpu.ns/op", perOp, "ns/op", AggregationPolicy.AVG),
        new ScalarResult("cpu.share", (double) cpu / wall, "cpu/wall", AggregationPolicy.AVG));
  }
}
