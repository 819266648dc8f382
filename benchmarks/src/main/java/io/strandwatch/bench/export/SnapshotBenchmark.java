package io.strandwatch.bench.export;

import io.strandwatch.agent.metrics.LlmCallTable;
import io.strandwatch.agent.metrics.RunTotals;
import io.strandwatch.agent.metrics.SeriesTable;
import io.strandwatch.agent.metrics.StrandSeries;
import io.strandwatch.agent.metrics.Ticker;
import io.strandwatch.bridge.model.MetricsSnapshot;
import io.strandwatch.bridge.model.StrandSeriesSnapshot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One snapshot of many strand series, in process against the agent's (unrelocated) classes: what the ticker
 * thread spends every interval. Before each snapshot every series receives {@code executionsPerSeries} executions
 * with durations, CPU times and allocations spread over several orders of magnitude, so the drained histograms
 * are as wide as real traffic makes them; 0 measures an idle interval.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class SnapshotBenchmark {

  private static final int DISTINCT_VALUES = 4096;

  @Param("10000")
  public int series;

  @Param({"0", "20"})
  public int executionsPerSeries;

  private Ticker ticker;
  private SeriesTable table;
  private final List<StrandSeries> all = new ArrayList<>();
  private long[] durations;
  private long[] cpuTimes;
  private long[] allocations;
  private int cursor;

  @Setup(Level.Trial)
  public void createSeries() {
    table = new SeriesTable(series + 10);
    for (int i = 0; i < series; i++) {
      all.add(table.series("snapshot.strand-" + i, Collections.emptyMap(), StrandSeries.OK, null));
    }
    ticker = new Ticker(table, new LlmCallTable(10), new RunTotals());
    SplittableRandom random = new SplittableRandom(42);
    durations = logUniform(random, 1_000, 10_000_000_000L);
    cpuTimes = logUniform(random, 1_000, 1_000_000_000L);
    allocations = logUniform(random, 1_000, 10_000_000L);
    // The first snapshot creates the run totals of every strand; later ones, the steady state, only add to them.
    recordTraffic();
    ticker.tick();
  }

  private static long[] logUniform(SplittableRandom random, long min, long max) {
    long[] values = new long[DISTINCT_VALUES];
    double span = Math.log((double) max / min);
    for (int i = 0; i < values.length; i++) {
      values[i] = (long) (min * Math.exp(random.nextDouble() * span));
    }
    return values;
  }

  @Setup(Level.Invocation)
  public void recordTraffic() {
    for (StrandSeries s : all) {
      for (int e = 0; e < executionsPerSeries; e++) {
        int i = cursor++ & (DISTINCT_VALUES - 1);
        s.duration().record(durations[i]);
        s.cpu().record(cpuTimes[i]);
        s.allocated().record(allocations[i]);
      }
    }
  }

  /** The full tick: drain every series, fold into run totals (no listeners attached). */
  @Benchmark
  public MetricsSnapshot tick() {
    return ticker.tick();
  }

  /** Draining alone, as the ticker does before handing the snapshot on. */
  @Benchmark
  public List<StrandSeriesSnapshot> drain() {
    return table.drain(new ArrayList<>());
  }
}
