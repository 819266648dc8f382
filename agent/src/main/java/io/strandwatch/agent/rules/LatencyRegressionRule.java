package io.strandwatch.agent.rules;

import io.strandwatch.agent.alerts.Observation;
import io.strandwatch.agent.alerts.Severity;
import io.strandwatch.agent.alerts.ValueUnit;
import io.strandwatch.agent.rules.stats.HistogramBaseline;
import io.strandwatch.agent.rules.stats.LogHistogram;
import io.strandwatch.agent.rules.window.StateSlot;
import io.strandwatch.agent.rules.window.StrandActivity;
import java.util.List;
import java.util.Map;

/**
 * {@code latency_regression}: a strand's windowed p95 against its own learned baseline. It must exceed all of
 * 2x the baseline p95, the baseline p95 + 5 s, and the baseline median + 4 robust sigmas: a relative margin
 * for fast strands, an absolute one for slow reasoning strands, and a spread-aware one for noisy strands.
 * Silent until the baseline has warmed up; minutes that look anomalous are not learned.
 */
public final class LatencyRegressionRule implements Rule {

  public static final String ID = "latency_regression";
  private static final RuleSpec.Builder B = RuleSpec.builder(ID,
      "Windowed p95 of a strand's duration against its learned baseline.", true)
      .lifecycle(true, 10 * 60_000L, 10 * 60_000L, 4 * 3_600_000L);
  static final ParamSpec WINDOW = B.duration("window", 10 * 60_000L, 60_000L, 60 * 60_000L,
      "The window the p95 is computed over.");
  static final ParamSpec MIN_SAMPLES = B.integer("min_samples", 100, 20, 1_000_000,
      "Executions needed in the window before its p95 is trusted.");
  static final ParamSpec RATIO = B.number("ratio", 2.0, 1.1, 100, "Trigger: at least this multiple of the baseline p95.");
  static final ParamSpec MIN_INCREASE = B.duration("min_increase", 5_000L, 0, 3_600_000L,
      "Trigger: and at least this much above the baseline p95.");
  static final ParamSpec ROBUST_Z = B.number("robust_z", 4, 1, 100,
      "Trigger: and at least this many robust sigmas (IQR/1.349) above the baseline median.");
  static final ParamSpec BASELINE_MIN_SAMPLES = B.integer("baseline_min_samples", 100, 10, 100_000_000,
      "Executions the baseline needs before the rule speaks (warm-up).");
  static final ParamSpec WARMUP = B.duration("warmup", 60 * 60_000L, 0, 7 * 86_400_000L,
      "Time the baseline needs before the rule speaks.");
  static final ParamSpec HALF_LIFE = B.duration("baseline_half_life", 24 * 3_600_000L, 3_600_000L,
      30 * 86_400_000L, "How fast the baseline forgets (in active minutes).");
  public static final RuleSpec SPEC = B.build();

  static final class State {
    final HistogramBaseline baseline = new HistogramBaseline();
    boolean anomalous;
  }

  private static final StateSlot<State> STATE = new StateSlot<>(State::new);

  private final RuleSettings settings;
  private final LogHistogram scratch = new LogHistogram();

  public LatencyRegressionRule(RuleSettings settings) {
    this.settings = settings;
  }

  @Override
  public RuleSpec spec() {
    return SPEC;
  }

  @Override
  public void evaluate(EvaluationContext ctx, List<Observation> out) {
    for (StrandActivity s : ctx.store().strands()) {
      String name = s.name();
      if (!settings.enabled(name)) {
        continue;
      }
      State st = s.state(STATE);
      boolean warm = st.baseline.isWarm(ctx.nowMillis(), settings.get(BASELINE_MIN_SAMPLES, name),
          settings.millis(WARMUP, name));
      if (ctx.closedMinute() >= 0 && !st.anomalous) {
        LogHistogram closed = s.durations().at(ctx.closedMinute());
        // A minute that on its own is over the trigger is not learned either, even while the window has too
        // few executions to alert: otherwise a slow start after a restart teaches the baseline to be slow.
        if (closed != null && !(warm && closed.total() >= 5 && closed.quantile(0.95) >= trigger(st, name))) {
          double halfLifeMinutes = settings.get(HALF_LIFE, name) / 60_000d;
          st.baseline.fold(closed, HistogramBaseline.decayPerMinute(halfLifeMinutes), ctx.nowMillis());
        }
      }
      st.anomalous = false;
      if (!warm) {
        continue;
      }
      long windowMs = settings.millis(WINDOW, name);
      LogHistogram w = s.durations().window(ctx.minute(), (int) (windowMs / 60_000L), scratch);
      if (w.total() < settings.get(MIN_SAMPLES, name)) {
        continue;
      }
      double p95 = w.quantile(0.95);
      double baseP95 = st.baseline.quantile(0.95);
      double trigger = trigger(st, name);
      double clearRatio = settings.clearRatio(name);
      if (p95 < clearRatio * trigger) {
        continue;
      }
      st.anomalous = true;
      String win = Tiers.window(windowMs);
      Tiers.report(out, ID, s.scope(), p95, trigger, Severity.WARNING, Double.NaN, null, clearRatio, baseP95, win,
          ValueUnit.NANOS, settings.timing(name), "p95",
          "over " + win + " (n=" + (long) w.total() + ", baseline p95 " + ValueUnit.NANOS.format(baseP95) + ")");
    }
  }

  /** The p95 that is a regression: over all three margins above the baseline. */
  private double trigger(State st, String name) {
    double baseP95 = st.baseline.quantile(0.95);
    double median = st.baseline.quantile(0.5);
    double sigma = Math.max(st.baseline.robustSigma(), Math.max(0.01 * median, 1));
    return Math.max(settings.get(RATIO, name) * baseP95,
        Math.max(baseP95 + settings.get(MIN_INCREASE, name) * 1e6, median + settings.get(ROBUST_Z, name) * sigma));
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
