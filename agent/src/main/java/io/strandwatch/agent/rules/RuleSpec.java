package io.strandwatch.agent.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule's public id, what it does, and its parameters with defaults. Every rule has the lifecycle parameters
 * {@code enabled}, {@code for}, {@code clear_for}, {@code clear_ratio} and {@code repeat_interval}; the rest
 * are its own. Config validation and docs are driven from these specs, so the two cannot drift apart.
 */
public final class RuleSpec {

  private static final double DAY_MS = 86_400_000d;

  private final String id;
  private final String description;
  private final boolean strandScoped;
  private final List<ParamSpec> params;
  private final Map<String, ParamSpec> byName;
  final ParamSpec enabled;
  final ParamSpec forDuration;
  final ParamSpec clearFor;
  final ParamSpec clearRatio;
  final ParamSpec repeat;

  private RuleSpec(Builder b) {
    this.id = b.id;
    this.description = b.description;
    this.strandScoped = b.strandScoped;
    this.params = Collections.unmodifiableList(new ArrayList<>(b.params));
    Map<String, ParamSpec> m = new LinkedHashMap<>();
    for (ParamSpec p : params) {
      m.put(p.name(), p);
    }
    this.byName = Collections.unmodifiableMap(m);
    this.enabled = b.enabled;
    this.forDuration = b.forDuration;
    this.clearFor = b.clearFor;
    this.clearRatio = b.clearRatio;
    this.repeat = b.repeat;
  }

  public String id() {
    return id;
  }

  public String description() {
    return description;
  }

  /** True when per-strand overrides ({@code strands: NAME: rules: ID: ...}) apply to this rule. */
  public boolean strandScoped() {
    return strandScoped;
  }

  public List<ParamSpec> params() {
    return params;
  }

  public ParamSpec param(String name) {
    return byName.get(name);
  }

  static Builder builder(String id, String description, boolean strandScoped) {
    return new Builder(id, description, strandScoped);
  }

  /** Builds a spec; rules call it from static initializers so their parameters are constants. */
  static final class Builder {
    private final String id;
    private final String description;
    private final boolean strandScoped;
    private final List<ParamSpec> params = new ArrayList<>();
    private ParamSpec enabled;
    private ParamSpec forDuration;
    private ParamSpec clearFor;
    private ParamSpec clearRatio;
    private ParamSpec repeat;

    private Builder(String id, String description, boolean strandScoped) {
      this.id = id;
      this.description = description;
      this.strandScoped = strandScoped;
    }

    /** The lifecycle parameters with this rule's defaults (durations in milliseconds). */
    Builder lifecycle(boolean enabledByDefault, long forMs, long clearForMs, long repeatMs) {
      enabled = add("enabled", ParamSpec.Kind.BOOLEAN, enabledByDefault ? 1 : 0, 0, 1,
          "Set to false to turn the rule off.");
      forDuration = add("for", ParamSpec.Kind.DURATION, forMs, 0, DAY_MS,
          "How long the condition must hold before the alert fires (pending until then).");
      clearFor = add("clear_for", ParamSpec.Kind.DURATION, clearForMs, 0, DAY_MS,
          "How long the value must stay under the clear level before the alert resolves.");
      clearRatio = add("clear_ratio", ParamSpec.Kind.RATIO, 0.8, 0.1, 1,
          "The clear level as a fraction of the trigger; the gap stops flapping.");
      repeat = add("repeat_interval", ParamSpec.Kind.DURATION, repeatMs, 0, 7 * DAY_MS,
          "How often a still-firing alert is repeated; 0s never repeats.");
      return this;
    }

    ParamSpec duration(String name, double defaultMs, double minMs, double maxMs, String doc) {
      return add(name, ParamSpec.Kind.DURATION, defaultMs, minMs, maxMs, doc);
    }

    ParamSpec number(String name, double def, double min, double max, String doc) {
      return add(name, ParamSpec.Kind.NUMBER, def, min, max, doc);
    }

    ParamSpec ratio(String name, double def, double min, double max, String doc) {
      return add(name, ParamSpec.Kind.RATIO, def, min, max, doc);
    }

    ParamSpec usd(String name, double def, String doc) {
      return add(name, ParamSpec.Kind.USD, def, 0, 1e9, doc);
    }

    ParamSpec integer(String name, long def, long min, long max, String doc) {
      return add(name, ParamSpec.Kind.INTEGER, def, min, max, doc);
    }

    private ParamSpec add(String name, ParamSpec.Kind kind, double def, double min, double max, String doc) {
      ParamSpec p = new ParamSpec(name, kind, def, min, max, doc, params.size());
      params.add(p);
      return p;
    }

    RuleSpec build() {
      if (enabled == null) {
        throw new IllegalStateException(id + ": lifecycle() not called");
      }
      return new RuleSpec(this);
    }
  }
}
