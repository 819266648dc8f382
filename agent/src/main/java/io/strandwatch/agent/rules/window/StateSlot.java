package io.strandwatch.agent.rules.window;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A typed place for one rule's per-scope state (its baseline, its CUSUM) inside a tracked scope. Keeping rule
 * state on the scope means evicting an idle scope frees everything about it at once.
 */
public final class StateSlot<T> {

  private static final AtomicInteger NEXT = new AtomicInteger();

  final int index = NEXT.getAndIncrement();
  final Supplier<T> factory;

  public StateSlot(Supplier<T> factory) {
    this.factory = factory;
  }
}
