package io.strandwatch.agent.rules;

import static io.strandwatch.agent.rules.Data.CENT;
import static io.strandwatch.agent.rules.Data.MS;
import static io.strandwatch.agent.rules.Data.call;
import static io.strandwatch.agent.rules.Data.calls;
import static io.strandwatch.agent.rules.Data.snapshot;
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
  void eightyPercentFiresExactlyOncePerPeriodAcrossTwoPeriods() {
    Harness h = new Harness("rules:\n  spend_spike: false\n  budget_burn: false\n"
        + "budgets:\n  - {name: hourly, limit_usd: 10, period: hour, scope: provider=openai}\n");
    // Hour 1: $0.50 a minute. 50 % at 10m, 80 % at 16m; from 16m on the spend stays above 80 % (and under 100 %)
    // for 3 more minutes of spend and 40 minutes of evaluations without new spend.
    h.minutes(1, 19, k -> spend50Cents());
    h.minutes(20, 59, k -> calls());
    // Hour 2 starts from zero: both thresholds resolve at its first evaluation (60m) and fire again when crossed
    // ($0.50 a minute from 60m: 80 % at 75m). Anthropic's spend is outside the budget's scope.
    h.minutes(60, 78, k -> spend50Cents());
    List<String> eighty = h.details().stream().filter(e -> e.contains("threshold=80%")).collect(
        java.util.stream.Collectors.toList());
    assertEquals(List.of("16m FIRING warning budget|budget=hourly,threshold=80% value=8000000000000"
        + " threshold=8000000000000 baseline=- window=hour scope={budget.name=hourly, budget.scope=provider=openai}",
        "1h RESOLVED warning budget|budget=hourly,threshold=80% value=9500000000000 threshold=8000000000000"
        + " baseline=- window=hour scope={budget.name=hourly, budget.scope=provider=openai}",
        "1h15m FIRING warning budget|budget=hourly,threshold=80% value=8000000000000 threshold=8000000000000"
        + " baseline=- window=hour scope={budget.name=hourly, budget.scope=provider=openai}"), eighty);
    assertEquals(List.of("10m FIRING info budget|budget=hourly,threshold=50%",
        "16m FIRING warning budget|budget=hourly,threshold=80%",
        "1h RESOLVED info budget|budget=hourly,threshold=50%",
        "1h RESOLVED warning budget|budget=hourly,threshold=80%",
        "1h9m FIRING info budget|budget=hourly,threshold=50%",
        "1h15m FIRING warning budget|budget=hourly,threshold=80%"), h.transitions());
    assertEquals("[strandwatch] FIRING warning budget budget=hourly,threshold=80%: spent $8.00 of the $10.00 hour"
        + " budget 'hourly' (provider=openai) ≥ 80%", h.log.get(1));
    assertEquals("[strandwatch] RESOLVED warning budget budget=hourly,threshold=80%: cleared (peak $9.50, firing for"
        + " 44m)", h.log.get(3));
  }

  static io.strandwatch.bridge.model.MetricsSnapshot spend50Cents() {
    return calls(call("openai", "gpt-4o", null, 1, null, 1000, 50 * CENT, 0),
        call("anthropic", "claude-sonnet-4-5", null, 1, null, 1000, 50 * CENT, 0));
  }

  @Test
  void strandModelAndProviderScopesCountOnlyTheirSpend() {
    Harness h = new Harness("rules:\n  spend_spike: false\n  budget_burn: false\n  cost_outlier: false\n"
        + "budgets:\n"
        + "  - {name: s, limit_usd: 10, period: day, scope: strand=checkout, thresholds: [50]}\n"
        + "  - {name: m, limit_usd: 10, period: day, scope: model=gpt-4o, thresholds: [50]}\n"
        + "  - {name: p, limit_usd: 10, period: day, scope: provider=anthropic, thresholds: [50]}\n"
        + "  - {name: g, limit_usd: 10, period: day, thresholds: [50]}\n");
    // $4 on gpt-4o, $3 on claude; checkout's executions cost $6 in all (counted when they end).
    h.at(60, snapshot(List.of(strand("checkout", 3, MS).cost(2 * DOLLAR), strand("search", 3, MS).cost(DOLLAR)),
        List.of(call("openai", "gpt-4o", "checkout", 4, null, 1000, DOLLAR, 0),
            call("anthropic", "claude-sonnet-4-5", "search", 3, null, 1000, DOLLAR, 0))));
    assertEquals(List.of("1m FIRING info budget|budget=s,threshold=50%", "1m FIRING info budget|budget=g,threshold=50%"),
        h.transitions());
    // Another $1 on each model: gpt-4o reaches $5, anthropic $4.
    h.at(120, calls(call("openai", "gpt-4o", null, 1, null, 1000, DOLLAR, 0),
        call("anthropic", "claude-sonnet-4-5", null, 1, null, 1000, DOLLAR, 0)));
    assertEquals(List.of("1m FIRING info budget|budget=s,threshold=50%", "1m FIRING info budget|budget=g,threshold=50%",
        "2m FIRING info budget|budget=m,threshold=50%"), h.transitions());
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
  void projectionIsPendingForItsForAndResolvesOnceTheRateHasFallen() {
    Harness h = new Harness("rules:\n  spend_spike: false\n"
        + "budgets:\n  - {name: daily, limit_usd: 24, period: day, thresholds: [100]}\n");
    // $1.50 an hour for 4 hours ($6), then nothing: the projection spend / elapsed x 24 h falls as the day goes on.
    for (int i = 1; i <= 40; i++) {
      long cost = i <= 16 ? 375 * DOLLAR / 1000 : 0;
      h.at(i * 900L, calls(call("openai", "gpt-4o", null, 1, null, 1000, cost, 0)));
      if (i == 10) {
        assertEquals("PENDING", h.phase("budget_burn|budget=daily"), "2h30m: 150 % projected, 'for' is 15m");
      }
    }
    // Firing at 2h45m. $6 projects $19.20 at 7h30m, exactly the clear level (0.8 x 100 %), which still holds;
    // under it from 7h45m, resolved 'clear_for' (15m) later. The resolved event carries that last hold (80 %).
    assertEquals(List.of("2h45m FIRING warning budget_burn|budget=daily value=1.5 threshold=1 baseline=- window=day"
        + " scope={budget.name=daily, budget.scope=global}",
        "8h RESOLVED warning budget_burn|budget=daily value=0.8 threshold=1 baseline=- window=day"
        + " scope={budget.name=daily, budget.scope=global}"), h.details());
  }

  @Test
  void projectionWarnsLongBeforeTheBreach() {
    Harness h = new Harness("rules:\n  spend_spike: false\n"
        + "budgets:\n  - {name: daily, limit_usd: 24, period: day, thresholds: [100]}\n");
    // $1.50 an hour in 15-minute steps: projects $36 for the day (150 %); the budget runs out at 16h.
    for (int i = 1; i <= 64; i++) {
      h.at(i * 900L, calls(call("openai", "gpt-4o", null, 1, null, 1000, 375 * DOLLAR / 1000, 0)));
    }
    // Nothing before 10 % of the day (2h24m); pending at 2h30m, firing after 'for' (15m). Value: projected
    // spend / limit ($1.50 an hour x 24 h / $24 = 1.5); threshold: the warning tier (1.0).
    assertEquals(List.of("2h45m FIRING warning budget_burn|budget=daily value=1.5 threshold=1 baseline=- window=day"
        + " scope={budget.name=daily, budget.scope=global}",
        "16h FIRING critical budget|budget=daily,threshold=100% value=24000000000000 threshold=24000000000000"
        + " baseline=- window=day scope={budget.name=daily, budget.scope=global}"), h.details());
    assertEquals("[strandwatch] FIRING warning budget_burn budget=daily: projected spend 150% of the $24.00 day"
        + " budget 'daily' by the end of the period (spent $4.13 with 11% of the period gone) ≥ 100%",
        h.log.get(0));
  }
}
