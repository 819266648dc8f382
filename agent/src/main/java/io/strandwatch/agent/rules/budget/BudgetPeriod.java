package io.strandwatch.agent.rules.budget;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** A calendar period a budget resets on, aligned to the budget's time zone (weeks start on Monday, ISO). */
public enum BudgetPeriod {
  HOUR, DAY, WEEK, MONTH;

  public String configName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Start of the period containing {@code now}. */
  public ZonedDateTime start(Instant now, ZoneId zone) {
    ZonedDateTime t = now.atZone(zone);
    switch (this) {
      case HOUR:
        return t.truncatedTo(ChronoUnit.HOURS);
      case DAY:
        return t.toLocalDate().atStartOfDay(zone);
      case WEEK:
        return t.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone);
      default:
        return t.toLocalDate().withDayOfMonth(1).atStartOfDay(zone);
    }
  }

  /** Start of the next period; DST days are 23 or 25 hours long, which calendar arithmetic respects. */
  public ZonedDateTime next(ZonedDateTime start) {
    switch (this) {
      case HOUR:
        return start.plusHours(1);
      case DAY:
        return start.toLocalDate().plusDays(1).atStartOfDay(start.getZone());
      case WEEK:
        return start.toLocalDate().plusWeeks(1).atStartOfDay(start.getZone());
      default:
        return start.toLocalDate().plusMonths(1).atStartOfDay(start.getZone());
    }
  }

  public static BudgetPeriod parse(String text) {
    for (BudgetPeriod p : values()) {
      if (p.configName().equals(text.trim().toLowerCase(java.util.Locale.ROOT))) {
        return p;
      }
    }
    return null;
  }
}
