package io.strandwatch.agent.alerts;

/** Where a tracked alert is in its life. Inactive alerts are not tracked at all. */
public enum AlertPhase {
  /** The condition holds but not yet for the rule's {@code for}; nobody is told. */
  PENDING,
  /** The condition held for {@code for}; stays firing until it has been clear for {@code clear_for}. */
  FIRING,
  /** Cleared for {@code clear_for}; final. */
  RESOLVED
}
