package io.strandwatch.agent.rules;

import io.strandwatch.agent.alerts.Observation;
import io.strandwatch.agent.alerts.Severity;
import io.strandwatch.agent.alerts.ValueUnit;
import io.strandwatch.agent.rules.window.StrandActivity;
import java.util.List;

/**
 * {@code error_rate}: the share of a strand's executions that failed over a window. A minimum count keeps
 * "1 of 2 failed" from reading as 50 %; with too few executions the rule says nothing.
 */
public final class ErrorRateRule implements Rule {

  public static final String ID = "error_rate";
  private static final RuleSpec.Builder B = RuleSpec.builder(ID,
      "Share of failed executions of a strand over a window.", true)
      .lifecycle(true, 5 * 60_000L, 10 * 60_000L, 4 * 3_600_000L);
  static final ParamSpec WINDOW = B.duration("window", 10 * 60_000L, 60_000L, 3_600_000L,
      "The window the ratio is computed over.");
  static final ParamSpec MIN_SAMPLES = B.integer("min_samples", 20, 1, 1_000_000,
      "Executions needed in the window before the ratio is trusted.");
  static final ParamSpec WARNING = B.ratio("warning", 0.10, 0.0001, 1, "Error ratio for a warning.");
  static final ParamSpec CRITICAL = B.ratio("critical", 0.25, 0.0001, 1, "Error ratio for a critical alert.");
  public static final RuleSpec SPEC = B.build();

  private final RuleSettings settings;

  public ErrorRateRule(RuleSettings settings) {
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
      long windowMs = settings.millis(WINDOW, name);
      int minutes = (int) (windowMs / 60_000L);
      long n = s.executions().total(ctx.minute(), minutes);
      if (n < settings.get(MIN_SAMPLES, name) || n == 0) {
        continue;
      }
      long errors = s.executions().part(ctx.minute(), minutes);
      double ratio = (double) errors / n;
      if (ratio < settings.clearRatio(name) * settings.get(WARNING, name)) {
        continue; // quiet: no summary built, nothing allocated
      }
      String w = Tiers.window(windowMs);
      Tiers.report(out, ID, s.scope(), ratio, settings.get(WARNING, name), Severity.WARNING,
          settings.get(CRITICAL, name), Severity.CRITICAL, settings.clearRatio(name), null, w, ValueUnit.RATIO,
          settings.timing(name), "error ratio", "over " + w + " (n=" + n + ")");
    }
  }
}
