package io.strandwatch.agent.rules.budget;

import io.strandwatch.bridge.model.LlmCallSeriesSnapshot;
import io.strandwatch.bridge.model.StrandSeriesSnapshot;
import java.util.Map;

/**
 * What a budget counts. Global, model and provider budgets count every LLM call once, as soon as it returns.
 * Strand and attribute budgets count the cost of strand executions when they end, inclusive of nested
 * strands (the strand series' own accounting); a nested strand with the same attribute is counted twice.
 */
public final class BudgetScope {

  /** The scope kinds, by the word written before {@code =} in the config ({@code team=growth} is ATTRIBUTE). */
  public enum Kind { GLOBAL, STRAND, MODEL, PROVIDER, ATTRIBUTE }

  public static final BudgetScope GLOBAL = new BudgetScope(Kind.GLOBAL, null, null);

  private final Kind kind;
  private final String key;
  private final String value;

  private BudgetScope(Kind kind, String key, String value) {
    this.kind = kind;
    this.key = key;
    this.value = value;
  }

  /** Parses {@code global}, {@code strand=NAME}, {@code model=ID}, {@code provider=NAME} or {@code KEY=VALUE}. */
  public static BudgetScope parse(String text) {
    String t = text.trim();
    if (t.equals("global")) {
      return GLOBAL;
    }
    int eq = t.indexOf('=');
    if (eq <= 0 || eq == t.length() - 1) {
      return null;
    }
    String k = t.substring(0, eq).trim();
    String v = t.substring(eq + 1).trim();
    if (k.isEmpty() || v.isEmpty()) {
      return null;
    }
    switch (k) {
      case "strand":
        return new BudgetScope(Kind.STRAND, k, v);
      case "model":
        return new BudgetScope(Kind.MODEL, k, v);
      case "provider":
        return new BudgetScope(Kind.PROVIDER, k, v);
      default:
        return new BudgetScope(Kind.ATTRIBUTE, k, v);
    }
  }

  public Kind kind() {
    return kind;
  }

  /** True when this scope's spend comes from strand series rather than LLM call series. */
  public boolean countsStrands() {
    return kind == Kind.STRAND || kind == Kind.ATTRIBUTE;
  }

  public boolean matches(LlmCallSeriesSnapshot c) {
    switch (kind) {
      case GLOBAL:
        return true;
      case MODEL:
        return value.equals(c.requestModel()) || value.equals(c.responseModel());
      case PROVIDER:
        return value.equals(c.provider());
      default:
        return false;
    }
  }

  public boolean matches(StrandSeriesSnapshot s) {
    if (kind == Kind.STRAND) {
      return value.equals(s.strandName());
    }
    if (kind == Kind.ATTRIBUTE) {
      Map<String, String> a = s.attributes();
      return a != null && value.equals(a.get(key));
    }
    return false;
  }

  /** {@code global} or {@code key=value}: the same text as the spend_spike scope it inhibits. */
  public String text() {
    return kind == Kind.GLOBAL ? "global" : key + "=" + value;
  }

  @Override
  public String toString() {
    return text();
  }
}
