package io.strandwatch.agent.rules.budget;

import java.time.ZoneId;
import java.util.List;

/** One configured budget: a limit in USD per calendar period for a scope, with alert thresholds in percent. */
public final class Budget {

  private final String name;
  private final double limitUsd;
  private final BudgetPeriod period;
  private final BudgetScope scope;
  private final ZoneId zone;
  private final List<Integer> thresholdsPercent;

  public Budget(String name, double limitUsd, BudgetPeriod period, BudgetScope scope, ZoneId zone,
      List<Integer> thresholdsPercent) {
    this.name = name;
    this.limitUsd = limitUsd;
    this.period = period;
    this.scope = scope;
    this.zone = zone;
    this.thresholdsPercent = List.copyOf(thresholdsPercent);
  }

  public String name() {
    return name;
  }

  public double limitUsd() {
    return limitUsd;
  }

  public double limitPicoUsd() {
    return limitUsd * 1e12;
  }

  public BudgetPeriod period() {
    return period;
  }

  public BudgetScope scope() {
    return scope;
  }

  public ZoneId zone() {
    return zone;
  }

  /** Ascending, e.g. [50, 80, 100]. */
  public List<Integer> thresholdsPercent() {
    return thresholdsPercent;
  }
}
