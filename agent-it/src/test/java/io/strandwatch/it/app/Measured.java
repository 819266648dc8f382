package io.strandwatch.it.app;

import io.strandwatch.annotations.TrackedStrand;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

public class Measured {

  private static final ScheduledExecutorService LATER = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "later");
    t.setDaemon(true);
    return t;
  });

  private CompletableFuture<String> lastReturned;
  private CompletableFuture<String> lastCreated;

  @TrackedStrand("measure.allocate")
  public byte[] allocateEightMegabytes() {
    return new byte[8 * 1024 * 1024];
  }

  /**
   * Busy until this thread has used {@code millis} of CPU time (not wall time), so the CPU the agent reports
   * can be checked exactly even on a loaded machine where the thread also waits for a core.
   */
  @TrackedStrand("measure.spin")
  public long spin(long millis) {
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long end = threads.getCurrentThreadCpuTime() + millis * 1_000_000L;
    long x = 0;
    while (threads.getCurrentThreadCpuTime() < end) {
      for (int i = 0; i < 1000; i++) {
        x += x * 31 + 7;
      }
    }
    return Blackhole.consume(x);
  }

  @TrackedStrand("measure.nap")
  public void nap(long millis) throws InterruptedException {
    Thread.sleep(millis);
  }

  @TrackedStrand("async.later")
  public CompletableFuture<String> later(long millis) {
    CompletableFuture<String> f = new CompletableFuture<>();
    LATER.schedule(() -> f.complete("done"), millis, TimeUnit.MILLISECONDS);
    lastCreated = f;
    return f;
  }

  @TrackedStrand("async.fail")
  public CompletableFuture<String> failLater(long millis) {
    CompletableFuture<String> f = new CompletableFuture<>();
    LATER.schedule(() -> f.completeExceptionally(new java.io.IOException("late failure")), millis,
        TimeUnit.MILLISECONDS);
    return f;
  }

  /** The agent must hand the caller the very future the method returned. */
  public boolean sameFutureReturned() {
    lastReturned = later(1);
    return lastReturned == lastCreated;
  }
}
