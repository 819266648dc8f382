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
    assertEquals(List.of("10s FIRING error runaway_strand|strand=loop value=60 threshold=50 baseline=-"
        + " window=execution scope={strand.name=loop}",
        "11m RESOLVED error runaway_strand|strand=loop value=60 threshold=50 baseline=- window=execution"
        + " scope={strand.name=loop}"), h.details());
    assertEquals("[strandwatch] FIRING error runaway_strand strand=loop: one execution reached LLM calls 60 ≥ cap 50",
        h.log.get(0));
  }

  @Test
  void everyCapFiresAndTheLargestExcessIsReported() {
    Harness h = new Harness("rules:\n  cost_outlier: false\n");
    h.at(60, strands(strand("tokens", 1, MS).inputTokens(3_000_000), strand("money", 1, MS).cost(6 * 100 * Data.CENT),
        strand("slow", 1, 40 * 60_000 * MS), strand("both", 1, MS).calls(55).inputTokens(8_000_000)));
    // 'both' is 1.1x over the call cap and 4x over the input cap: the input cap is the one reported. Values are
    // the interval's per-execution maximum as the snapshot histogram reports it (its bucket's highest value,
    // within 0.1 % here), in tokens, pico-USD ($6 against the $5 cap) and ns (40 min against 30 min).
    assertEquals(List.of(
        "1m FIRING error runaway_strand|strand=tokens value=3000319 threshold=2000000 baseline=- window=execution"
            + " scope={strand.name=tokens}",
        "1m FIRING error runaway_strand|strand=money value=6000069312511 threshold=5000000000000 baseline=-"
            + " window=execution scope={strand.name=money}",
        "1m FIRING error runaway_strand|strand=slow value=2400886718463 threshold=1800000000000 baseline=-"
            + " window=execution scope={strand.name=slow}",
        "1m FIRING error runaway_strand|strand=both value=8003583 threshold=2000000 baseline=- window=execution"
            + " scope={strand.name=both}"), h.details());
    assertEquals(List.of("one execution reached input 3000319 tokens ≥ cap 2000000 tokens",
        "one execution reached cost $6.00 ≥ cap $5.00", "one execution reached duration 40 min ≥ cap 30 min",
        "one execution reached input 8003583 tokens ≥ cap 2000000 tokens"), h.summaries());
  }

  @Test
  void aPerStrandCapFiresWhereTheGlobalOneWouldNot() {
    Harness h = new Harness("strands:\n  tight:\n    rules:\n      runaway_strand: {max_llm_calls: 10}\n");
    h.at(60, strands(strand("tight", 1, MS).calls(12), strand("loose", 1, MS).calls(12)));
    assertEquals(List.of("1m FIRING error runaway_strand|strand=tight value=12 threshold=10 baseline=-"
        + " window=execution scope={strand.name=tight}"), h.details());
  }

  @Test
  void quietUnderEveryCapAndPerStrandCaps() {
    Harness h = new Harness("strands:\n  research:\n    rules:\n      runaway_strand: {max_duration: 2h}\n");
    h.minutes(1, 20, k -> strands(strand("loop", 1, MS).calls(49).inputTokens(1_900_000),
        strand("research", 1, 3600_000 * MS)));
    assertEquals(List.of(), h.transitions());
  }
}
