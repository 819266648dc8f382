package io.strandwatch.agent.alerts;

import io.strandwatch.bridge.model.AlertEvent;
import java.util.Locale;

/**
 * One stderr line per alert event, for people watching the process:
 * {@code [strandwatch] FIRING warning error_rate strand=checkout: error ratio 31% over 10m (n=42) ≥ 25%}.
 */
public final class AlertLineFormatter {

  private AlertLineFormatter() {}

  public static String format(AlertEvent e) {
    String key = e.key();
    int bar = key.indexOf('|');
    String scope = bar < 0 ? "" : key.substring(bar + 1);
    String state = e.reminder() ? "STILL FIRING" : e.state().toUpperCase(Locale.ROOT);
    return "[strandwatch] " + state + " " + e.severity() + " " + e.rule() + " " + scope + ": " + e.summary();
  }
}
