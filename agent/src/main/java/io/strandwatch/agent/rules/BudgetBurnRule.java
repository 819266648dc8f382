package io.strandwatch.agent.rules;

import io.strandwatch.agent.alerts.Observation;
import io.strandwatch.agent.alerts.Scope;
import io.strandwatch.agent.alerts.Severity;
import io.strandwatch.agent.alerts.ValueUnit;
import io.strandwatch.agent.rules.budget.Budget;
import io.strandwatch.agent.rules.budget.BudgetLedger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code budget_burn}: at the spend rate so far this period, a budget runs out before the period ends
 * (linear projection: spend / elapsed x period length). Warns while there is still time to act; says nothing
 * early in a period, when a single call would project wildly. Once the budget is actually exhausted the
 * {@code budget} rule speaks and this one only holds until the period rolls over.
 */
public final class BudgetBurnRule implements Rule {

  public static final String ID = "budget_burn";
  private static final RuleSpec.Builder B = RuleSpec.builder(ID,
      "The period's spend rate projects past the budget before the period ends.", false)
      .lifecycle(true, 15 * 60_000L, 15 * 60_000L, 0);
  static final ParamSpec MIN_ELAPSED = B.ratio("min_elapsed", 0.10, 0, 1,
      "Fraction of the period that must have passed before projecting.");
  static final ParamSpec WARNING = B.number("warning", 1.0, 0.1, 100,
      "Projected spend / limit for a warning.");
  static final ParamSpec CRITICAL = B.number("critical", 2.0, 0.1, 100,
      "Projected spend / limit for a critical alert.");
  public static final RuleSpec SPEC = B.build();

  private final RuleSettings settings;
  private final Map<String, Scope> scopes = new HashMap<>();

  public BudgetBurnRule(RuleSettings settings) {
    this.settings = settings;
  }

  @Override
  public RuleSpec spec() {
    return SPEC;
  }

  @Override
  public void evaluate(EvaluationContext ctx, List<Observation> out) {
    if (!settings.enabled(null)) {
      return;
    }
    for (BudgetLedger.Account a : ctx.ledger().accounts()) {
      Budget b = a.budget();
      double period = a.periodEndMillis() - a.periodStartMillis();
      double elapsed = ctx.nowMillis() - a.periodStartMillis();
      if (elapsed <= 0 || elapsed < settings.get(MIN_ELAPSED) * period) {
        continue;
      }
      double projected = a.spendPico() / elapsed * period;
      double ratio = projected / b.limitPicoUsd();
      double warning = settings.get(WARNING);
      double clear = settings.clearRatio(null);
      if (ratio < clear * warning) {
        continue;
      }
      Scope scope = scopes.computeIfAbsent(b.name(), n -> BudgetRule.scopeFor(b, null));
      String detail = "of the " + ValueUnit.PICO_USD.format(b.limitPicoUsd()) + " " + b.period().configName()
          + " budget '" + b.name() + "' by the end of the period (spent " + ValueUnit.PICO_USD.format(a.spendPico())
          + " with " + Math.round(100 * elapsed / period) + "% of the period gone)";
      if (a.spentFraction() >= 1) {
        out.add(Observation.hold(ID, scope, ratio, warning, null, b.period().configName(), ValueUnit.RATIO,
            settings.timing(null), "budget exhausted; projected spend " + ValueUnit.RATIO.format(ratio) + " " + detail));
        continue;
      }
      Tiers.report(out, ID, scope, ratio, warning, Severity.WARNING, settings.get(CRITICAL), Severity.CRITICAL, clear,
          null, b.period().configName(), ValueUnit.RATIO, settings.timing(null), "projected spend", detail);
    }
  }
}
