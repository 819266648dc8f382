package io.strandwatch.agent.rules;

import static io.strandwatch.agent.rules.Data.call;
import static io.strandwatch.agent.rules.Data.calls;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strandwatch.bridge.model.MetricsSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenSpikeRuleTest {

  static MetricsSnapshot normal(long k) {
    return calls(call("openai", "gpt-4o", null, 15, null, 1000, 1, 0),
        call("openai", "gpt-4o", null, 15, null, 1500, 1, 0));
  }

  @Test
  void firesAsWarningAboveTwiceTheBaselineP99AndResolves() {
    Harness h = new Harness("rules: {}\n");
    h.minutes(1, 70, TokenSpikeRuleTest::normal);
    h.minutes(71, 80, k -> calls(call("openai", "gpt-4o", null, 30, null, 5000, 1, 0)));
    h.minutes(81, 110, TokenSpikeRuleTest::normal);
    // Pending at 71m, firing at 76m; the spike leaves the 10m window at 90m, resolved 10m later.
    assertEquals(List.of("1h16m FIRING warning token_spike|provider=openai,model=gpt-4o,tokens=input",
        "1h40m RESOLVED warning token_spike|provider=openai,model=gpt-4o,tokens=input"), h.transitions());
  }

  @Test
  void quietDuringWarmupAndUnderTheFloor() {
    Harness h = new Harness("rules: {}\n");
    h.minutes(1, 30, k -> calls(call("openai", "gpt-4o", null, 30, null, 5000, 1, 0)));
    h.minutes(1, 70, k -> calls(call("openai", "small", null, 30, null, 100, 1, 0)));
    h.minutes(71, 100, k -> calls(call("openai", "small", null, 30, null, 900, 1, 0))); // 9x, under 1000
    assertEquals(List.of(), h.transitions());
  }
}
