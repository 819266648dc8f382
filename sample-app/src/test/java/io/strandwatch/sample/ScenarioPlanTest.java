package io.strandwatch.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The demo timeline for every start second of a minute, as {@link Scenario} lays it out from the clock. */
class ScenarioPlanTest {

  private static final long MINUTE = 60_000L;
  private static final long T0 = 29_000_000L * MINUTE;

  @Test
  void defaultRunSlowsDownAtAMinuteBoundaryAndEndsWithinTwoMinutes() {
    for (long offset = 0; offset < MINUTE; offset += 250) {
      long start = T0 + offset;
      Scenario.Plan p = Scenario.plan(start, 120_000);
      String at = "start at second " + offset / 1000.0 + ": " + p;
      assertTrue(p.aligned(), at);
      assertEquals(0, p.slowAt() % MINUTE, at);
      assertTrue(p.slowAt() - start >= Scenario.MIN_STEADY.toMillis(), at);
      assertTrue(p.slowAt() - start < Scenario.MIN_STEADY.toMillis() + MINUTE, at);
      assertTrue(p.end() <= start + 120_000, at);
      // the slow phase fits, and so does the time to collect min_samples slow executions
      assertTrue(p.slowUntil() <= p.end() && p.slowUntil() - p.slowAt() == Scenario.SLOW.toMillis(), at);
      // the error burst does not overlap the slowdown and its minute is over (plus clear_for) before the end
      assertTrue(p.errorsUntil() <= p.slowAt() || p.errorsAt() >= p.slowUntil(), at);
      long errorsMinuteOver = Math.floorDiv(p.errorsUntil() - 1, MINUTE) * MINUTE + MINUTE;
      assertTrue(errorsMinuteOver + 12_000 <= p.end(), at);
      if (p.errorsAt() < p.slowAt()) {
        // errors first only when the slow-then-errors order would not fit, with steady time before the slowdown
        assertTrue(p.slowAt() + Scenario.TAIL.toMillis() > start + 120_000, at);
        assertTrue(p.errorsUntil() + 10_000 <= p.slowAt(), at);
      } else {
        assertEquals(p.slowAt() + Scenario.TAIL.toMillis(), p.end(), at);
      }
    }
  }

  @Test
  void runTooShortForAClosedMinuteFallsBackToFractions() {
    Scenario.Plan p = Scenario.plan(T0 + 30_000, 60_000);
    assertTrue(!p.aligned(), p.toString());
    assertEquals(T0 + 30_000 + 21_000, p.slowAt());
    assertEquals(T0 + 90_000, p.end());
  }
}
