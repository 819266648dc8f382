package io.strandwatch.agent.core;

import java.lang.ref.WeakReference;

/**
 * The exceptions that recently ended LLM calls as failed, held weakly and compared by identity. A framework on an
 * instrumented SDK (Spring AI 2.x, LangChain4j {@code -open-ai-official}) sees the SDK's very exception, often
 * wrapped in its own: a failure whose cause chain holds one already recorded is the same request failing at the
 * second layer, and is dropped. Failures carry no response id, so {@link RecentResponseIds} cannot catch these.
 */
final class RecentFailures {

  private final WeakReference<?>[] ring;
  private int next;

  RecentFailures(int capacity) {
    this.ring = new WeakReference<?>[capacity];
  }

  /** True when {@code error} or a cause of it was recorded recently; otherwise remembers it and returns false. */
  synchronized boolean seenBefore(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      for (WeakReference<?> ref : ring) {
        if (ref != null && ref.get() == t) {
          return true;
        }
      }
    }
    ring[next] = new WeakReference<>(error);
    next = (next + 1) % ring.length;
    return false;
  }
}
