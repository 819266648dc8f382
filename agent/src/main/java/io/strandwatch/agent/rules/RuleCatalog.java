package io.strandwatch.agent.rules;

import java.util.ArrayList;
import java.util.List;

/** Every rule the engine knows, by public id, in the order docs/alerts.md lists them. */
public final class RuleCatalog {

  public static final List<RuleSpec> SPECS = List.of(
      LatencyRegressionRule.SPEC, LatencyThresholdRule.SPEC, ErrorRateRule.SPEC, ErrorBudgetBurnRule.SPEC,
      ProviderDegradedRule.SPEC, TokenSpikeRule.SPEC, CostOutlierRule.SPEC, RunawayStrandRule.SPEC,
      SpendSpikeRule.SPEC, BudgetRule.SPEC, BudgetBurnRule.SPEC, CpuRegressionRule.SPEC,
      MemoryRegressionRule.SPEC, UnpricedModelRule.SPEC);

  private RuleCatalog() {}

  public static RuleSpec byId(String id) {
    for (RuleSpec s : SPECS) {
      if (s.id().equals(id)) {
        return s;
      }
    }
    return null;
  }

  public static List<String> ids() {
    List<String> ids = new ArrayList<>();
    for (RuleSpec s : SPECS) {
      ids.add(s.id());
    }
    return ids;
  }

  static Rule create(RuleSettings s) {
    switch (s.spec().id()) {
      case LatencyRegressionRule.ID: return new LatencyRegressionRule(s);
      case LatencyThresholdRule.ID: return new LatencyThresholdRule(s);
      case ErrorRateRule.ID: return new ErrorRateRule(s);
      case ErrorBudgetBurnRule.ID: return new ErrorBudgetBurnRule(s);
      case ProviderDegradedRule.ID: return new ProviderDegradedRule(s);
      case TokenSpikeRule.ID: return new TokenSpikeRule(s);
      case CostOutlierRule.ID: return new CostOutlierRule(s);
      case RunawayStrandRule.ID: return new RunawayStrandRule(s);
      case SpendSpikeRule.ID: return new SpendSpikeRule(s);
      case BudgetRule.ID: return new BudgetRule(s);
      case BudgetBurnRule.ID: return new BudgetBurnRule(s);
      case CpuRegressionRule.ID: return new CpuRegressionRule(s);
      case MemoryRegressionRule.ID: return new MemoryRegressionRule(s);
      case UnpricedModelRule.ID: return new UnpricedModelRule(s);
      default: throw new IllegalArgumentException(s.spec().id());
    }
  }
}
