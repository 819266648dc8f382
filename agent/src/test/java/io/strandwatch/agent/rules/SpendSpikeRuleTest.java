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
    h.minutes(71, 75, k -> calls(call("openai", "gpt-4o", null, 1, null, 1000, 100 * CENT, 0)));
    h.minutes(76, 100, k -> calls(call("openai", "gpt-4o", null, 1, null, 1000, CENT, 0)));
    // Pending at 71m, firing at 73m ('for' 2m); the last spike minute (75) leaves the 5m window at 80m.
    assertEquals(List.of("1h13m FIRING warning spend_spike|global", "1h30m RESOLVED warning spend_spike|global"),
        h.transitions());
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
