package io.strandwatch.agent.rules;

import static io.strandwatch.agent.rules.Data.MS;
import static io.strandwatch.agent.rules.Data.strand;
import static io.strandwatch.agent.rules.Data.strands;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DriftRulesTest {

  @Test
  void cpuDriftFiresThroughCusumAndResolves() {
    Harness h = new Harness("rules: {}\n");
    h.minutes(1, 70, k -> strands(strand("parse", 10, MS).cpu(k % 2 == 0 ? 9_500_000 : 10_500_000)));
    h.minutes(71, 80, k -> strands(strand("parse", 10, MS).cpu(13 * MS)));
    h.minutes(81, 120, k -> strands(strand("parse", 10, MS).cpu(k % 2 == 0 ? 9_500_000 : 10_500_000)));
    // +30 % is z = 5.2 per minute (sigma floor 5 %): the CUSUM is 4.7 after minute 71 and 9.4 after minute 72,
    // over h = 8, evaluated at 73m. It is capped; back to normal it falls 0.5 a minute on average (z = ±1,
    // k = 0.5), under the clear level 6.4 (0.8 h) at 99m; resolved after clear_for (10m).
    assertEquals(List.of("1h13m FIRING info cpu_regression|strand=parse",
        "1h49m RESOLVED info cpu_regression|strand=parse"), h.transitions());
  }

  @Test
  void memoryDriftFires() {
    Harness h = new Harness("rules: {}\n");
    h.minutes(1, 70, k -> strands(strand("parse", 10, MS).allocated(k % 2 == 0 ? 950_000 : 1_050_000)));
    h.minutes(71, 80, k -> strands(strand("parse", 10, MS).allocated(1_300_000)));
    assertEquals(List.of("1h13m FIRING info memory_regression|strand=parse"), h.transitions());
  }

  @Test
  void quietUnderNormalVarianceAndDuringWarmup() {
    Harness h = new Harness("rules: {}\n");
    h.minutes(1, 30, k -> strands(strand("parse", 10, MS).cpu(k < 20 ? 10 * MS : 30 * MS)));
    h.minutes(31, 300, k -> strands(strand("parse", 10, MS).cpu(k % 3 == 0 ? 11 * MS : k % 3 == 1 ? 9 * MS : 10 * MS)));
    assertEquals(List.of(), h.transitions());
  }
}
