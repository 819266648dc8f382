package io.strandwatch.agent.rules;

import io.strandwatch.agent.rules.budget.BudgetLedger;
import io.strandwatch.agent.rules.window.ActivityStore;
import io.strandwatch.bridge.model.MetricsSnapshot;

/** What a rule sees in one evaluation: the time, the interval's snapshot and the shared windows. */
public final class EvaluationContext {

  private final ActivityStore store;
  private final BudgetLedger ledger;
  private long nowMillis;
  private long minute;
  private long closedMinute = -1;
  private MetricsSnapshot snapshot;

  EvaluationContext(ActivityStore store, BudgetLedger ledger) {
    this.store = store;
    this.ledger = ledger;
  }

  void advance(long nowMillis, MetricsSnapshot snapshot) {
    long m = Math.floorDiv(nowMillis, 60_000L);
    closedMinute = snapshot == null || this.snapshot == null || m <= minute ? -1 : minute;
    this.nowMillis = nowMillis;
    this.minute = m;
    this.snapshot = snapshot;
  }

  public long nowMillis() {
    return nowMillis;
  }

  /** The current minute (epoch millis / 60,000): the newest slot of every ring. */
  public long minute() {
    return minute;
  }

  /**
   * The minute that ended since the previous evaluation, or -1. Baselines fold complete minutes only, and
   * before the new snapshot is added, so they never learn from a partial minute.
   */
  public long closedMinute() {
    return closedMinute;
  }

  public MetricsSnapshot snapshot() {
    return snapshot;
  }

  public ActivityStore store() {
    return store;
  }

  public BudgetLedger ledger() {
    return ledger;
  }
}
