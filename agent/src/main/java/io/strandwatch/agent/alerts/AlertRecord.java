package io.strandwatch.agent.alerts;

/** One alert as the end-of-run report lists it. Immutable copies are handed out by {@link AlertHistory}. */
public final class AlertRecord {

  private final String rule;
  private final String severity;
  private final String key;
  private final long firedAtMillis;
  private final long resolvedAtMillis;
  private final double peak;
  private final ValueUnit unit;
  private final boolean notified;

  public AlertRecord(String rule, String severity, String key, long firedAtMillis, long resolvedAtMillis,
      double peak, ValueUnit unit, boolean notified) {
    this.rule = rule;
    this.severity = severity;
    this.key = key;
    this.firedAtMillis = firedAtMillis;
    this.resolvedAtMillis = resolvedAtMillis;
    this.peak = peak;
    this.unit = unit;
    this.notified = notified;
  }

  public String rule() {
    return rule;
  }

  /** The highest severity reached. */
  public String severity() {
    return severity;
  }

  public String key() {
    return key;
  }

  public long firedAtMillis() {
    return firedAtMillis;
  }

  /** -1 while still firing. */
  public long resolvedAtMillis() {
    return resolvedAtMillis;
  }

  /** The highest value observed while pending or firing, in the rule's raw unit. */
  public double peak() {
    return peak;
  }

  /** The peak written for people, e.g. {@code 31%} or {@code 4.2 s}. */
  public String peakText() {
    return unit.format(peak);
  }

  /** False when the alert was silenced by inhibition or the rate cap for its whole life. */
  public boolean notified() {
    return notified;
  }

  AlertRecord with(String newSeverity, long resolvedAt, double newPeak, boolean wasNotified) {
    return new AlertRecord(rule, newSeverity, key, firedAtMillis, resolvedAt, newPeak, unit, wasNotified);
  }
}
