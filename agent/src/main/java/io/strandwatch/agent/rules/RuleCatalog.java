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

  /**
   * The known id closest to a misspelt one, or null. A key that is the start of exactly one candidate counts as
   * close whatever its length ({@code limit} for {@code limit_usd}): leaving off a unit suffix is the usual slip.
   */
  static String closest(String name, Iterable<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String prefixOf = null;
    int prefixMatches = 0;
    for (String c : candidates) {
      if (name.length() >= 3 && c.startsWith(name)) {
        prefixOf = c;
        prefixMatches++;
      }
      int d = distance(name, c);
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    if (bestDistance <= Math.max(2, name.length() / 3)) {
      return best;
    }
    return prefixMatches == 1 ? prefixOf : null;
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
