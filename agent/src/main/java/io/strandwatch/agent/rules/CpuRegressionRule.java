package io.strandwatch.agent.rules;

import io.strandwatch.agent.alerts.ValueUnit;
import io.strandwatch.agent.rules.window.StateSlot;
import io.strandwatch.bridge.model.Measure;
import io.strandwatch.bridge.model.StrandSeriesSnapshot;

/** {@code cpu_regression}: a slow upward drift of thread CPU time per execution (CUSUM, see {@link DriftRule}). */
public final class CpuRegressionRule extends DriftRule {

  public static final String ID = "cpu_regression";
  private static final RuleSpec.Builder B = RuleSpec.builder(ID,
      "CUSUM drift of CPU time per execution above the strand's baseline.", true)
      .lifecycle(true, 0, 10 * 60_000L, 4 * 3_600_000L);
  static final Params P = new Params(B);
  public static final RuleSpec SPEC = B.build();
  private static final StateSlot<State> STATE = new StateSlot<>(State::new);

  public CpuRegressionRule(RuleSettings settings) {
    super(settings, P, STATE, "CPU", ValueUnit.NANOS);
  }

  @Override
  public RuleSpec spec() {
    return SPEC;
  }

  @Override
  Measure measureOf(StrandSeriesSnapshot series) {
    return series.cpuTime();
  }
}
