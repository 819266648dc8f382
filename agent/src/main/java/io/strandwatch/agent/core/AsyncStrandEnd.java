package io.strandwatch.agent.core;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;

/**
 * Ends an async strand execution when its future completes. CPU time and allocation are those of the
 * synchronous part on the calling thread (the work after it runs on threads the agent cannot attribute).
 */
final class AsyncStrandEnd implements BiConsumer<Object, Throwable> {

  private final StrandRecorder recorder;
  private final StrandFrame frame;
  private final long cpu;
  private final long allocated;

  AsyncStrandEnd(StrandRecorder recorder, StrandFrame frame, long cpu, long allocated) {
    this.recorder = recorder;
    this.frame = frame;
    this.cpu = cpu;
    this.allocated = allocated;
  }

  @Override
  public void accept(Object result, Throwable failure) {
    try {
      recorder.record(frame, System.nanoTime() - frame.startNanos, cpu, allocated,
          failure == null ? null : unwrap(failure));
    } catch (Throwable t) {
      AgentLog.warnOnce("async-strand-end", "could not record an async strand execution: " + t);
    }
  }

  static Throwable unwrap(Throwable t) {
    Throwable cur = t;
    while ((cur instanceof CompletionException || cur instanceof ExecutionException) && cur.getCause() != null) {
      cur = cur.getCause();
    }
    return cur;
  }
}
