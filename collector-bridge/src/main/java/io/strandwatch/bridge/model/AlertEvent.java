package io.strandwatch.bridge.model;

import java.util.Map;

/**
 * One alert state change (or a reminder of a firing alert), as on-call reads it. Fields mirror PagerDuty Events
 * v2: a dedup key per rule and scope, a severity from the rule's tier, trigger/resolve.
 */
public final class AlertEvent {

  public static final String FIRING = "firing";
  public static final String RESOLVED = "resolved";

  private final String rule;
  private final String severity;
  private final String state;
  private final String key;
  private final double value;
  private final double threshold;
  private final Double baseline;
  private final String window;
  private final String summary;
  private final Map<String, String> scope;
  private final long epochNanos;
  private final boolean reminder;

  public AlertEvent(String rule, String severity, String state, String key, double value, double threshold,
      Double baseline, String window, String summary, Map<String, String> scope, long epochNanos,
      boolean reminder) {
    this.rule = rule;
    this.severity = severity;
    this.state = state;
    this.key = key;
    this.value = value;
    this.threshold = threshold;
    this.baseline = baseline;
    this.window = window;
    this.summary = summary;
    this.scope = scope;
    this.epochNanos = epochNanos;
    this.reminder = reminder;
  }

  /** The rule's public id, e.g. {@code error_rate}. */
  public String rule() {
    return rule;
  }

  /** {@code critical}, {@code error}, {@code warning} or {@code info}. */
  public String severity() {
    return severity;
  }

  /** {@link #FIRING} or {@link #RESOLVED}. */
  public String state() {
    return state;
  }

  /** Dedup key {@code rule|scope}: the same for every event of one alert. */
  public String key() {
    return key;
  }

  public double value() {
    return value;
  }

  public double threshold() {
    return threshold;
  }

  /** The learned baseline the value was compared with, or null for static rules. */
  public Double baseline() {
    return baseline;
  }

  /** The evaluation window, e.g. {@code 10m}. */
  public String window() {
    return window;
  }

  /** One line for humans: what happened and where. */
  public String summary() {
    return summary;
  }

  /** Scope attributes ({@code strand.name}, {@code gen_ai.provider.name}, {@code gen_ai.request.model}, ...). */
  public Map<String, String> scope() {
    return scope;
  }

  public long epochNanos() {
    return epochNanos;
  }

  /** True for a repeat of a still-firing alert (sent at the repeat interval), not a state change. */
  public boolean reminder() {
    return reminder;
  }
}
