package io.strandwatch.agent.rules;

import static io.strandwatch.agent.rules.Data.call;
import static io.strandwatch.agent.rules.Data.calls;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProviderDegradedRuleTest {

  @Test
  void pendingOnceTrustedThenFiring() {
    Harness h = new Harness("rules: {}\n");
    h.minutes(1, 1, k -> calls(call("openai", "gpt-4o", null, 10, "timeout", 1000, 1, 0)));
    assertNull(h.phase("provider_degraded|provider=openai"), "10 calls < 20: not trusted");
    h.minutes(2, 3, k -> calls(call("openai", "gpt-4o", null, 10, "rate_limited", 1000, 1, 0)));
    assertEquals("PENDING", h.phase("provider_degraded|provider=openai"));
    h.minutes(4, 4, k -> calls(call("openai", "gpt-4o", null, 10, "http_5xx", 1000, 1, 0)));
    assertEquals("FIRING", h.phase("provider_degraded|provider=openai"));
  }

  @Test
  void firesAfterForAndResolvesAfterClearFor() {
    Harness h = new Harness("rules: {}\n");
    h.minutes(1, 30, k -> calls(call("openai", "gpt-4o", null, k <= 3 ? 5 : 10, null, 1000, 1, 0),
        call("openai", "gpt-4o", null, k <= 3 ? 5 : 0, "http_5xx", 1000, 1, 0)));
    // Pending at 2m (n=20), firing at 4m; 18.75 % at 8m and 16.7 % at 9m hold (clear level 16 %), 15 % at 10m
    // clears, resolved 5m later.
    // 15 of 40 calls failed by 4m; the resolved event carries the last hold, 16.7 % at 9m.
    assertEquals(List.of("4m FIRING warning provider_degraded|provider=openai value=0.375 threshold=0.2 baseline=-"
        + " window=10m scope={gen_ai.provider.name=openai}",
        "15m RESOLVED warning provider_degraded|provider=openai value=0.16666666666666666 threshold=0.2"
        + " baseline=- window=10m scope={gen_ai.provider.name=openai}"), h.details());
    assertEquals("[strandwatch] FIRING warning provider_degraded provider=openai: failed calls (5xx, 429, timeout)"
        + " 37.5% over 10m (n=40) ≥ 20%", h.log.get(0));
  }

  @Test
  void clientErrorsAndFewCallsDoNotCount() {
    Harness h = new Harness("rules: {}\n");
    h.minutes(1, 30, k -> calls(call("openai", "gpt-4o", null, 5, "http_4xx", 1000, 1, 0),
        call("anthropic", "claude", null, 1, "timeout", 1000, 1, 0)));
    assertEquals(List.of(), h.transitions());
  }
}
