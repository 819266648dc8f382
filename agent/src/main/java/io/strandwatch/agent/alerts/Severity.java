package io.strandwatch.agent.alerts;

/** A rule's tier. Ordered from least to most urgent so a higher ordinal means an escalation. */
public enum Severity {
  INFO("info"),
  WARNING("warning"),
  ERROR("error"),
  CRITICAL("critical");

  private final String wireName;

  Severity(String wireName) {
    this.wireName = wireName;
  }

  /** The PagerDuty-style name used on {@code AlertEvent#severity()}. */
  public String wireName() {
    return wireName;
  }

  public boolean isAbove(Severity other) {
    return other == null || ordinal() > other.ordinal();
  }
}
