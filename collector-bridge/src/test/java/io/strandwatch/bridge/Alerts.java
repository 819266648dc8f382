package io.strandwatch.bridge;

import io.strandwatch.bridge.model.AlertEvent;
import java.util.Map;

final class Alerts {

  static final long AT = Snapshots.T0 + 5_000_000_000L;

  private Alerts() {}

  static AlertEvent firing(String rule, String severity, boolean reminder) {
    return new AlertEvent(rule, severity, AlertEvent.FIRING, rule + "|strand.name=plan", 0.25, 0.05, 0.01, "10m",
        "plan: error rate 25% over 10m (threshold 5%)", Map.of("strand.name", "plan", "gen_ai.request.model",
            "gpt-4o"), AT, reminder);
  }
}
