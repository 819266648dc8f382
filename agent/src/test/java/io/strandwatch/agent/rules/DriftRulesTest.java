package io.strandwatch.agent.rules;

import static io.strandwatch.agent.rules.Data.MS;
import static io.strandwatch.agent.rules.Data.strand;
import static io.strandwatch.agent.rules.Data.strands;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.strandwatch.bridge.model.MetricsSnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

class DriftRulesTest {

  /** 10 executions a minute at 9.5 or 10.5 ms of CPU: ±5 %, the sigma floor. */
  static MetricsSnapshot normalCpu(long k) {
    return strands(strand("parse", 10, MS).cpu(k % 2 == 0 ? 9_500_000 : 10_500_000));
  }

  @Test
  void cpuDriftFiresThroughCusumAndResolves() {
    Harness h = new Harness("rules: {}\n");
    h.minutes(1, 70, DriftRulesTest::normalCpu);
    h.minutes(71, 73, k -> strands(strand("parse", 10, MS).cpu(13 * MS)));
    // +30 % is ln(1.3) = 0.26 in logs, 5.2 sigmas (sigma floor 5 %); each execution is clipped to the baseline
    // + 3 sigma, so z = 3 and the CUSUM grows by 3 - k = 2.5 a minute: 2.5, 5 and 7.5 when minutes 71, 72 and
    // 73 close (72m..74m), under h = 8: not firing yet.
    assertNull(h.phase("cpu_regression|strand=parse"));
    h.minutes(74, 80, k -> strands(strand("parse", 10, MS).cpu(13 * MS)));
    h.minutes(81, 120, DriftRulesTest::normalCpu);
    // 10 when minute 74 closes: firing at 75m (for 0). Capped at 2h = 16; back to normal it falls about 0.5 a
    // minute (z = ±1, k = 0.5), under the clear level 6.4 (0.8 h) at 97m; resolved after clear_for (10m).
    // The event: value is the CUSUM (in sigmas), threshold h, baseline the learned CPU per execution in ns. A
    // resolved event carries the last value seen before the clear (a hold under h but over 0.8 h).
    assertEquals(List.of("1h15m FIRING info cpu_regression|strand=parse value=9.999999999999964 threshold=8"
        + " baseline=10047787.291302118 window=1m scope={strand.name=parse}",
        "1h47m RESOLVED info cpu_regression|strand=parse value=7.4344395246856125 threshold=8"
        + " baseline=10046020.354840053 window=1m scope={strand.name=parse}"), h.details());
    assertEquals("[strandwatch] FIRING info cpu_regression strand=parse: CUSUM 10 ≥ 8: typical CPU per execution"
        + " 13 ms vs baseline 10 ms (+29%)", h.log.get(0));
  }

  @Test
  void memoryDriftFires() {
    Harness h = new Harness("rules: {}\n");
    h.minutes(1, 70, k -> strands(strand("parse", 10, MS).allocated(k % 2 == 0 ? 950_000 : 1_050_000)));
    h.minutes(71, 80, k -> strands(strand("parse", 10, MS).allocated(1_300_000)));
    assertEquals(List.of("1h15m FIRING info memory_regression|strand=parse value=10.00000000000006 threshold=8"
        + " baseline=1005032.003563483 window=1m scope={strand.name=parse}"), h.details());
    assertEquals("[strandwatch] FIRING info memory_regression strand=parse: CUSUM 10 ≥ 8: typical allocation"
        + " per execution 1.24 MiB vs baseline 981 KiB (+29%)", h.log.get(0));
  }

  @Test
  void aSmallSustainedDriftFiresWithinMinutes() {
    Harness h = new Harness("rules: {}\n");
    h.minutes(1, 70, DriftRulesTest::normalCpu);
    // The baseline is the geometric mean of the HdrHistogram bucket values, 10.05 ms. 11 ms is +9.5 %:
    // z = ln(1.095) / 0.05 = 1.8 (under the clip), 1.3 a minute after the slack: over 8 after the seventh minute
    // (71..77), evaluated at 78m.
    h.minutes(71, 90, k -> strands(strand("parse", 10, MS).cpu(11 * MS)));
    assertEquals(List.of("1h18m FIRING info cpu_regression|strand=parse"), h.transitions());
  }

  @Test
  void neitherASpikeMinuteNorOneHeavyExecutionAMinuteFires() {
    Harness h = new Harness("rules: {}\n");
    h.minutes(1, 70, DriftRulesTest::normalCpu);
    // One minute at 3x: each execution clipped to + 3 sigma, z = 3, the CUSUM at 2.5 and falling.
    h.minutes(71, 71, k -> strands(strand("parse", 10, MS).cpu(30 * MS)));
    h.minutes(72, 100, DriftRulesTest::normalCpu);
    // Then, every minute, one execution in ten at 20x: a plain mean of 2.9x; clipped, 1.015x (+0.3 sigma).
    h.minutes(101, 200, k -> strands(strand("parse", 9, MS).cpu(k % 2 == 0 ? 9_500_000 : 10_500_000),
        strand("parse", 1, MS).cpu(200 * MS)));
    assertEquals(List.of(), h.transitions());
  }

  @Test
  void quietUnderNormalVarianceAndDuringWarmup() {
    Harness h = new Harness("rules: {}\n");
    h.minutes(1, 30, k -> strands(strand("parse", 10, MS).cpu(k < 20 ? 10 * MS : 30 * MS)));
    h.minutes(31, 300, k -> strands(strand("parse", 10, MS).cpu(k % 3 == 0 ? 11 * MS : k % 3 == 1 ? 9 * MS : 10 * MS)));
    assertEquals(List.of(), h.transitions());
  }
}
