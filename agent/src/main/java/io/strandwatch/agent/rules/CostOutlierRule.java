package io.strandwatch.agent.rules;

import io.strandwatch.agent.alerts.Observation;
import io.strandwatch.agent.alerts.Severity;
import io.strandwatch.agent.alerts.ValueUnit;
import io.strandwatch.agent.rules.stats.HistogramBaseline;
import io.strandwatch.agent.rules.stats.LogHistogram;
import io.strandwatch.agent.rules.window.StateSlot;
import io.strandwatch.agent.rules.window.StrandActivity;
import io.strandwatch.bridge.model.StrandSeriesSnapshot;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.AbstractHistogram;

/**
 * {@code cost_outlier}: one execution of a strand cost more than max(3 x the baseline median, the baseline
 * p99) and an absolute floor. Uses the interval's per-execution maximum, so it fires at once. Info: an
 * expensive execution is worth a look, not a page. Values above the trigger are clipped before the baseline
 * learns them.
 */
public final class CostOutlierRule implements Rule {

  public static final String ID = "cost_outlier";
  private static final RuleSpec.Builder B = RuleSpec.builder(ID,
      "One execution's cost far above the strand's learned cost distribution.", true)
      .lifecycle(true, 0, 10 * 60_000L, 4 * 3_600_000L);
  static final ParamSpec MEDIAN_FACTOR = B.number("median_factor", 3, 1, 1000,
      "Trigger: at least this multiple of the baseline median.");
  static final ParamSpec FLOOR = B.usd("floor_usd", 0.05, "Trigger: never below this cost per execution.");
  static final ParamSpec BASELINE_MIN_SAMPLES = B.integer("baseline_min_samples", 50, 10, 100_000_000,
      "Executions the baseline needs before the rule speaks (warm-up).");
  static final ParamSpec WARMUP = B.duration("warmup", 60 * 60_000L, 0, 7 * 86_400_000L,
      "Time the baseline needs before the rule speaks.");
  static final ParamSpec HALF_LIFE = B.duration("baseline_half_life", 24 * 3_600_000L, 3_600_000L,
      30 * 86_400_000L, "How fast the baseline forgets (in active minutes).");
  public static final RuleSpec SPEC = B.build();

  static final class State {
    final HistogramBaseline baseline = new HistogramBaseline();
    final LogHistogram minute = new LogHistogram();
    long intervalMax;
    double trigger = Double.POSITIVE_INFINITY;
  }

  private static final StateSlot<State> STATE = new StateSlot<>(State::new);

  private final RuleSettings settings;

  public CostOutlierRule(RuleSettings settings) {
    this.settings = settings;
  }

  @Override
  public RuleSpec spec() {
    return SPEC;
  }

  @Override
  public void evaluate(EvaluationContext ctx, List<Observation> out) {
    if (ctx.closedMinute() >= 0) {
      for (StrandActivity s : ctx.store().strands()) {
        State st = s.stateIfPresent(STATE);
        if (st != null && st.minute.total() > 0) {
          st.baseline.fold(st.minute,
              HistogramBaseline.decayPerMinute(settings.get(HALF_LIFE, s.name()) / 60_000d), ctx.nowMillis());
          st.minute.clear();
        }
      }
    }
    for (StrandSeriesSnapshot series : ctx.snapshot().strands()) {
      AbstractHistogram h = series.llm().costPicoUsd().histogram();
      if (h == null || h.getTotalCount() == 0 || !settings.enabled(series.strandName())) {
        continue;
      }
      StrandActivity s = ctx.store().strandIfTracked(series.strandName());
      if (s == null) {
        continue;
      }
      State st = s.state(STATE);
      st.intervalMax = Math.max(st.intervalMax, h.getMaxValue());
      st.minute.addAllClipped(h, st.trigger);
    }
    for (StrandActivity s : ctx.store().strands()) {
      State st = s.stateIfPresent(STATE);
      if (st == null) {
        continue;
      }
      long max = st.intervalMax;
      st.intervalMax = 0;
      String name = s.name();
      if (!st.baseline.isWarm(ctx.nowMillis(), settings.get(BASELINE_MIN_SAMPLES, name),
          settings.millis(WARMUP, name))) {
        st.trigger = Double.POSITIVE_INFINITY;
        continue;
      }
      double median = st.baseline.quantile(0.5);
      double trigger = Math.max(Math.max(settings.get(MEDIAN_FACTOR, name) * median, st.baseline.quantile(0.99)),
          settings.get(FLOOR, name) * 1e12);
      st.trigger = trigger;
      if (max < trigger) {
        continue; // an outlier is an event, not a level: anything under the trigger counts as clear
      }
      out.add(Observation.breach(ID, s.scope(), Severity.INFO, max, trigger, median, "interval",
          ValueUnit.PICO_USD, settings.timing(name), "one execution cost " + ValueUnit.PICO_USD.format(max)
              + " (baseline median " + ValueUnit.PICO_USD.format(median) + ") ≥ "
              + ValueUnit.PICO_USD.format(trigger)));
    }
  }

  @Override
  public void saveBaselines(EvaluationContext ctx, Map<String, double[]> out) {
    for (StrandActivity s : ctx.store().strands()) {
      State st = s.stateIfPresent(STATE);
      if (st != null && st.baseline.samples() > 0) {
        out.put(ID + "|" + s.scope().text(), st.baseline.export());
      }
    }
  }

  @Override
  public void loadBaselines(EvaluationContext ctx, Map<String, double[]> in) {
    String prefix = ID + "|strand=";
    for (Map.Entry<String, double[]> e : in.entrySet()) {
      if (e.getKey().startsWith(prefix)) {
        HistogramBaseline b = HistogramBaseline.restore(e.getValue());
        StrandActivity s = b == null ? null : ctx.store().strand(e.getKey().substring(prefix.length()));
        if (s != null) {
          s.state(STATE).baseline.restoreFrom(b);
        }
      }
    }
  }
}
