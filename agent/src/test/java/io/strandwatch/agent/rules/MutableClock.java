package io.strandwatch.agent.rules;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand. */
final class MutableClock extends Clock {

  private long millis;

  MutableClock(Instant start) {
    this.millis = start.toEpochMilli();
  }

  void set(Instant t) {
    millis = t.toEpochMilli();
  }

  void advanceSeconds(long s) {
    millis += s * 1000;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public long millis() {
    return millis;
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis);
  }
}
