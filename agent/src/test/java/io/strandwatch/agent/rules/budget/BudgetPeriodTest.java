package io.strandwatch.agent.rules.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Calendar alignment of every period, in UTC and in a zone with daylight saving time. */
class BudgetPeriodTest {

  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  static String period(BudgetPeriod p, String instant, ZoneId zone) {
    ZonedDateTime start = p.start(Instant.parse(instant), zone);
    return start + " .. " + p.next(start);
  }

  @Test
  void hourDayWeekAndMonthInUtc() {
    String t = "2025-03-13T17:45:10Z"; // a Thursday
    assertEquals("2025-03-13T17:00Z .. 2025-03-13T18:00Z", period(BudgetPeriod.HOUR, t, ZoneOffset.UTC));
    assertEquals("2025-03-13T00:00Z .. 2025-03-14T00:00Z", period(BudgetPeriod.DAY, t, ZoneOffset.UTC));
    assertEquals("2025-03-10T00:00Z .. 2025-03-17T00:00Z", period(BudgetPeriod.WEEK, t, ZoneOffset.UTC));
    assertEquals("2025-03-01T00:00Z .. 2025-04-01T00:00Z", period(BudgetPeriod.MONTH, t, ZoneOffset.UTC));
  }

  @Test
  void weeksStartOnMondayAndMonthsHaveTheirOwnLength() {
    assertEquals("2025-03-10T00:00Z .. 2025-03-17T00:00Z",
        period(BudgetPeriod.WEEK, "2025-03-10T00:00:00Z", ZoneOffset.UTC));
    assertEquals("2025-03-10T00:00Z .. 2025-03-17T00:00Z",
        period(BudgetPeriod.WEEK, "2025-03-16T23:59:59Z", ZoneOffset.UTC));
    assertEquals("2024-02-01T00:00Z .. 2024-03-01T00:00Z",
        period(BudgetPeriod.MONTH, "2024-02-29T12:00:00Z", ZoneOffset.UTC));
    assertEquals("2025-12-01T00:00Z .. 2026-01-01T00:00Z",
        period(BudgetPeriod.MONTH, "2025-12-31T23:59:59Z", ZoneOffset.UTC));
  }

  @Test
  void aConfiguredZoneMovesTheBoundariesAndDaylightSavingDaysAre23Or25Hours() {
    // 03:00 UTC on 1 March is still 28 February in New York.
    assertEquals("2025-02-01T00:00-05:00[America/New_York] .. 2025-03-01T00:00-05:00[America/New_York]",
        period(BudgetPeriod.MONTH, "2025-03-01T03:00:00Z", NEW_YORK));
    ZonedDateTime spring = BudgetPeriod.DAY.start(Instant.parse("2025-03-09T12:00:00Z"), NEW_YORK);
    assertEquals(Duration.ofHours(23), Duration.between(spring, BudgetPeriod.DAY.next(spring)));
    ZonedDateTime fall = BudgetPeriod.DAY.start(Instant.parse("2025-11-02T12:00:00Z"), NEW_YORK);
    assertEquals(Duration.ofHours(25), Duration.between(fall, BudgetPeriod.DAY.next(fall)));
  }

  @Test
  void parsesTheConfigNames() {
    assertEquals(BudgetPeriod.WEEK, BudgetPeriod.parse(" Week "));
    assertNull(BudgetPeriod.parse("fortnight"));
  }
}
