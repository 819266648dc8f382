package io.strandwatch.agent.rules;

import io.strandwatch.agent.alerts.Observation;
import io.strandwatch.agent.alerts.Scope;
import io.strandwatch.agent.alerts.Severity;
import io.strandwatch.agent.alerts.ValueUnit;
import java.util.List;

/** Reports a "higher is worse" value against up to two tiers, with the clear level under the lower one. */
final class Tiers {

  private Tiers() {}

  /**
   * @param high the upper tier's trigger, or NaN when the rule has one tier
   * @param what the quantity, e.g. {@code error ratio}
   * @param detail the window and evidence, e.g. {@code over 10m (n=42)}
   */
  static void report(List<Observation> out, String rule, Scope scope, double value, double low, Severity lowTier,
      double high, Severity highTier, double clearRatio, Double baseline, String window, ValueUnit unit,
      Observation.Timing timing, String what, String detail) {
    if (!(value >= clearRatio * low)) {
      return;
    }
    if (!Double.isNaN(high) && value >= high) {
      out.add(Observation.breach(rule, scope, highTier, value, high, baseline, window, unit, timing,
          what + " " + unit.format(value) + " " + detail + " ≥ " + unit.format(high)));
    } else if (value >= low) {
      out.add(Observation.breach(rule, scope, lowTier, value, low, baseline, window, unit, timing,
          what + " " + unit.format(value) + " " + detail + " ≥ " + unit.format(low)));
    } else {
      out.add(Observation.hold(rule, scope, value, low, baseline, window, unit, timing,
          what + " " + unit.format(value) + " " + detail + " < " + unit.format(low) + ", clears under "
              + unit.format(clearRatio * low)));
    }
  }

  /** A window length for summaries: {@code 10m}. */
  static String window(long millis) {
    return io.strandwatch.agent.alerts.Durations.format(millis);
  }
}
