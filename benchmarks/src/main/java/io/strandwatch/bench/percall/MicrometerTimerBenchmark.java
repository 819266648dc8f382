package io.strandwatch.bench.percall;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The hand-written alternative to an agent: a Micrometer timer around the same (unwoven) method, run without any
 * agent. One timer shared by all threads, as one strand's recorder is.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Benchmark)
public class MicrometerTimerBenchmark {

  private final TrackedWork target = new TrackedWork();
  private long seed = 0x9E3779B97F4A7C15L;
  private Timer emptyTimer;
  private Timer workTimer;

  @Setup
  public void createTimers() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    emptyTimer = registry.timer("bench.empty");
    workTimer = registry.timer("bench.work");
  }

  @Benchmark
  public void emptyBody() {
    long start = System.nanoTime();
    target.empty();
    emptyTimer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
  }

  @Benchmark
  public long workBody() {
    long start = System.nanoTime();
    long result = target.work(seed);
    workTimer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    return result;
  }
}
