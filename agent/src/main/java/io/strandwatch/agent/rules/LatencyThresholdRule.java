package io.strandwatch.agent.rules;

import io.strandwatch.agent.alerts.Observation;
import io.strandwatch.agent.alerts.Severity;
import io.strandwatch.agent.alerts.ValueUnit;
import io.strandwatch.agent.rules.stats.LogHistogram;
import io.strandwatch.agent.rules.window.StrandActivity;
import java.util.List;

/**
 * {@code latency_threshold}: a strand's windowed p99 over an absolute limit. Off unless a limit is configured,
 * because one limit cannot fit both a 200 ms lookup and a reasoning model that thinks for minutes; set it per
 * strand ({@code strands: NAME: rules: latency_threshold: p99_limit: 30s}). Static: active from the start.
 */
public final class LatencyThresholdRule implements Rule {

  public static final String ID = "latency_threshold";
  private static final RuleSpec.Builder B = RuleSpec.builder(ID,
      "Windowed p99 of a strand's duration over a configured absolute limit.", true)
      .lifecycle(true, 5 * 60_000L, 5 * 60_000L, 4 * 3_600_000L);
  static final ParamSpec P99_LIMIT = B.duration("p99_limit", Double.NaN, 1, 86_400_000L,
      "The p99 limit for a warning; unset (the default) turns the rule off.");
  static final ParamSpec CRITICAL_LIMIT = B.duration("critical_limit", Double.NaN, 1, 86_400_000L,
      "The p99 limit for a critical alert; unset means 2 x p99_limit.");
  static final ParamSpec WINDOW = B.duration("window", 5 * 60_000L, 60_000L, 60 * 60_000L,
      "The window the p99 is computed over.");
  static final ParamSpec MIN_SAMPLES = B.integer("min_samples", 20, 1, 1_000_000,
      "Executions needed in the window.");
  public static final RuleSpec SPEC = B.build();

  private final RuleSettings settings;
  private final LogHistogram scratch = new LogHistogram();

  public LatencyThresholdRule(RuleSettings settings) {
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
      double limitMs = settings.get(P99_LIMIT, name);
      if (!(limitMs > 0) || !settings.enabled(name)) {
        continue;
      }
      long windowMs = settings.millis(WINDOW, name);
      LogHistogram w = s.durations().window(ctx.minute(), (int) (windowMs / 60_000L), scratch);
      if (w.total() < settings.get(MIN_SAMPLES, name) || w.total() == 0) {
        continue;
      }
      double p99 = w.quantile(0.99);
      double limit = limitMs * 1e6;
      double criticalMs = settings.get(CRITICAL_LIMIT, name);
      double critical = (criticalMs > 0 ? criticalMs : 2 * limitMs) * 1e6;
      if (p99 < settings.clearRatio(name) * limit) {
        continue;
      }
      String win = Tiers.window(windowMs);
      Tiers.report(out, ID, s.scope(), p99, limit, Severity.WARNING, critical, Severity.CRITICAL,
          settings.clearRatio(name), null, win, ValueUnit.NANOS, settings.timing(name), "p99",
          "over " + win + " (n=" + (long) w.total() + ")");
    }
  }
}
