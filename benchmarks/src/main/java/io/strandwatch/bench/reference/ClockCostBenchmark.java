package io.strandwatch.bench.reference;

import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the JDK charges for each reading a strand measurement needs, on this machine: the floor under the agent's
 * per-call overhead (two readings per measured quantity per call).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class ClockCostBenchmark {

  private java.lang.management.ThreadMXBean threads;
  private com.sun.management.ThreadMXBean extendedThreads;

  @Setup
  public void enableCounters() {
    threads = ManagementFactory.getThreadMXBean();
    extendedThreads = (com.sun.management.ThreadMXBean) threads;
    threads.setThreadCpuTimeEnabled(true);
    extendedThreads.setThreadAllocatedMemoryEnabled(true);
  }

  @Benchmark
  public long nanoTime() {
    return System.nanoTime();
  }

  @Benchmark
  public long currentThreadCpuTime() {
    return threads.getCurrentThreadCpuTime();
  }

  /** The form the agent uses, because it compiles for JDK 11. */
  @Benchmark
  public long threadAllocatedBytesById() {
    return extendedThreads.getThreadAllocatedBytes(Thread.currentThread().getId());
  }

  /** The JDK 14+ form, for comparison. */
  @Benchmark
  public long currentThreadAllocatedBytes() {
    return extendedThreads.getCurrentThreadAllocatedBytes();
  }
}
