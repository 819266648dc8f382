package io.strandwatch.agent.rules;

import io.strandwatch.agent.alerts.Observation;
import io.strandwatch.agent.alerts.Severity;
import io.strandwatch.agent.alerts.ValueUnit;
import io.strandwatch.agent.rules.stats.Cusum;
import io.strandwatch.agent.rules.stats.LogEwma;
import io.strandwatch.agent.rules.window.StateSlot;
import io.strandwatch.agent.rules.window.StrandActivity;
import io.strandwatch.bridge.model.Measure;
import io.strandwatch.bridge.model.StrandSeriesSnapshot;
import java.util.List;
import java.util.Map;

/**
 * Shared logic of {@code cpu_regression} and {@code memory_regression}: each closed minute's mean of
 * log(value per execution), standardized against an EWMA baseline, accumulated by an upper CUSUM. Fires when
 * the CUSUM reaches h. The baseline learns clipped values (±3 sigma) and stops learning while the CUSUM is at
 * or over h, so a drift cannot teach itself away.
 *
 * <p>Robust, not an average of raw values: once the baseline is warm, each execution's log value is clipped
 * to the baseline ±3 sigma before the minute's mean is taken (a winsorized mean). One execution that waits
 * out a GC or allocates a 100 MB buffer would drag a plain mean up several-fold and read as a regression;
 * clipped, it moves the minute by at most 3 sigma / n. It also bounds what one minute adds to the CUSUM
 * (z ≤ 3, so at most 3 - k): no single spike minute can fire the alert, a sustained shift fires on its fourth
 * minute at the earliest. The mean of logs is exact (from the snapshot's 1 % buckets), where a median from
 * the rules' 9 %-wide histogram buckets would be coarser than the 5 % sigma floor.
 */
abstract class DriftRule implements Rule {

  /** The parameters both drift rules share, defined on each rule's own spec. */
  static final class Params {
    final ParamSpec halfLife;
    final ParamSpec warmup;
    final ParamSpec minExecutions;
    final ParamSpec baselineMinSamples;
    final ParamSpec k;
    final ParamSpec h;
    final ParamSpec sigmaFloor;

    Params(RuleSpec.Builder b) {
      halfLife = b.duration("baseline_half_life", 6 * 3_600_000L, 10 * 60_000L, 30 * 86_400_000L,
          "Half-life of the baseline (in active minutes).");
      warmup = b.duration("warmup", 60 * 60_000L, 0, 7 * 86_400_000L, "Time the baseline needs first.");
      minExecutions = b.integer("min_executions_per_minute", 5, 1, 1_000_000,
          "Minutes with fewer executions are skipped.");
      baselineMinSamples = b.integer("baseline_min_samples", 50, 1, 100_000_000,
          "Executions the baseline needs before the rule speaks.");
      k = b.number("cusum_k", 0.5, 0, 10, "CUSUM slack in sigmas: shifts smaller than this are ignored.");
      // 5 sigmas (the textbook value) gives an in-control run length of about 900 evaluations: more than one
      // false alarm a day at one evaluation a minute (NoisyDayTest). 8 keeps a 1-sigma drift detected in ~20 min.
      h = b.number("cusum_h", 8, 1, 100, "CUSUM decision threshold in sigmas.");
      sigmaFloor = b.number("sigma_floor", 0.05, 0.001, 10,
          "Smallest spread assumed, in log units (0.05 is about 5 %), so a very stable strand is not hair-trigger.");
    }
  }

  static final class State implements Measure.BucketVisitor {
    LogEwma baseline;
    final Cusum cusum = new Cusum();
    /** The open minute: executions, sum of their clipped logs (for the CUSUM) and raw logs (for people). */
    long count;
    double clippedLogs;
    double rawLogs;
    /** Clip bounds of the open minute in log units; infinite until the baseline is warm. */
    double low = Double.NEGATIVE_INFINITY;
    double high = Double.POSITIVE_INFINITY;
    long executions;
    double lastTypical;

    @Override
    public void bucket(long value, long n) {
      double x = Math.log(Math.max(value, 1));
      count += n;
      rawLogs += n * x;
      clippedLogs += n * Math.max(low, Math.min(high, x));
    }
  }

  private final RuleSettings settings;
  private final Params p;
  private final StateSlot<State> slot;
  private final String label;
  private final ValueUnit unit;

  DriftRule(RuleSettings settings, Params p, StateSlot<State> slot, String label, ValueUnit unit) {
    this.settings = settings;
    this.p = p;
    this.slot = slot;
    this.label = label;
    this.unit = unit;
  }

  abstract Measure measureOf(StrandSeriesSnapshot series);

  private String id() {
    return spec().id();
  }

