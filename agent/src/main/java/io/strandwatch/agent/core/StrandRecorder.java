package io.strandwatch.agent.core;

import io.strandwatch.agent.bootstrap.StrandHooks;
import io.strandwatch.agent.metrics.StrandSeries;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The hot path: woven strand methods call {@link #enter} and {@link #exit} through the dispatcher. Between
 * them nothing allocates, locks, logs or calls OpenTelemetry; the measured wall time excludes the agent's own
 * reads of the CPU and allocation counters as far as ordering allows.
 */
final class StrandRecorder implements StrandHooks {

  /** Returned by enter for an execution that is not measured (too deep, or recursion); exit ignores it. */
  static final Object SKIPPED = new Object();

  static final int CPU_OFF = 0;
  static final int CPU_ALWAYS = 1;
  static final int CPU_SAMPLED = 2;

  private final StrandRegistry registry;
  private final ThreadMeters meters;
  private final int maxDepth;
  private final int cpuMode;
  private final int cpuSampleEvery;
  private final boolean allocation;

  StrandRecorder(StrandRegistry registry, ThreadMeters meters, int maxDepth, int cpuMode, int cpuSampleEvery) {
    this.registry = registry;
    this.meters = meters;
    this.maxDepth = maxDepth;
    this.cpuMode = meters.cpuSupported() ? cpuMode : CPU_OFF;
    this.cpuSampleEvery = cpuSampleEvery;
    this.allocation = meters.allocationSupported();
  }

  @Override
  public Object enter(int strandId) {
    StrandDefinition definition = registry.get(strandId);
    if (definition == null) {
      return null;
    }
    ThreadFrames thread = ThreadFrames.current();
    int depth = thread.depth;
    if (depth >= maxDepth || thread.isOpen(definition, depth)) {
      // Too deep, or recursion: a strand re-entered on the same thread is one execution, the outermost.
      // Nothing is pushed, so the open frames stay contiguous and exit has nothing to unwind.
      return SKIPPED;
    }
    StrandFrame frame = thread.frameAt(depth);
    long cpu = startCpu(thread);
    long allocated = allocation ? meters.allocatedBytes() : ThreadMeters.NOT_MEASURED;
    frame.begin(definition, System.nanoTime(), cpu, allocated);
    thread.depth = depth + 1;
    return frame;
  }

  private long startCpu(ThreadFrames thread) {
    if (cpuMode == CPU_ALWAYS) {
      return meters.cpuNanos();
    }
    if (cpuMode == CPU_SAMPLED && (thread.cpuCounter++ % cpuSampleEvery) == 0) {
      return meters.cpuNanos();
    }
    return ThreadMeters.NOT_MEASURED;
  }

  @Override
  public void exit(Object frameObject, Throwable thrown, Object returned) {
    long end = System.nanoTime();
    if (frameObject == SKIPPED) {
      return;
    }
    ThreadFrames thread = ThreadFrames.current();
    StrandFrame frame = (StrandFrame) frameObject;
    long cpu = frame.startCpu < 0 ? frame.startCpu : delta(frame.startCpu, meters.cpuNanos());
    long allocated = frame.startAllocated < 0
        ? frame.startAllocated : delta(frame.startAllocated, meters.allocatedBytes());
    thread.pop(frame);

    if (thrown == null && returned instanceof CompletionStage && !isDone(returned)) {
      // The execution ends when the future completes; the frame must outlive this method.
      thread.retire(frame);
      ((CompletionStage<?>) returned).whenComplete(new AsyncStrandEnd(this, frame, cpu, allocated));
      return;
    }
    if (frame.hasPendingCalls()) {
      thread.retire(frame);
    }
    Throwable failure = thrown != null ? thrown : failureOf(returned);
    record(frame, end - frame.startNanos, cpu, allocated, failure);
  }

  private static long delta(long start, long end) {
    return end < 0 ? ThreadMeters.UNAVAILABLE : end - start;
  }

  private static boolean isDone(Object stage) {
    return stage instanceof CompletableFuture && ((CompletableFuture<?>) stage).isDone();
  }

  /** A future returned already failed counts as an error, like a thrown exception. */
  private static Throwable failureOf(Object returned) {
    if (returned instanceof CompletableFuture && ((CompletableFuture<?>) returned).isCompletedExceptionally()) {
      try {
        ((CompletableFuture<?>) returned).getNow(null);
      } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
        return AsyncStrandEnd.unwrap(e);
      }
    }
    return null;
  }

  void record(StrandFrame frame, long durationNanos, long cpu, long allocated, Throwable failure) {
    StrandDefinition definition = frame.definition;
    StrandSeries series = failure == null ? definition.okSeries() : definition.errorSeries(failure);
    series.duration().record(durationNanos);
    recordOptional(series.cpu(), cpu);
    recordOptional(series.allocated(), allocated);
    if (frame.hasLlmCalls()) {
      series.llm().record(frame.llmCalls(), frame.tokens(LlmTotals.INPUT), frame.tokens(LlmTotals.OUTPUT),
          frame.tokens(LlmTotals.CACHE_READ), frame.tokens(LlmTotals.CACHE_WRITE),
          frame.tokens(LlmTotals.REASONING), frame.costPico());
    }
  }

  private static void recordOptional(io.strandwatch.agent.metrics.MeasureRecorder recorder, long value) {
    if (value >= 0) {
      recorder.record(value);
    } else if (value == ThreadMeters.UNAVAILABLE) {
      recorder.recordUnavailable();
    }
  }
}
