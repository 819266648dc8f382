package io.strandwatch.agent.rules;

import static io.strandwatch.agent.rules.Data.CENT;
import static io.strandwatch.agent.rules.Data.call;
import static io.strandwatch.agent.rules.Data.calls;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpendSpikeRuleTest {

  @Test
  void firesOnASpikeAfterWarmupAndResolves() {
    Harness h = new Harness("rules: {}\n");
    h.minutes(1, 70, k -> calls(call("openai", "gpt-4o", null, 1, null, 1000, CENT, 0)));
    h.minutes(71, 71, k -> calls(call("openai", "gpt-4o", null, 1, null, 1000, 100 * CENT, 0)));
    assertEquals("PENDING", h.phase("spend_spike|global"));
    h.minutes(72, 75, k -> calls(call("openai", "gpt-4o", null, 1, null, 1000, 100 * CENT, 0)));
    h.minutes(76, 100, k -> calls(call("openai", "gpt-4o", null, 1, null, 1000, CENT, 0)));
    // Pending at 71m, firing at 73m ('for' 2m); the last spike minute (75) leaves the 5m window at 80m.
    // At 73m the window (69..73) spent $3.02 against the $1 floor (3 x the expected $0.052 is less); baseline
    // is the spend the learned rate expects for 5 minutes. The resolved event carries the last hold ($1.04).
    assertEquals(List.of("1h13m FIRING warning spend_spike|global value=3020000000000 threshold=1000000000000"
        + " baseline=52323581475.11151 window=5m scope={}",
        "1h30m RESOLVED warning spend_spike|global value=1040000000000 threshold=1000000000000"
        + " baseline=55808152443.26637 window=5m scope={}"), h.details());
    assertEquals("[strandwatch] FIRING warning spend_spike global: spend $3.02 over 5m (expected $0.05) ≥ $1.00",
        h.log.get(0));
  }

  @Test
  void quietUnderNormalVarianceUnderTheFloorAndDuringWarmup() {
    Harness h = new Harness("rules: {}\n");
    h.minutes(1, 30, k -> calls(call("openai", "gpt-4o", null, 1, null, 1000, 100 * CENT, 0)));
    h.minutes(31, 200, k -> calls(call("openai", "gpt-4o", null, 1, null, 1000, (k % 3 + 1) * 5 * CENT, 0)));
    assertEquals(List.of(), h.transitions());
  }

  @Test
  void firingBudgetOfTheSameScopeSilencesIt() {
    Harness h = new Harness("budgets:\n  - name: daily\n    limit_usd: 1.5\n    period: day\n    thresholds: [100]\n");
    h.minutes(1, 70, k -> calls(call("openai", "gpt-4o", null, 1, null, 1000, CENT, 0)));
    h.minutes(71, 75, k -> calls(call("openai", "gpt-4o", null, 1, null, 1000, 100 * CENT, 0)));
    // $0.70 + $1 at 71m crosses the $1.50 budget: the budget fires, the spike (firing at 73m) stays silent.
    assertEquals(List.of("1h11m FIRING critical budget|budget=daily,threshold=100%"), h.transitions());
    assertEquals("FIRING", h.phase("spend_spike|global"));
  }
}
