package io.strandwatch.agent.alerts;

/**
 * What one rule saw for one scope in one evaluation, when the value is not comfortably normal. A rule reports
 * either a breach ({@link #severity()} set: the value is at or over the trigger of that tier) or a hold (no
 * severity: under the trigger but not yet under the clear level). A scope a rule does not report is clear.
 * That split is the hysteresis that stops alerts flapping around a threshold.
 */
public final class Observation {

  private final String rule;
  private final Scope scope;
  private final String key;
  private final Severity severity;
  private final double value;
  private final double threshold;
  private final Double baseline;
  private final String window;
  private final String summary;
  private final ValueUnit unit;
  private final Timing timing;

  private Observation(String rule, Scope scope, Severity severity, double value, double threshold,
      Double baseline, String window, String summary, ValueUnit unit, Timing timing) {
    this.rule = rule;
    this.scope = scope;
    this.key = scope.keyFor(rule);
    this.severity = severity;
    this.value = value;
    this.threshold = threshold;
    this.baseline = baseline;
    this.window = window;
    this.summary = summary;
    this.unit = unit;
    this.timing = timing;
  }

  /** The value is at or over the trigger of {@code severity}'s tier. */
  public static Observation breach(String rule, Scope scope, Severity severity, double value, double threshold,
      Double baseline, String window, ValueUnit unit, Timing timing, String summary) {
    return new Observation(rule, scope, severity, value, threshold, baseline, window, summary, unit, timing);
  }

  /** The value is under every trigger but not yet under the clear level: a firing alert stays firing. */
  public static Observation hold(String rule, Scope scope, double value, double threshold, Double baseline,
      String window, ValueUnit unit, Timing timing, String summary) {
    return new Observation(rule, scope, null, value, threshold, baseline, window, summary, unit, timing);
  }

  public String rule() {
    return rule;
  }

  public Scope scope() {
    return scope;
  }

  public String key() {
    return key;
  }

  /** The breached tier, or null for a hold. */
  public Severity severity() {
    return severity;
  }

  public boolean isBreach() {
    return severity != null;
  }

  public double value() {
    return value;
  }

  public double threshold() {
    return threshold;
  }

  public Double baseline() {
    return baseline;
  }

  public String window() {
    return window;
  }

  public String summary() {
    return summary;
  }

  public ValueUnit unit() {
    return unit;
  }

  public Timing timing() {
    return timing;
  }

  /** How long a condition must hold before firing and clearing, and how often a firing alert is repeated. */
  public static final class Timing {

    private final long forMillis;
    private final long clearForMillis;
    private final long repeatMillis;

    public Timing(long forMillis, long clearForMillis, long repeatMillis) {
      this.forMillis = forMillis;
      this.clearForMillis = clearForMillis;
      this.repeatMillis = repeatMillis;
    }

    public long forMillis() {
      return forMillis;
    }

    public long clearForMillis() {
      return clearForMillis;
    }

    /** 0 means never repeat. */
    public long repeatMillis() {
      return repeatMillis;
    }
  }
}
