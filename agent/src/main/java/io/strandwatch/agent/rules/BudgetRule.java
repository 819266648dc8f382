package io.strandwatch.agent.rules;

import io.strandwatch.agent.alerts.Inhibitor;
import io.strandwatch.agent.alerts.Observation;
import io.strandwatch.agent.alerts.Scope;
import io.strandwatch.agent.alerts.Severity;
import io.strandwatch.agent.alerts.ValueUnit;
import io.strandwatch.agent.rules.budget.Budget;
import io.strandwatch.agent.rules.budget.BudgetLedger;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code budget}: spend in the current calendar period crossed a threshold of a configured budget (50/80/100 %
 * by default: info, warning, critical). Each threshold is its own alert, so each fires once per period: spend
 * only grows within a period, and the alert resolves when the next period starts from zero. It alerts; the
 * agent learns a call's cost only after it returns, so it never blocks calls.
 */
public final class BudgetRule implements Rule {

  public static final String ID = "budget";
  private static final RuleSpec.Builder B = RuleSpec.builder(ID,
      "Spend of the current period crossed a threshold of a configured budget.", false)
      .lifecycle(true, 0, 0, 0);
  public static final RuleSpec SPEC = B.build();

  private final RuleSettings settings;
  private final Map<String, Scope[]> scopes = new HashMap<>();

  public BudgetRule(RuleSettings settings) {
    this.settings = settings;
  }

  @Override
  public RuleSpec spec() {
    return SPEC;
  }

  /** Severity of a threshold: reaching the whole budget is critical, most of it a warning, less is info. */
  static Severity tierOf(int percent) {
    return percent >= 100 ? Severity.CRITICAL : percent >= 80 ? Severity.WARNING : Severity.INFO;
  }

  @Override
  public void evaluate(EvaluationContext ctx, List<Observation> out) {
    if (!settings.enabled(null)) {
      return;
    }
    for (BudgetLedger.Account a : ctx.ledger().accounts()) {
      Budget b = a.budget();
      List<Integer> thresholds = b.thresholdsPercent();
      double fraction = a.spentFraction();
      for (int i = 0; i < thresholds.size(); i++) {
        int t = thresholds.get(i);
        if (fraction < t / 100.0 || a.announcedBeforeRestart(i)) {
          continue;
        }
        out.add(Observation.breach(ID, scopeOf(b, i), tierOf(t), a.spendPico(), b.limitPicoUsd() * t / 100.0,
            null, b.period().configName(), ValueUnit.PICO_USD, settings.timing(null),
            "spent " + ValueUnit.PICO_USD.format(a.spendPico()) + " of the " + ValueUnit.PICO_USD.format(
                b.limitPicoUsd()) + " " + b.period().configName() + " budget '" + b.name() + "' ("
                + b.scope().text() + ") ≥ " + t + "%"));
      }
    }
  }

  private Scope scopeOf(Budget b, int index) {
    Scope[] s = scopes.computeIfAbsent(b.name(), n -> new Scope[b.thresholdsPercent().size()]);
    if (s[index] == null) {
      s[index] = scopeFor(b, "threshold=" + b.thresholdsPercent().get(index) + "%");
    }
    return s[index];
  }

  /** A budget alert's scope; carries the budget's own scope so a firing budget can inhibit spend_spike. */
  static Scope scopeFor(Budget b, String suffix) {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("budget.name", b.name());
    attributes.put(Inhibitor.BUDGET_SCOPE_ATTRIBUTE, b.scope().text());
    return Scope.of("budget=" + b.name() + (suffix == null ? "" : "," + suffix), attributes);
  }

  @Override
  public void saveBaselines(EvaluationContext ctx, Map<String, double[]> out) {
    // Thresholds reached so far this period: after a restart they are not announced again.
    ctx.ledger().save(out, a -> {
      int mask = 0;
      List<Integer> t = a.budget().thresholdsPercent();
      for (int i = 0; i < t.size(); i++) {
        if (a.spentFraction() >= t.get(i) / 100.0) {
          mask |= 1 << i;
        }
      }
      return mask;
    });
  }

  @Override
  public void loadBaselines(EvaluationContext ctx, Map<String, double[]> in) {
    ctx.ledger().load(in, ctx.nowMillis());
  }
}
