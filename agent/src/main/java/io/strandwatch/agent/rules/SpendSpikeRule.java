package io.strandwatch.agent.rules;

import io.strandwatch.agent.alerts.Observation;
import io.strandwatch.agent.alerts.Scope;
import io.strandwatch.agent.alerts.Severity;
import io.strandwatch.agent.alerts.ValueUnit;
import io.strandwatch.agent.rules.stats.RateEwma;
import io.strandwatch.agent.rules.window.MinuteRing;
import io.strandwatch.agent.rules.window.StateSlot;
import io.strandwatch.agent.rules.window.StrandActivity;
import java.util.List;
import java.util.Map;

/**
 * {@code spend_spike}: spend over a short window at least 3x what the learned spend rate predicts for it, and
 * above an absolute floor, globally and per strand. Catches the loop that burns money faster than any budget
 * period would reveal. A firing budget alert of the same scope inhibits it (the budget already says it).
 */
public final class SpendSpikeRule implements Rule {

  public static final String ID = "spend_spike";
  private static final RuleSpec.Builder B = RuleSpec.builder(ID,
      "Short-window spend far above the learned spend rate.", true)
      .lifecycle(true, 2 * 60_000L, 10 * 60_000L, 4 * 3_600_000L);
  static final ParamSpec WINDOW = B.duration("window", 5 * 60_000L, 60_000L, 30 * 60_000L,
      "The short window whose spend is compared.");
  static final ParamSpec FACTOR = B.number("factor", 3, 1.5, 1000, "Multiple of the expected spend that triggers.");
  static final ParamSpec FLOOR = B.usd("floor_usd", 1.0, "Never alert on a window spending less than this.");
  static final ParamSpec HALF_LIFE = B.duration("baseline_half_life", 60 * 60_000L, 10 * 60_000L,
      7 * 86_400_000L, "Half-life of the learned spend rate.");
  static final ParamSpec WARMUP = B.duration("warmup", 60 * 60_000L, 0, 7 * 86_400_000L,
      "Time the spend rate needs before the rule speaks.");
  public static final RuleSpec SPEC = B.build();

  static final class State {
    RateEwma perMinute;
  }

  private static final StateSlot<State> STATE = new StateSlot<>(State::new);

  private final RuleSettings settings;
  private final State global = new State();

  public SpendSpikeRule(RuleSettings settings) {
    this.settings = settings;
  }

  @Override
  public RuleSpec spec() {
    return SPEC;
  }

  @Override
  public void evaluate(EvaluationContext ctx, List<Observation> out) {
    if (settings.enabled(null)) {
      check(ctx, Scope.GLOBAL, null, ctx.store().globalSpend(), global, out);
    }
    for (StrandActivity s : ctx.store().strands()) {
      if (settings.enabled(s.name())) {
        check(ctx, s.scope(), s.name(), s.spend(), s.state(STATE), out);
      }
    }
  }

  private void check(EvaluationContext ctx, Scope scope, String strand, MinuteRing spend, State st,
      List<Observation> out) {
    if (st.perMinute == null) {
      st.perMinute = new RateEwma(settings.get(HALF_LIFE, strand) / 60_000d);
    }
    int minutes = (int) (settings.millis(WINDOW, strand) / 60_000L);
    double factor = settings.get(FACTOR, strand);
    if (ctx.closedMinute() >= 0) {
      double x = spend.totalAt(ctx.closedMinute());
      boolean warm = st.perMinute.isWarm(ctx.nowMillis(), settings.millis(WARMUP, strand));
      // Clip: a spike minute is learned as at most factor x the current rate, or the baseline chases the spike.
      double cap = factor * st.perMinute.mean();
      st.perMinute.update(warm && cap > 0 ? Math.min(x, cap) : x, ctx.nowMillis());
    }
    if (!st.perMinute.isWarm(ctx.nowMillis(), settings.millis(WARMUP, strand))) {
      return;
    }
    double value = spend.total(ctx.minute(), minutes);
    double expected = st.perMinute.mean() * minutes;
    double trigger = Math.max(factor * expected, settings.get(FLOOR, strand) * 1e12);
    double clear = settings.clearRatio(strand);
    if (value < clear * trigger) {
      return;
    }
    String w = Tiers.window(minutes * 60_000L);
    Tiers.report(out, ID, scope, value, trigger, Severity.WARNING, Double.NaN, null, clear, expected, w,
        ValueUnit.PICO_USD, settings.timing(strand), "spend", "over " + w + " (expected "
            + ValueUnit.PICO_USD.format(expected) + ")");
  }

  @Override
  public void saveBaselines(EvaluationContext ctx, Map<String, double[]> out) {
    if (global.perMinute != null) {
      out.put(ID + "|global", global.perMinute.export());
    }
    for (StrandActivity s : ctx.store().strands()) {
      State st = s.stateIfPresent(STATE);
      if (st != null && st.perMinute != null) {
        out.put(ID + "|" + s.scope().text(), st.perMinute.export());
      }
    }
  }

  @Override
  public void loadBaselines(EvaluationContext ctx, Map<String, double[]> in) {
    for (Map.Entry<String, double[]> e : in.entrySet()) {
      String k = e.getKey();
      State st = null;
      String strand = null;
      if (k.equals(ID + "|global")) {
        st = global;
      } else if (k.startsWith(ID + "|strand=")) {
        strand = k.substring((ID + "|strand=").length());
        StrandActivity s = ctx.store().strand(strand);
        st = s == null ? null : s.state(STATE);
      }
      if (st != null) {
        RateEwma r = new RateEwma(settings.get(HALF_LIFE, strand) / 60_000d);
        if (r.restore(e.getValue())) {
          st.perMinute = r;
        }
      }
    }
  }
}
