package io.strandwatch.it.harness;

import io.strandwatch.simulator.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The agent's JSON report (docs/report.md), with accessors for assertions. */
public final class Report {

  private final Map<String, Object> root;

  private Report(Map<String, Object> root) {
    this.root = root;
  }

  @SuppressWarnings("unchecked")
  static Report read(Path file) throws IOException {
    return new Report((Map<String, Object>) Json.parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)));
  }

  /** The strand entry, or fails listing the strands that are there. */
  @SuppressWarnings("unchecked")
  public Strand strand(String name) {
    List<Object> strands = (List<Object>) root.get("strands");
    for (Object o : strands) {
      Map<String, Object> s = (Map<String, Object>) o;
      if (name.equals(s.get("name"))) {
        return new Strand(s);
      }
    }
    throw new AssertionError("no strand '" + name + "' in the report; strands: " + names());
  }

  @SuppressWarnings("unchecked")
  public boolean hasStrand(String name) {
    for (Object o : (List<Object>) root.get("strands")) {
      if (name.equals(((Map<String, Object>) o).get("name"))) {
        return true;
      }
    }
    return false;
  }

  @SuppressWarnings("unchecked")
  public String names() {
    StringBuilder b = new StringBuilder();
    for (Object o : (List<Object>) root.get("strands")) {
      b.append(((Map<String, Object>) o).get("name")).append(' ');
    }
    return b.toString().trim();
  }

  @SuppressWarnings("unchecked")
  public List<Object> models() {
    return (List<Object>) root.get("models");
  }

  /** The entry of one provider's model (the response model, else the requested one), or fails listing them. */
  @SuppressWarnings("unchecked")
  public Model model(String provider, String model) {
    for (Object o : models()) {
      Map<String, Object> m = (Map<String, Object>) o;
      if (provider.equals(m.get("provider")) && model.equals(m.get("model"))) {
        return new Model(m);
      }
    }
    throw new AssertionError("no model " + provider + "/" + model + " in the report; models: " + modelNames());
  }

  @SuppressWarnings("unchecked")
  public String modelNames() {
    StringBuilder b = new StringBuilder();
    for (Object o : models()) {
      Map<String, Object> m = (Map<String, Object>) o;
      b.append(m.get("provider")).append('/').append(m.get("model")).append(' ');
    }
    return b.toString().trim();
  }

  @SuppressWarnings("unchecked")
  public List<Object> alerts() {
    return (List<Object>) root.get("alerts");
  }

  public Map<String, Object> raw() {
    return root;
  }

  /** One strand's entry. */
  public static final class Strand {
    private final Map<String, Object> s;

    Strand(Map<String, Object> s) {
      this.s = s;
    }

    public long count() {
      return number("count");
    }

    public long errors() {
      return number("errors");
    }

    public long llmCalls() {
      return number("llm_calls");
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> errorTypes() {
      return (Map<String, Object>) s.get("error_types");
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> attributes() {
      return (Map<String, Object>) s.get("attributes");
    }

    /** A field of {@code duration}, {@code cpu} or {@code allocated}: p50, p90, p99, max, mean, sum, count... */
    @SuppressWarnings("unchecked")
    public long measure(String measure, String field) {
      return ((Number) ((Map<String, Object>) s.get(measure)).get(field)).longValue();
    }

    /** Token total of a type, or null when unknown. */
    @SuppressWarnings("unchecked")
    public Long tokens(String type) {
      Object v = ((Map<String, Object>) s.get("tokens")).get(type);
      return v == null ? null : ((Number) v).longValue();
    }

    /** Cost in USD as the exact decimal text of the report, or null when unknown. */
    @SuppressWarnings("unchecked")
    public Object costUsd() {
      return ((Map<String, Object>) s.get("cost")).get("usd");
    }

    /** Executions whose total of a token type was unavailable (some call did not report it). */
    @SuppressWarnings("unchecked")
    public long tokensUnavailable(String type) {
      Map<String, Object> unavailable = (Map<String, Object>) ((Map<String, Object>) s.get("tokens"))
          .get("unavailable");
      return ((Number) unavailable.get(type)).longValue();
    }

    private long number(String key) {
      return ((Number) s.get(key)).longValue();
    }

    @Override
    public String toString() {
      return s.toString();
    }
  }

  /** One model's entry: LLM calls to it across strands. */
  public static final class Model {
    private final Map<String, Object> m;

    Model(Map<String, Object> m) {
      this.m = m;
    }

    public long calls() {
      return ((Number) m.get("calls")).longValue();
    }

    public long errors() {
      return ((Number) m.get("errors")).longValue();
    }

    /** Failed calls by {@code error.type}. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> errorTypes() {
      return (Map<String, Object>) m.get("error_types");
    }

    /** Token total of a type, or null when unknown. */
    @SuppressWarnings("unchecked")
    public Long tokens(String type) {
      Object v = ((Map<String, Object>) m.get("tokens")).get(type);
      return v == null ? null : ((Number) v).longValue();
    }

    /** Calls that did not report a token type. */
    @SuppressWarnings("unchecked")
    public long tokensUnavailable(String type) {
      Map<String, Object> unavailable = (Map<String, Object>) ((Map<String, Object>) m.get("tokens"))
          .get("unavailable");
      return ((Number) unavailable.get(type)).longValue();
    }

    /** Cost in USD as the exact decimal text of the report, or null when unknown. */
    @SuppressWarnings("unchecked")
    public Object costUsd() {
      return ((Map<String, Object>) m.get("cost")).get("usd");
    }

    @Override
    public String toString() {
      return m.toString();
    }
  }
}