  @Override
  public void evaluate(EvaluationContext ctx, List<Observation> out) {
    if (ctx.closedMinute() >= 0) {
      for (StrandActivity s : ctx.store().strands()) {
        State st = s.stateIfPresent(slot);
        if (st != null) {
          closeMinute(ctx, s.name(), st);
        }
      }
    }
    for (StrandSeriesSnapshot series : ctx.snapshot().strands()) {
      Measure m = measureOf(series);
      StrandActivity s = ctx.store().strandIfTracked(series.strandName());
      if (m.count() == 0 || s == null || !settings.enabled(s.name())) {
        continue;
      }
      m.forEachBucket(s.state(slot));
    }
    for (StrandActivity s : ctx.store().strands()) {
      State st = s.stateIfPresent(slot);
      if (st == null || st.baseline == null) {
        continue;
      }
      String name = s.name();
      double h = settings.get(p.h, name);
      double value = st.cusum.value();
      if (value < settings.clearRatio(name) * h) {
        continue;
      }
      double base = Math.exp(st.baseline.mean());
      String summary = "CUSUM " + ValueUnit.NUMBER.format(value) + (value >= h ? " ≥ " : " < ")
          + ValueUnit.NUMBER.format(h) + ": typical " + label + " per execution " + unit.format(st.lastTypical)
          + " vs baseline " + unit.format(base) + " (" + signedPercent(st.lastTypical / base - 1) + ")";
      if (value >= h) {
        out.add(Observation.breach(id(), s.scope(), Severity.INFO, value, h, base, "1m", ValueUnit.NUMBER,
            settings.timing(name), summary));
      } else {
        out.add(Observation.hold(id(), s.scope(), value, h, base, "1m", ValueUnit.NUMBER, settings.timing(name),
            summary));
      }
    }
  }

  private void closeMinute(EvaluationContext ctx, String name, State st) {
    long n = st.count;
    double x = st.clippedLogs / n;
    double raw = st.rawLogs / n;
    st.count = 0;
    st.clippedLogs = 0;
    st.rawLogs = 0;
    if (n < settings.get(p.minExecutions, name)) {
      return;
    }
    // The geometric mean (exp of the mean log), what "typical" means in the summary.
    st.lastTypical = Math.exp(raw);
    if (st.baseline == null) {
      st.baseline = new LogEwma(settings.get(p.halfLife, name) / 60_000d);
    }
    boolean warm = st.baseline.isWarm(ctx.nowMillis(), 1, settings.millis(p.warmup, name))
        && st.executions >= settings.get(p.baselineMinSamples, name);
    st.executions += n;
    if (!warm) {
      st.baseline.update(x, ctx.nowMillis());
    } else {
      double sigma = sigma(name, st);
      double z = (x - st.baseline.mean()) / sigma;
      double s = st.cusum.update(z, settings.get(p.k, name), 2 * settings.get(p.h, name));
      if (s < settings.get(p.h, name)) {
        st.baseline.update(st.baseline.mean() + Math.max(-3, Math.min(3, z)) * sigma, ctx.nowMillis());
      }
    }
    // The next minute's executions are clipped to the baseline as it is now, once it is trusted.
    if (st.baseline.isWarm(ctx.nowMillis(), 1, settings.millis(p.warmup, name))
        && st.executions >= settings.get(p.baselineMinSamples, name)) {
      double sigma = sigma(name, st);
      st.low = st.baseline.mean() - 3 * sigma;
      st.high = st.baseline.mean() + 3 * sigma;
    }
  }

  private double sigma(String name, State st) {
    return Math.max(st.baseline.sigma(), settings.get(p.sigmaFloor, name));
  }

  private static String signedPercent(double r) {
    long pct = Math.round(r * 100);
    return (pct >= 0 ? "+" : "") + pct + "%";
  }

  @Override
  public void saveBaselines(EvaluationContext ctx, Map<String, double[]> out) {
    for (StrandActivity s : ctx.store().strands()) {
      State st = s.stateIfPresent(slot);
      if (st != null && st.baseline != null) {
        double[] b = st.baseline.export();
        out.put(id() + "|" + s.scope().text(), new double[] {b[0], b[1], b[2], b[3], st.executions});
      }
    }
  }

  @Override
  public void loadBaselines(EvaluationContext ctx, Map<String, double[]> in) {
    String prefix = id() + "|strand=";
    for (Map.Entry<String, double[]> e : in.entrySet()) {
      double[] d = e.getValue();
      if (!e.getKey().startsWith(prefix) || d.length != 5) {
        continue;
      }
      String name = e.getKey().substring(prefix.length());
      LogEwma b = new LogEwma(settings.get(p.halfLife, name) / 60_000d);
      StrandActivity s = b.restore(new double[] {d[0], d[1], d[2], d[3]}) ? ctx.store().strand(name) : null;
      if (s != null) {
        State st = s.state(slot);
        st.baseline = b;
        st.executions = (long) d[4];
      }
    }
  }
}
