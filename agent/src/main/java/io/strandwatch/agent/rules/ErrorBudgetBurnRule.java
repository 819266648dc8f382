package io.strandwatch.agent.rules;

import io.strandwatch.agent.alerts.Observation;
import io.strandwatch.agent.alerts.Severity;
import io.strandwatch.agent.alerts.ValueUnit;
import io.strandwatch.agent.rules.window.MinuteRing;
import io.strandwatch.agent.rules.window.StrandActivity;
import java.util.List;

/**
 * {@code error_budget_burn}: multi-window burn rates against a strand's SLO (Google SRE workbook). Burn =
 * error ratio / (1 - SLO). Critical when both the 1 h and 5 min burns are at least 14.4 (2 % of a 30-day budget
 * in an hour), warning when both the 6 h and 30 min burns are at least 6. The long window proves it matters,
 * the short one that it is still happening, so it clears quickly once the errors stop. Off unless an SLO is set.
 */
public final class ErrorBudgetBurnRule implements Rule {

  public static final String ID = "error_budget_burn";
  private static final RuleSpec.Builder B = RuleSpec.builder(ID,
      "Multi-window error-budget burn rate against a strand's SLO.", true)
      .lifecycle(true, 0, 5 * 60_000L, 4 * 3_600_000L);
  static final ParamSpec SLO = B.ratio("slo", Double.NaN, 0.5, 0.99999,
      "Target success ratio, e.g. 0.99; unset (the default) turns the rule off.");
  static final ParamSpec PAGE_BURN = B.number("page_burn", 14.4, 1, 1000, "Burn rate for a critical alert.");
  static final ParamSpec PAGE_LONG = B.duration("page_long_window", 60 * 60_000L, 60_000L, 24 * 3_600_000L,
      "Long window of the critical tier.");
  static final ParamSpec PAGE_SHORT = B.duration("page_short_window", 5 * 60_000L, 60_000L, 24 * 3_600_000L,
      "Short window of the critical tier.");
  static final ParamSpec WARN_BURN = B.number("warn_burn", 6, 1, 1000, "Burn rate for a warning.");
  static final ParamSpec WARN_LONG = B.duration("warn_long_window", 6 * 60 * 60_000L, 60_000L, 24 * 3_600_000L,
      "Long window of the warning tier.");
  static final ParamSpec WARN_SHORT = B.duration("warn_short_window", 30 * 60_000L, 60_000L, 24 * 3_600_000L,
      "Short window of the warning tier.");
  static final ParamSpec MIN_SAMPLES = B.integer("min_samples", 20, 1, 1_000_000,
      "Executions needed in a long window before its burn rate is trusted.");
  public static final RuleSpec SPEC = B.build();

  private final RuleSettings settings;

  public ErrorBudgetBurnRule(RuleSettings settings) {
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
      double slo = settings.get(SLO, name);
      if (!(slo > 0) || !settings.enabled(name)) {
        continue;
      }
      double allowed = 1 - slo;
      double minN = settings.get(MIN_SAMPLES, name);
      MinuteRing r = s.executions();
      long now = ctx.minute();
      double page = Math.min(burn(r, now, settings.millis(PAGE_LONG, name), allowed, minN),
          burn(r, now, settings.millis(PAGE_SHORT, name), allowed, 1));
      double warn = Math.min(burn(r, now, settings.millis(WARN_LONG, name), allowed, minN),
          burn(r, now, settings.millis(WARN_SHORT, name), allowed, 1));
      double pageAt = settings.get(PAGE_BURN, name);
      double warnAt = settings.get(WARN_BURN, name);
      double clear = settings.clearRatio(name);
      String slot = ValueUnit.RATIO.format(slo);
      if (page >= pageAt) {
        String w = Tiers.window(settings.millis(PAGE_LONG, name)) + "+" + Tiers.window(settings.millis(PAGE_SHORT, name));
        out.add(Observation.breach(ID, s.scope(), Severity.CRITICAL, page, pageAt, null, w, ValueUnit.NUMBER,
            settings.timing(name), "error budget burning " + ValueUnit.NUMBER.format(page) + "x over " + w
                + " (SLO " + slot + ") ≥ " + ValueUnit.NUMBER.format(pageAt) + "x"));
      } else if (warn >= clear * warnAt) {
        String w = Tiers.window(settings.millis(WARN_LONG, name)) + "+" + Tiers.window(settings.millis(WARN_SHORT, name));
        Tiers.report(out, ID, s.scope(), warn, warnAt, Severity.WARNING, Double.NaN, null, clear, null, w,
            ValueUnit.NUMBER, settings.timing(name), "error budget burn rate", "over " + w + " (SLO " + slot + ")");
      } else if (page >= clear * pageAt) {
        String w = Tiers.window(settings.millis(PAGE_LONG, name)) + "+" + Tiers.window(settings.millis(PAGE_SHORT, name));
        out.add(Observation.hold(ID, s.scope(), page, pageAt, null, w, ValueUnit.NUMBER, settings.timing(name),
            "error budget burning " + ValueUnit.NUMBER.format(page) + "x over " + w + ", clearing"));
      }
    }
  }

  /** The burn rate over a window, or 0 when the window has too few executions to say. */
  private static double burn(MinuteRing r, long nowMinute, long windowMs, double allowed, double minSamples) {
    int minutes = (int) (windowMs / 60_000L);
    long n = r.total(nowMinute, minutes);
    if (n < minSamples || n == 0) {
      return 0;
    }
    return ((double) r.part(nowMinute, minutes) / n) / allowed;
  }
}
