package io.strandwatch.agent.rules;

import io.strandwatch.agent.alerts.Observation;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The effective parameters of one rule: the spec's defaults, overridden by {@code rules: ID:} and, per strand,
 * by {@code strands: NAME: rules: ID:}. Reads are array lookups so rules can ask per scope on every tick.
 */
public final class RuleSettings {

  private final RuleSpec spec;
  private final double[] values;
  private final Map<String, double[]> strandValues;
  private final Map<String, Observation.Timing> timings = new HashMap<>();
  private final Observation.Timing timing;

  RuleSettings(RuleSpec spec, double[] values, Map<String, double[]> strandValues) {
    this.spec = spec;
    this.values = values;
    this.strandValues = strandValues;
    this.timing = timingOf(values);
    for (Map.Entry<String, double[]> e : strandValues.entrySet()) {
      timings.put(e.getKey(), timingOf(e.getValue()));
    }
  }

  /** The spec's defaults only. */
  public static RuleSettings defaults(RuleSpec spec) {
    double[] v = new double[spec.params().size()];
    for (ParamSpec p : spec.params()) {
      v[p.index()] = p.defaultValue();
    }
    return new RuleSettings(spec, v, Collections.emptyMap());
  }

  public RuleSpec spec() {
    return spec;
  }

  public double get(ParamSpec p) {
    return values[p.index()];
  }

  /** The value for a strand, with its override when one is configured. */
  public double get(ParamSpec p, String strand) {
    double[] v = strand == null ? null : strandValues.get(strand);
    return (v == null ? values : v)[p.index()];
  }

  public long millis(ParamSpec p, String strand) {
    return (long) get(p, strand);
  }

  /** True when the rule is on globally or for at least one strand. */
  public boolean enabledAnywhere() {
    if (values[spec.enabled.index()] != 0) {
      return true;
    }
    for (double[] v : strandValues.values()) {
      if (v[spec.enabled.index()] != 0) {
        return true;
      }
    }
    return false;
  }

  public boolean enabled(String strand) {
    return get(spec.enabled, strand) != 0;
  }

  public double clearRatio(String strand) {
    return get(spec.clearRatio, strand);
  }

  public Observation.Timing timing(String strand) {
    Observation.Timing t = strand == null ? null : timings.get(strand);
    return t == null ? timing : t;
  }

  /** Strands with overrides (for rules such as latency_threshold that are off unless configured per strand). */
  public Iterable<String> overriddenStrands() {
    return strandValues.keySet();
  }

  double[] copyOfValues() {
    return Arrays.copyOf(values, values.length);
  }

  private Observation.Timing timingOf(double[] v) {
    return new Observation.Timing((long) v[spec.forDuration.index()], (long) v[spec.clearFor.index()],
        (long) v[spec.repeat.index()]);
  }
}
