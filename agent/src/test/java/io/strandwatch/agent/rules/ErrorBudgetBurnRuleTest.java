package io.strandwatch.agent.rules;

import static io.strandwatch.agent.rules.Data.MS;
import static io.strandwatch.agent.rules.Data.strand;
import static io.strandwatch.agent.rules.Data.strands;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorBudgetBurnRuleTest {

  static final String CONFIG = "rules:\n  error_rate: false\n"
      + "strands:\n  pay:\n    rules:\n      error_budget_burn: {slo: 0.99}\n";

  @Test
  void pagesAtOnceAndResolvesWhenTheShortWindowsRecover() {
    Harness h = new Harness(CONFIG);
    // 25 % errors (burn 25) in minutes 1..10, none after.
    h.minutes(1, 60, k -> k <= 10 ? strands(strand("pay", 75, MS), strand("pay", 25, MS).failed())
        : strands(strand("pay", 100, MS)));
    // The 30m burn drops under 6 at 33m (hold above 4.8), under 4.8 at 35m; resolved after clear_for (5m).
    // Burn 25 = 25 % errors / 1 % allowed; the resolved event carries the last hold (the warning tier's 5x).
    assertEquals(List.of("1m FIRING critical error_budget_burn|strand=pay value=24.99999999999998 threshold=14.4"
        + " baseline=- window=1h+5m scope={strand.name=pay}",
        "40m RESOLVED critical error_budget_burn|strand=pay value=4.999999999999996 threshold=6 baseline=-"
        + " window=6h+30m scope={strand.name=pay}"), h.details());
    assertEquals("[strandwatch] FIRING critical error_budget_burn strand=pay: error budget burning 25x over 1h+5m"
        + " (SLO 99%) ≥ 14.4x", h.log.get(0));
  }

  @Test
  void warnsOnASlowBurn() {
    Harness h = new Harness(CONFIG);
    // 8 % errors: burn 8, under the page rate 14.4, over the warning rate 6.
    h.minutes(1, 10, k -> strands(strand("pay", 92, MS), strand("pay", 8, MS).failed()));
    assertEquals(List.of("1m FIRING warning error_budget_burn|strand=pay"), h.transitions());
  }

  @Test
  void quietWithinTheBudgetAndWithoutAnSlo() {
    Harness h = new Harness(CONFIG);
    h.minutes(1, 120, k -> strands(strand("pay", 199, MS), strand("pay", 1, MS).failed(),
        strand("other", 50, MS), strand("other", 50, MS).failed()));
    assertEquals(List.of(), h.transitions());
  }
}
