package io.strandwatch.agent.rules;

import static io.strandwatch.agent.rules.Data.call;
import static io.strandwatch.agent.rules.Data.calls;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strandwatch.bridge.model.LlmCallSeriesSnapshot;
import io.strandwatch.bridge.model.LlmUsage;
import io.strandwatch.bridge.model.Measure;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnpricedModelRuleTest {

  @Test
  void oncePerModelPerUtcDay() {
    Harness h = new Harness("rules: {}\n");
    for (int i = 1; i <= 30; i++) {
      h.at(i * 600L, calls(call("openai", "gpt-9", null, 3, null, 1000, 0, 3)));
    }
    h.at(86_400 + 60, calls(call("openai", "gpt-9", null, 3, null, 1000, 0, 3)));
    // Value: unpriced calls so far that UTC day (3 at the first evaluation, 90 by the end of it).
    assertEquals(List.of("10m FIRING info unpriced_model|provider=openai,model=gpt-9,day=2025-01-06 value=3"
        + " threshold=1 baseline=- window=1d scope={gen_ai.provider.name=openai, gen_ai.request.model=gpt-9,"
        + " strandwatch.day=2025-01-06}",
        "24h1m RESOLVED info unpriced_model|provider=openai,model=gpt-9,day=2025-01-06 value=90 threshold=1"
        + " baseline=- window=1d scope={gen_ai.provider.name=openai, gen_ai.request.model=gpt-9,"
        + " strandwatch.day=2025-01-06}",
        "24h1m FIRING info unpriced_model|provider=openai,model=gpt-9,day=2025-01-07 value=3 threshold=1"
        + " baseline=- window=1d scope={gen_ai.provider.name=openai, gen_ai.request.model=gpt-9,"
        + " strandwatch.day=2025-01-07}"), h.details());
    assertEquals("[strandwatch] FIRING info unpriced_model provider=openai,model=gpt-9,day=2025-01-06: no price for"
        + " model 'gpt-9' (openai): 3 call(s) today have unknown cost; add it to pricing.models in the config file",
        h.log.get(0));
  }

  @Test
  void unknownUsageIsNotAnUnpricedModel() {
    Harness h = new Harness("rules: {}\n");
    Measure noTokens = new Measure(null, 0, 0, 3);
    LlmUsage usage = new LlmUsage(new Measure(null, 3, 3, 0), noTokens, noTokens, Measure.EMPTY, Measure.EMPTY,
        Measure.EMPTY, new Measure(null, 0, 0, 3));
    h.at(60, calls(new LlmCallSeriesSnapshot("openai", "chat", "gpt-4o", null, "h", 443, null, null,
        Data.measure(1, 3), Measure.EMPTY, usage)));
    assertEquals(List.of(), h.transitions());
  }
}
