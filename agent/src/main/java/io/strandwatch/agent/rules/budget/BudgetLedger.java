package io.strandwatch.agent.rules.budget;

import io.strandwatch.bridge.model.LlmCallSeriesSnapshot;
import io.strandwatch.bridge.model.MetricsSnapshot;
import io.strandwatch.bridge.model.StrandSeriesSnapshot;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Spend so far in the current period of every budget. Shared by the budget and budget_burn rules; updated
 * once per evaluation before they run. Unpriced calls add nothing: their cost is unknown, not zero.
 */
public final class BudgetLedger {

  /** The running account of one budget in its current period. */
  public static final class Account {
    private final Budget budget;
    private long periodStartMillis = Long.MIN_VALUE;
    private long periodEndMillis = Long.MIN_VALUE;
    private double spendPico;
    /** Thresholds (as a bit per index) already announced before a restart in this period. */
    private int restoredAnnounced;

    Account(Budget budget) {
      this.budget = budget;
    }

    public Budget budget() {
      return budget;
    }

    public long periodStartMillis() {
      return periodStartMillis;
    }

    public long periodEndMillis() {
      return periodEndMillis;
    }

    public double spendPico() {
      return spendPico;
    }

    public double spentFraction() {
      return spendPico / budget.limitPicoUsd();
    }

    /** True when threshold number {@code index} was announced in this period before a restart. */
    public boolean announcedBeforeRestart(int index) {
      return (restoredAnnounced & (1 << index)) != 0;
    }

    void roll(long nowMillis) {
      if (nowMillis >= periodStartMillis && nowMillis < periodEndMillis) {
        return;
      }
      ZonedDateTime start = budget.period().start(Instant.ofEpochMilli(nowMillis), budget.zone());
      periodStartMillis = start.toInstant().toEpochMilli();
      periodEndMillis = budget.period().next(start).toInstant().toEpochMilli();
      spendPico = 0;
      restoredAnnounced = 0;
    }
  }

  private final List<Account> accounts = new ArrayList<>();

  public BudgetLedger(List<Budget> budgets) {
    for (Budget b : budgets) {
      accounts.add(new Account(b));
    }
  }

  public void record(MetricsSnapshot snapshot, long nowMillis) {
    for (int i = 0; i < accounts.size(); i++) {
      Account a = accounts.get(i);
      a.roll(nowMillis);
      BudgetScope scope = a.budget.scope();
      if (scope.countsStrands()) {
        for (StrandSeriesSnapshot s : snapshot.strands()) {
          if (scope.matches(s)) {
            a.spendPico += s.llm().costPicoUsd().sum();
          }
        }
      } else {
        for (LlmCallSeriesSnapshot c : snapshot.llmCalls()) {
          if (scope.matches(c)) {
            a.spendPico += c.usage().costPicoUsd().sum();
          }
        }
      }
    }
  }

  public List<Account> accounts() {
    return Collections.unmodifiableList(accounts);
  }

  /** Persisted form per budget name: period start, spend, thresholds announced (as a bit mask). */
  public void save(Map<String, double[]> out, java.util.function.ToIntFunction<Account> announcedMask) {
    for (Account a : accounts) {
      if (a.periodStartMillis != Long.MIN_VALUE) {
        out.put("budget|" + a.budget.name(),
            new double[] {a.periodStartMillis, a.spendPico, announcedMask.applyAsInt(a)});
      }
    }
  }

  /** Restores spend of the period still running; a saved period that has ended is ignored. */
  public void load(Map<String, double[]> in, long nowMillis) {
    for (Account a : accounts) {
      double[] d = in.get("budget|" + a.budget.name());
      if (d == null || d.length != 3 || !(d[1] >= 0)) {
        continue;
      }
      a.roll(nowMillis);
      if ((long) d[0] == a.periodStartMillis) {
        a.spendPico = d[1];
        a.restoredAnnounced = (int) d[2];
      }
    }
  }
}
