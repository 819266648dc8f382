package io.strandwatch.agent.rules;

import io.strandwatch.agent.alerts.Observation;
import io.strandwatch.agent.alerts.Scope;
import io.strandwatch.agent.alerts.Severity;
import io.strandwatch.agent.alerts.ValueUnit;
import io.strandwatch.agent.rules.window.ActivityStore;
import io.strandwatch.agent.rules.window.ModelActivity;
import io.strandwatch.agent.rules.window.StateSlot;
import io.strandwatch.bridge.model.LlmCallSeriesSnapshot;
import io.strandwatch.bridge.model.LlmUsage;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code unpriced_model}: calls to a model the price table does not know, so their cost is unknown (never $0).
 * Fires once per model per UTC day: the UTC date is part of the dedup key, so the alert stays firing for the
 * rest of the day, resolves at the first evaluation after midnight UTC, and a new one fires the next day only
 * if the model is still unpriced then.
 *
 * <p>The snapshot has no "unpriced" count, only the cost's {@code unavailable}, which also counts calls whose
 * provider reported no usage. Assumption: a call without usage lacks both token counts, so
 * {@code cost.unavailable - max(input.unavailable, output.unavailable)} is the number of calls that had usage
 * but no price. When that is positive the model is unpriced.
 */
public final class UnpricedModelRule implements Rule {

  public static final String ID = "unpriced_model";
  private static final RuleSpec.Builder B = RuleSpec.builder(ID,
      "A model missing from the price table: its calls have usage but no cost.", false)
      .lifecycle(true, 0, 0, 0);
  public static final RuleSpec SPEC = B.build();

  static final class State {
    long day = Long.MIN_VALUE;
    long calls;
    Scope scope;
  }

  private static final StateSlot<State> STATE = new StateSlot<>(State::new);

  private final RuleSettings settings;

  public UnpricedModelRule(RuleSettings settings) {
    this.settings = settings;
  }

  @Override
  public RuleSpec spec() {
    return SPEC;
  }

  /** Calls in the series that had token usage but no cost. */
  static long unpricedCalls(LlmUsage u) {
    return u.costPicoUsd().unavailable()
        - Math.max(u.inputTokens().unavailable(), u.outputTokens().unavailable());
  }

  @Override
  public void evaluate(EvaluationContext ctx, List<Observation> out) {
    if (!settings.enabled(null)) {
      return;
    }
    long today = Math.floorDiv(ctx.nowMillis(), 86_400_000L);
    for (LlmCallSeriesSnapshot c : ctx.snapshot().llmCalls()) {
      long unpriced = unpricedCalls(c.usage());
      if (unpriced <= 0) {
        continue;
      }
      ModelActivity m = ctx.store().model(c.provider() == null ? "unknown" : c.provider(), ActivityStore.modelOf(c));
      if (m == null) {
        continue;
      }
      State st = m.state(STATE);
      if (st.day != today) {
        st.day = today;
        st.calls = 0;
        // The day is part of the dedup key: yesterday's alert resolves and today's is a new one.
        st.scope = m.scope().with("day", "strandwatch.day", LocalDate.ofEpochDay(today).toString());
      }
      st.calls += unpriced;
    }
    for (ModelActivity m : ctx.store().models()) {
      State st = m.stateIfPresent(STATE);
      if (st == null || st.day != today) {
        continue;
      }
      out.add(Observation.breach(ID, st.scope, Severity.INFO, st.calls, 1, null, "1d", ValueUnit.NUMBER,
          settings.timing(null), "no price for model '" + m.model() + "' (" + m.provider() + "): " + st.calls
              + " call(s) today have unknown cost; add it to pricing.models in the config file"));
    }
  }
}
