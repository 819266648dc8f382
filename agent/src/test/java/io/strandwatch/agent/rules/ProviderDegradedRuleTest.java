package io.strandwatch.agent.rules;

import static io.strandwatch.agent.rules.Data.call;
import static io.strandwatch.agent.rules.Data.calls;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProviderDegradedRuleTest {

  @Test
  void firesAfterForAndResolvesAfterClearFor() {
    Harness h = new Harness("rules: {}\n");
    h.minutes(1, 30, k -> calls(call("openai", "gpt-4o", null, k <= 3 ? 5 : 10, null, 1000, 1, 0),
        call("openai", "gpt-4o", null, k <= 3 ? 5 : 0, "http_5xx", 1000, 1, 0)));
    // Pending at 2m (n=20), firing at 4m; 18.75 % at 8m and 16.7 % at 9m hold (clear level 16 %), 15 % at 10m
    // clears, resolved 5m later.
    assertEquals(List.of("4m FIRING warning provider_degraded|provider=openai",
        "15m RESOLVED warning provider_degraded|provider=openai"), h.transitions());
  }

  @Test
  void clientErrorsAndFewCallsDoNotCount() {
    Harness h = new Harness("rules: {}\n");
    h.minutes(1, 30, k -> calls(call("openai", "gpt-4o", null, 5, "http_4xx", 1000, 1, 0),
        call("anthropic", "claude", null, 1, "timeout", 1000, 1, 0)));
    assertEquals(List.of(), h.transitions());
  }
}
