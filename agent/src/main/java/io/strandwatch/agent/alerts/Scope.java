package io.strandwatch.agent.alerts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an alert is about. {@link #text()} is the short form used in dedup keys and log lines
 * ({@code strand=checkout}); {@link #attributes()} uses the names exporters put on alert spans
 * ({@code strand.name}).
 */
public final class Scope {

  public static final Scope GLOBAL = new Scope("global", Collections.emptyMap());

  private final String text;
  private final Map<String, String> attributes;

  private Scope(String text, Map<String, String> attributes) {
    this.text = text;
    this.attributes = attributes;
  }

  public static Scope strand(String name) {
    return new Scope("strand=" + name, Collections.singletonMap("strand.name", name));
  }

  public static Scope provider(String provider) {
    return new Scope("provider=" + provider, Collections.singletonMap("gen_ai.provider.name", provider));
  }

  public static Scope model(String provider, String model) {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("gen_ai.provider.name", provider);
    a.put("gen_ai.request.model", model);
    return new Scope("provider=" + provider + ",model=" + model, Collections.unmodifiableMap(a));
  }

  /** A free-form scope: {@code text} for the key, {@code attributes} for exporters. */
  public static Scope of(String text, Map<String, String> attributes) {
    return new Scope(text, Collections.unmodifiableMap(new LinkedHashMap<>(attributes)));
  }

  /** This scope narrowed by one more dimension, e.g. the token direction of a model. */
  public Scope with(String shortName, String attribute, String value) {
    Map<String, String> a = new LinkedHashMap<>(attributes);
    a.put(attribute, value);
    return new Scope(text + "," + shortName + "=" + value, Collections.unmodifiableMap(a));
  }

  public String text() {
    return text;
  }

  public Map<String, String> attributes() {
    return attributes;
  }

  /** The dedup key of {@code rule} for this scope: {@code rule|scope}. */
  public String keyFor(String rule) {
    return rule + "|" + text;
  }

  @Override
  public String toString() {
    return text;
  }
}
