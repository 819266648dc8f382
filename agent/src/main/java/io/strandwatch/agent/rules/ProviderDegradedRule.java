package io.strandwatch.agent.rules;

import io.strandwatch.agent.alerts.Observation;
import io.strandwatch.agent.alerts.Severity;
import io.strandwatch.agent.alerts.ValueUnit;
import io.strandwatch.agent.rules.window.ProviderActivity;
import java.util.List;

/**
 * {@code provider_degraded}: the share of a provider's LLM calls that failed on its side (5xx, rate limited,
 * timed out). While it fires it inhibits the latency alerts of strands calling that provider: one cause, one
 * page.
 */
public final class ProviderDegradedRule implements Rule {

  public static final String ID = "provider_degraded";
  private static final RuleSpec.Builder B = RuleSpec.builder(ID,
      "Share of a provider's LLM calls failing with 5xx, 429 or timeouts.", false)
      .lifecycle(true, 2 * 60_000L, 5 * 60_000L, 4 * 3_600_000L);
  static final ParamSpec WINDOW = B.duration("window", 10 * 60_000L, 60_000L, 60 * 60_000L,
      "The window the ratio is computed over.");
  static final ParamSpec MIN_SAMPLES = B.integer("min_samples", 20, 1, 1_000_000, "Calls needed in the window.");
  static final ParamSpec RATIO = B.ratio("ratio", 0.20, 0.001, 1, "Failed-call ratio that triggers the alert.");
  public static final RuleSpec SPEC = B.build();

  private final RuleSettings settings;

  public ProviderDegradedRule(RuleSettings settings) {
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
    long windowMs = settings.millis(WINDOW, null);
    int minutes = (int) (windowMs / 60_000L);
    double trigger = settings.get(RATIO);
    double clear = settings.clearRatio(null);
    for (ProviderActivity p : ctx.store().providers()) {
      long n = p.calls().total(ctx.minute(), minutes);
      if (n < settings.get(MIN_SAMPLES) || n == 0) {
        continue;
      }
      double ratio = (double) p.calls().part(ctx.minute(), minutes) / n;
      if (ratio < clear * trigger) {
        continue;
      }
      String w = Tiers.window(windowMs);
      Tiers.report(out, ID, p.scope(), ratio, trigger, Severity.WARNING, Double.NaN, null, clear, null, w,
          ValueUnit.RATIO, settings.timing(null), "failed calls (5xx, 429, timeout)",
          "over " + w + " (n=" + n + ")");
    }
  }
}
