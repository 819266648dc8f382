package io.strandwatch.agent.rules;

import static io.strandwatch.agent.rules.Data.CENT;
import static io.strandwatch.agent.rules.Data.MS;
import static io.strandwatch.agent.rules.Data.call;
import static io.strandwatch.agent.rules.Data.calls;
import static io.strandwatch.agent.rules.Data.strand;
import static io.strandwatch.agent.rules.Data.strands;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BudgetRuleTest {

  static final long DOLLAR = 100 * CENT;

  static io.strandwatch.bridge.model.MetricsSnapshot spend(long dollars) {
    return calls(call("openai", "gpt-4o", null, 1, null, 1000, dollars * DOLLAR, 0));
  }

  @Test
  void eachThresholdOncePerUtcDayAndResolvedAtRollover() {
    Harness h = new Harness("rules:\n  spend_spike: false\n  budget_burn: false\n"
        + "budgets:\n  - name: daily\n    limit_usd: 10\n    period: day\n");
    h.at(3600, spend(5));
    h.at(7200, spend(2));
    h.at(3 * 3600, spend(1));
    h.at(4 * 3600, spend(3));
    h.at(5 * 3600, spend(5));
    h.at(86_400 + 10, spend(0));
    h.at(86_400 + 3600, spend(6));
    assertEquals(List.of("1h FIRING info budget|budget=daily,threshold=50%",
        "3h FIRING warning budget|budget=daily,threshold=80%",
        "4h FIRING critical budget|budget=daily,threshold=100%",
        "24h10s RESOLVED info budget|budget=daily,threshold=50%",
        "24h10s RESOLVED warning budget|budget=daily,threshold=80%",
        "24h10s RESOLVED critical budget|budget=daily,threshold=100%",
        "25h FIRING info budget|budget=daily,threshold=50%"), h.transitions());
    assertEquals("[strandwatch] FIRING info budget budget=daily,threshold=50%: spent $5.00 of the $10.00 day"
        + " budget 'daily' (global) ≥ 50%", h.log.get(0));
  }

  @Test
  void dayBoundaryInAConfiguredZone() {
    Harness h = new Harness("rules:\n  spend_spike: false\n  budget_burn: false\n"
        + "budgets:\n  - {name: ny, limit_usd: 10, period: day, time_zone: America/New_York, thresholds: [50]}\n"
        + "  - {name: utc, limit_usd: 10, period: day, thresholds: [50]}\n");
    h.at(3 * 3600, spend(6)); // 22:00 the previous day in New York
    h.at(5 * 3600 - 10, spend(0)); // 23:59:50 in New York
    h.at(5 * 3600 + 10, spend(0)); // 00:00:10 in New York: a new day there, not in UTC
    h.at(6 * 3600, spend(5));
    assertEquals(List.of("3h FIRING info budget|budget=ny,threshold=50%",
        "3h FIRING info budget|budget=utc,threshold=50%",
        "5h10s RESOLVED info budget|budget=ny,threshold=50%",
        "6h FIRING info budget|budget=ny,threshold=50%"), h.transitions());
  }

  @Test
  void attributeScopeCountsOnlyItsStrands() {
    Harness h = new Harness("rules:\n  spend_spike: false\n  budget_burn: false\n  cost_outlier: false\n"
        + "budgets:\n  - {name: growth, limit_usd: 10, period: week, scope: team=growth}\n");
    h.at(60, strands(strand("signup", 6, MS).cost(DOLLAR).attributes(Map.of("team", "growth")),
        strand("search", 100, MS).cost(DOLLAR).attributes(Map.of("team", "search"))));
    h.at(120, strands(strand("search", 100, MS).cost(DOLLAR).attributes(Map.of("team", "search"))));
    assertEquals(List.of("1m FIRING info budget|budget=growth,threshold=50%"), h.transitions());
  }

  @Test
  void projectionWarnsLongBeforeTheBreach() {
    Harness h = new Harness("rules:\n  spend_spike: false\n"
        + "budgets:\n  - {name: daily, limit_usd: 24, period: day, thresholds: [100]}\n");
    // $1.50 an hour in 15-minute steps: projects $36 for the day (150 %); the budget runs out at 16h.
    for (int i = 1; i <= 64; i++) {
      h.at(i * 900L, calls(call("openai", "gpt-4o", null, 1, null, 1000, 375 * DOLLAR / 1000, 0)));
    }
    // Nothing before 10 % of the day (2h24m); pending at 2h30m, firing after 'for' (15m).
    assertEquals(List.of("2h45m FIRING warning budget_burn|budget=daily",
        "16h FIRING critical budget|budget=daily,threshold=100%"), h.transitions());
  }
}
