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
  void fromTheRealRecordersAnUnknownModelIsUnpricedCountedAndAlerted() {
    var agent = io.strandwatch.agent.core.HotPathForTests.create(100, false, false).withBundledPrices();
    int id = agent.registry.register("s", java.util.Map.of());
    Object frame = agent.strandHooks().enter(id);
    for (String model : new String[] {"gpt-9", "gpt-9", "gpt-9", "gpt-4o", "gpt-4o"}) {
      Object call = agent.llmHooks().start("openai", "chat", model, null, -1, false);
      agent.llmHooks().usage(call, 1_000, 100, -1, -1, -1);
      agent.llmHooks().response(call, model, null);
      agent.llmHooks().end(call, null);
    }
    // A failed call without usage: unknown cost too, but not an unpriced model.
    Object failed = agent.llmHooks().start("openai", "chat", "gpt-4o", null, -1, false);
    agent.llmHooks().end(failed, "http_5xx");
    agent.strandHooks().exit(frame, null, null);
    io.strandwatch.bridge.model.MetricsSnapshot snapshot = agent.ticker.tick();

    var strand = agent.totals.strands().get(0);
    assertEquals(true, strand.llm().costUnknown(), "unknown, never $0");
    var gpt9 = agent.totals.models().stream().filter(m -> m.model().equals("gpt-9")).findFirst().orElseThrow();
    assertEquals(3, gpt9.usage().costUnavailable(), "counted as unpriced calls");
    assertEquals(3_000, gpt9.usage().tokens(0), "their tokens still count");

    Harness h = new Harness("rules: {}\n");
    h.at(60, snapshot);
    assertEquals(List.of("1m FIRING info unpriced_model|provider=openai,model=gpt-9,day=2025-01-06 value=3"
        + " threshold=1 baseline=- window=1d scope={gen_ai.provider.name=openai, gen_ai.request.model=gpt-9,"
        + " strandwatch.day=2025-01-06}"), h.details());
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
