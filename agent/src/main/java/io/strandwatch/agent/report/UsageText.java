package io.strandwatch.agent.report;

import io.strandwatch.agent.metrics.UsageTotals;

/**
 * Tokens and cost written for people, shared by the text and HTML reports so both say "unknown" and
 * "unpriced" in the same cases: a count nobody reported is never shown as 0, an unpriced cost never as $0.
 */
public final class UsageText {

  private UsageText() {}

  /** Input + output tokens; {@code -} without calls, {@code unknown} when neither was ever reported. */
  public static String tokens(UsageTotals u) {
    if (u.calls() == 0) {
      return "-";
    }
    if (u.tokensUnknown(0) && u.tokensUnknown(1)) {
      return "unknown";
    }
    return Long.toString(u.tokens(0) + u.tokens(1));
  }

  /** Tokens of one type (see {@link UsageTotals#TOKEN_TYPES}); {@code unknown} when never reported. */
  public static String tokens(UsageTotals u, int type) {
    if (u.tokensUnknown(type)) {
      return "unknown";
    }
    return Long.toString(u.tokens(type));
  }

  /** {@code -} without calls, {@code unpriced} when nothing could be priced, a {@code +?} suffix when some could not. */
  public static String cost(UsageTotals u) {
    if (u.calls() == 0 && u.costUnavailable() == 0) {
      return "-";
    }
    if (u.costUnknown()) {
      return "unpriced";
    }
    return Units.usd(u.costPico()) + (u.costUnavailable() > 0 ? "+?" : "");
  }
}
