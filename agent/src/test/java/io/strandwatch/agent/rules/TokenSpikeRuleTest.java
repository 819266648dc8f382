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
    h.minutes(71, 71, k -> calls(call("openai", "gpt-4o", null, 30, null, 5000, 1, 0)));
    assertEquals("PENDING", h.phase("token_spike|provider=openai,model=gpt-4o,tokens=input"));
    h.minutes(72, 80, k -> calls(call("openai", "gpt-4o", null, 30, null, 5000, 1, 0)));
    h.minutes(81, 110, TokenSpikeRuleTest::normal);
    // Pending at 71m, firing at 76m; the spike leaves the 10m window at 90m, resolved 10m later. Values are the
    // rules' histogram buckets (within ±6 %): window p95 ~5,000 against 2 x the baseline p99 ~1,500 (warning).
    assertEquals(List.of("1h16m FIRING warning token_spike|provider=openai,model=gpt-4o,tokens=input value=4863.5"
        + " threshold=2943 baseline=1471.5 window=10m scope={gen_ai.provider.name=openai,"
        + " gen_ai.request.model=gpt-4o, gen_ai.token.type=input}",
        "1h40m RESOLVED warning token_spike|provider=openai,model=gpt-4o,tokens=input value=4863.5 threshold=2943"
        + " baseline=1471.5 window=10m scope={gen_ai.provider.name=openai, gen_ai.request.model=gpt-4o,"
        + " gen_ai.token.type=input}"), h.details());
    assertEquals("[strandwatch] FIRING warning token_spike provider=openai,model=gpt-4o,tokens=input: input tokens"
        + " per call p95 4864 tokens over 10m (n=300, baseline p99 1472 tokens) ≥ 2943 tokens", h.log.get(0));
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
