package io.strandwatch.agent.metrics;

import io.strandwatch.agent.core.AgentLog;
import io.strandwatch.bridge.model.MetricsSnapshot;
import io.strandwatch.bridge.model.SnapshotListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The agent's one background thread for measurements: every interval it drains all recorders into a
 * {@link MetricsSnapshot}, folds it into the run totals and hands it to the listeners (exporters, rules).
 * Everything slow happens here, never on application threads.
 */
public final class Ticker {

  private final SeriesTable strands;
  private final LlmCallTable llmCalls;
  private final RunTotals totals;
  private final List<SnapshotListener> listeners = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService executor;
  private long lastEpochNanos = epochNanos();
  private volatile boolean stopping;

  public Ticker(SeriesTable strands, LlmCallTable llmCalls, RunTotals totals) {
    this.strands = strands;
    this.llmCalls = llmCalls;
    this.totals = totals;
    this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "strandwatch-ticker");
      t.setDaemon(true);
      return t;
    });
  }

  public void addListener(SnapshotListener listener) {
    listeners.add(listener);
  }

  public void start(long intervalMillis) {
    executor.scheduleAtFixedRate(this::tickSafely, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
  }

  /** Runs a task on the ticker thread (so it never races a tick). */
  public void execute(Runnable task) {
    executor.execute(task);
  }

  private void tickSafely() {
    try {
      tick();
    } catch (Throwable t) {
      AgentLog.warnOnce("tick-failed", "taking a snapshot failed; measurements continue: " + t);
    }
  }

  /** Takes one snapshot now. Synchronized so the final tick at exit cannot overlap a scheduled one. */
  public synchronized MetricsSnapshot tick() {
    long now = epochNanos();
    MetricsSnapshot snapshot = new MetricsSnapshot(lastEpochNanos, now, strands.drain(new ArrayList<>()),
        llmCalls.drain());
    lastEpochNanos = now;
    totals.add(snapshot);
    for (SnapshotListener listener : listeners) {
      try {
        listener.onSnapshot(snapshot);
      } catch (Throwable t) {
        AgentLog.warnOnce("listener-" + listener.getClass().getName(),
            listener.getClass().getSimpleName() + " failed on a snapshot; it keeps receiving them: " + t);
      }
    }
    return snapshot;
  }

  /** Stops the schedule, takes the final snapshot and lets listeners flush within {@code timeoutMillis}. */
  public void stop(long timeoutMillis) {
    stopping = true;
    executor.shutdownNow();
    tick();
    long deadline = System.currentTimeMillis() + timeoutMillis;
    for (SnapshotListener listener : listeners) {
      long left = Math.max(0, deadline - System.currentTimeMillis());
      try {
        listener.shutdown(left);
      } catch (Throwable t) {
        AgentLog.warn(listener.getClass().getSimpleName() + " failed to shut down: " + t);
      }
    }
  }

  /** True from the start of {@link #stop}: listeners can skip what only matters to a JVM that keeps running. */
  public boolean stopping() {
    return stopping;
  }

  private static long epochNanos() {
    java.time.Instant now = java.time.Instant.now();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }
}
