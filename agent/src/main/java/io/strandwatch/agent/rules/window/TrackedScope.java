package io.strandwatch.agent.rules.window;

import io.strandwatch.agent.alerts.Scope;
import java.util.Arrays;

/** Base of the tracked scopes: a name, its {@link Scope}, when it was last active, and per-rule state. */
public abstract class TrackedScope {

  private final Scope scope;
  long lastActiveMinute;
  private Object[] states = new Object[4];

  TrackedScope(Scope scope) {
    this.scope = scope;
  }

  public Scope scope() {
    return scope;
  }

  public long lastActiveMinute() {
    return lastActiveMinute;
  }

  /** The rule state in {@code slot}, created on first use. */
  @SuppressWarnings("unchecked")
  public <T> T state(StateSlot<T> slot) {
    if (slot.index >= states.length) {
      states = Arrays.copyOf(states, slot.index + 4);
    }
    Object s = states[slot.index];
    if (s == null) {
      s = slot.factory.get();
      states[slot.index] = s;
    }
    return (T) s;
  }

  /** The rule state in {@code slot}, or null when the rule has none here yet. */
  @SuppressWarnings("unchecked")
  public <T> T stateIfPresent(StateSlot<T> slot) {
    return slot.index < states.length ? (T) states[slot.index] : null;
  }
}
