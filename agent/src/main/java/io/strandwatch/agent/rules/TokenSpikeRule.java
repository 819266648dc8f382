package io.strandwatch.agent.rules;

import io.strandwatch.agent.alerts.Observation;
import io.strandwatch.agent.alerts.Scope;
import io.strandwatch.agent.alerts.Severity;
import io.strandwatch.agent.alerts.ValueUnit;
import io.strandwatch.agent.rules.stats.HistogramBaseline;
import io.strandwatch.agent.rules.stats.LogHistogram;
import io.strandwatch.agent.rules.window.HistogramRing;
import io.strandwatch.agent.rules.window.ModelActivity;
import io.strandwatch.agent.rules.window.StateSlot;
import java.util.List;
import java.util.Map;

/**
 * {@code token_spike}: per-call input or output tokens of a model, windowed p95 above the learned p99 and a
 * floor. Catches prompts that grew (context stuffing, a loop appending history) and runaway generations.
 * Info above the baseline p99, warning above twice it. Silent during warm-up.
 */
public final class TokenSpikeRule implements Rule {

  public static final String ID = "token_spike";
  private static final RuleSpec.Builder B = RuleSpec.builder(ID,
      "Per-call input/output tokens of a model well above its learned p99.", false)
      .lifecycle(true, 5 * 60_000L, 10 * 60_000L, 4 * 3_600_000L);
  static final ParamSpec WINDOW = B.duration("window", 10 * 60_000L, 60_000L, 60 * 60_000L,
      "The window the p95 is computed over.");
  static final ParamSpec MIN_SAMPLES = B.integer("min_samples", 20, 1, 1_000_000, "Calls needed in the window.");
  static final ParamSpec FLOOR = B.integer("floor_tokens", 1000, 0, 100_000_000,
      "Never alert below this many tokens per call.");
  static final ParamSpec MIN_RATIO = B.number("min_ratio", 1.5, 1, 100,
      "Trigger: at least this multiple of the baseline p99. A p95 equal to the p99 is normal when many calls"
          + " share the largest size, and the clear level (0.8 x trigger) must sit above that normal p95.");
  static final ParamSpec WARNING_FACTOR = B.number("warning_factor", 2, 1, 100,
      "Multiple of the baseline p99 at which the alert becomes a warning.");
  static final ParamSpec BASELINE_MIN_SAMPLES = B.integer("baseline_min_samples", 100, 10, 100_000_000,
      "Calls the baseline needs before the rule speaks (warm-up).");
  static final ParamSpec WARMUP = B.duration("warmup", 60 * 60_000L, 0, 7 * 86_400_000L,
      "Time the baseline needs before the rule speaks.");
  static final ParamSpec HALF_LIFE = B.duration("baseline_half_life", 24 * 3_600_000L, 3_600_000L,
      30 * 86_400_000L, "How fast the baseline forgets (in active minutes).");
  public static final RuleSpec SPEC = B.build();

  static final class Direction {
    final HistogramBaseline baseline = new HistogramBaseline();
    boolean anomalous;
    Scope scope;
  }

  static final class State {
    final Direction input = new Direction();
    final Direction output = new Direction();
  }

  private static final StateSlot<State> STATE = new StateSlot<>(State::new);

  private final RuleSettings settings;
  private final LogHistogram scratch = new LogHistogram();

  public TokenSpikeRule(RuleSettings settings) {
    this.settings = settings;
  }

  @Override
  public RuleSpec spec() {
    return SPEC;
  }

  @Override
  public void evaluate(EvaluationContext ctx, List<Observation> out) {
    if (!settings.enabled(null)) {
      return;
    }
    for (ModelActivity m : ctx.store().models()) {
      State st = m.state(STATE);
      check(ctx, m, "input", m.inputTokens(), st.input, out);
      check(ctx, m, "output", m.outputTokens(), st.output, out);
    }
  }

  private void check(EvaluationContext ctx, ModelActivity m, String type, HistogramRing ring, Direction d,
      List<Observation> out) {
    boolean warm = d.baseline.isWarm(ctx.nowMillis(), settings.get(BASELINE_MIN_SAMPLES),
        settings.millis(WARMUP, null));
    if (ctx.closedMinute() >= 0 && !d.anomalous) {
      LogHistogram closed = ring.at(ctx.closedMinute());
      // Minutes that on their own are over the trigger are not learned (see latency_regression).
      if (closed != null && !(warm && closed.total() >= 5 && closed.quantile(0.95)
          >= Math.max(settings.get(MIN_RATIO) * d.baseline.quantile(0.99), settings.get(FLOOR)))) {
        d.baseline.fold(closed, HistogramBaseline.decayPerMinute(settings.get(HALF_LIFE) / 60_000d),
            ctx.nowMillis());
      }
    }
    d.anomalous = false;
    if (!warm) {
      return;
    }
    long windowMs = settings.millis(WINDOW, null);
    LogHistogram w = ring.window(ctx.minute(), (int) (windowMs / 60_000L), scratch);
    if (w.total() < settings.get(MIN_SAMPLES) || w.total() == 0) {
      return;
    }
    double p95 = w.quantile(0.95);
    double base99 = d.baseline.quantile(0.99);
    double floor = settings.get(FLOOR);
    double low = Math.max(settings.get(MIN_RATIO) * base99, floor);
    double high = Math.max(settings.get(WARNING_FACTOR) * base99, floor);
    double clear = settings.clearRatio(null);
    if (p95 < clear * low) {
      return;
    }
    d.anomalous = true;
    if (d.scope == null) {
      d.scope = m.scope().with("tokens", "gen_ai.token.type", type);
    }
    String win = Tiers.window(windowMs);
    Tiers.report(out, ID, d.scope, p95, low, Severity.INFO, high > low ? high : Double.NaN, Severity.WARNING, clear,
        base99, win, ValueUnit.TOKENS, settings.timing(null), type + " tokens per call p95",
        "over " + win + " (n=" + (long) w.total() + ", baseline p99 " + ValueUnit.TOKENS.format(base99) + ")");
  }

  @Override
  public void saveBaselines(EvaluationContext ctx, Map<String, double[]> out) {
    for (ModelActivity m : ctx.store().models()) {
      State st = m.stateIfPresent(STATE);
      if (st != null) {
        if (st.input.baseline.samples() > 0) {
          out.put(ID + "|" + m.provider() + "|" + m.model() + "|input", st.input.baseline.export());
        }
        if (st.output.baseline.samples() > 0) {
          out.put(ID + "|" + m.provider() + "|" + m.model() + "|output", st.output.baseline.export());
        }
      }
    }
  }

  @Override
  public void loadBaselines(EvaluationContext ctx, Map<String, double[]> in) {
    for (Map.Entry<String, double[]> e : in.entrySet()) {
      String[] parts = e.getKey().split("\\|", -1);
      if (parts.length != 4 || !parts[0].equals(ID)) {
        continue;
      }
      HistogramBaseline b = HistogramBaseline.restore(e.getValue());
      ModelActivity m = b == null ? null : ctx.store().model(parts[1], parts[2]);
      if (m != null) {
        State st = m.state(STATE);
        (parts[3].equals("input") ? st.input : st.output).baseline.restoreFrom(b);
      }
    }
  }
}
