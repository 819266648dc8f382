package io.strandwatch.agent.rules;

import static io.strandwatch.agent.rules.Data.MS;
import static io.strandwatch.agent.rules.Data.strand;
import static io.strandwatch.agent.rules.Data.strands;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunawayStrandRuleTest {

  @Test
  void firesAtOnceOnTheFirstIntervalAndResolvesAfterClearFor() {
    Harness h = new Harness("rules: {}\n");
    h.at(10, strands(strand("loop", 3, MS).calls(4), strand("loop", 1, MS).calls(60)));
    h.minutes(1, 20, k -> strands(strand("loop", 3, MS).calls(4)));
    assertEquals(List.of("10s FIRING error runaway_strand|strand=loop",
        "11m RESOLVED error runaway_strand|strand=loop"), h.transitions());
    assertEquals("[strandwatch] FIRING error runaway_strand strand=loop: one execution reached LLM calls 60 ≥ cap 50",
        h.log.get(0));
  }

  @Test
  void quietUnderEveryCapAndPerStrandCaps() {
    Harness h = new Harness("strands:\n  research:\n    rules:\n      runaway_strand: {max_duration: 2h}\n");
    h.minutes(1, 20, k -> strands(strand("loop", 1, MS).calls(49).inputTokens(1_900_000),
        strand("research", 1, 3600_000 * MS)));
    assertEquals(List.of(), h.transitions());
  }
}
