package io.strandwatch.agent.jmx;

import io.strandwatch.agent.alerts.Severity;

/**
 * What a firing alert says about the health of its scope. Info alerts are notes, not trouble; an {@code error}
 * alert (runaway_strand) is as urgent as a critical one, because the strand is out of control now.
 */
public enum Health {
  HEALTHY("healthy"),
  DEGRADED("degraded"),
  CRITICAL("critical");

  private final String text;

  Health(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }

  static Health of(Severity severity) {
    if (severity == null) {
      return HEALTHY;
    }
    switch (severity) {
      case WARNING:
        return DEGRADED;
      case ERROR:
      case CRITICAL:
        return CRITICAL;
      default:
        return HEALTHY;
    }
  }

  Health worse(Health other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
