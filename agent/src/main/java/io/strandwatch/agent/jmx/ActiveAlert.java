package io.strandwatch.agent.jmx;

import javax.management.ConstructorParameters;

/** One firing alert as the MXBean shows it (a CompositeData row to JMX clients). */
public final class ActiveAlert {

  private final String rule;
  private final String severity;
  private final String scope;
  private final String since;
  private final long sinceEpochMillis;
  private final double value;
  private final String valueText;

  @ConstructorParameters({"rule", "severity", "scope", "since", "sinceEpochMillis", "value", "valueText"})
  public ActiveAlert(String rule, String severity, String scope, String since, long sinceEpochMillis, double value,
      String valueText) {
    this.rule = rule;
    this.severity = severity;
    this.scope = scope;
    this.since = since;
    this.sinceEpochMillis = sinceEpochMillis;
    this.value = value;
    this.valueText = valueText;
  }

  public String getRule() {
    return rule;
  }

  /** {@code info}, {@code warning}, {@code error} or {@code critical}. */
  public String getSeverity() {
    return severity;
  }

  /** What it is about, e.g. {@code strand=checkout} or {@code provider=openai,model=gpt-4o}. */
  public String getScope() {
    return scope;
  }

  /** When it started firing, ISO-8601. */
  public String getSince() {
    return since;
  }

  public long getSinceEpochMillis() {
    return sinceEpochMillis;
  }

  /** The latest value in the rule's raw unit (ratio, ns, bytes, pico-USD, tokens). */
  public double getValue() {
    return value;
  }

  /** The latest value for people, e.g. {@code 31%}. */
  public String getValueText() {
    return valueText;
  }
}
