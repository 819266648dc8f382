package io.strandwatch.agent.rules;

import io.strandwatch.agent.alerts.ValueUnit;
import io.strandwatch.agent.rules.window.StateSlot;
import io.strandwatch.bridge.model.Measure;
import io.strandwatch.bridge.model.StrandSeriesSnapshot;

/** {@code memory_regression}: a slow upward drift of bytes allocated per execution (CUSUM, see {@link DriftRule}). */
public final class MemoryRegressionRule extends DriftRule {

  public static final String ID = "memory_regression";
  private static final RuleSpec.Builder B = RuleSpec.builder(ID,
      "CUSUM drift of bytes allocated per execution above the strand's baseline.", true)
      .lifecycle(true, 0, 10 * 60_000L, 4 * 3_600_000L);
  static final Params P = new Params(B);
  public static final RuleSpec SPEC = B.build();
  private static final StateSlot<State> STATE = new StateSlot<>(State::new);

  public MemoryRegressionRule(RuleSettings settings) {
    super(settings, P, STATE, "allocation", ValueUnit.BYTES);
  }

  @Override
  public RuleSpec spec() {
    return SPEC;
  }

  @Override
  Measure measureOf(StrandSeriesSnapshot series) {
    return series.allocated();
  }
}
