package io.strandwatch.it.langchain4j;

import io.strandwatch.it.harness.Report;
import java.util.Map;
import java.util.TreeMap;

/** One entry of the report's {@code models} list: LLM calls to a provider's model across strands. */
final class ModelEntry {

  private final Map<String, Object> m;

  private ModelEntry(Map<String, Object> m) {
    this.m = m;
  }

  /** The entry for {@code provider}/{@code model} (the response model, else the requested one), or fails. */
  @SuppressWarnings("unchecked")
  static ModelEntry of(Report report, String provider, String model) {
    for (Object o : report.models()) {
      Map<String, Object> entry = (Map<String, Object>) o;
      if (provider.equals(entry.get("provider")) && model.equals(entry.get("model"))) {
        return new ModelEntry(entry);
      }
    }
    throw new AssertionError("no model " + provider + "/" + model + " in the report; models: " + report.models());
  }

  long calls() {
    return ((Number) m.get("calls")).longValue();
  }

  long errors() {
    return ((Number) m.get("errors")).longValue();
  }

  @SuppressWarnings("unchecked")
  Map<String, Long> errorTypes() {
    Map<String, Long> out = new TreeMap<>();
    ((Map<String, Object>) m.get("error_types")).forEach((k, v) -> out.put(k, ((Number) v).longValue()));
    return out;
  }

  /** Token total of a type, or null when unknown. */
  @SuppressWarnings("unchecked")
  Long tokens(String type) {
    Object v = ((Map<String, Object>) m.get("tokens")).get(type);
    return v == null ? null : ((Number) v).longValue();
  }

  @Override
  public String toString() {
    return m.toString();
  }
}
