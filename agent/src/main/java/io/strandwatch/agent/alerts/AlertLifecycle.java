package io.strandwatch.agent.alerts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Prometheus-style state machine: inactive → pending (held for {@code for}) → firing → resolved once the
 * value has stayed under the clear level for {@code clear_for}. A pending alert whose condition lapses goes back
 * to inactive silently. Severity follows the highest tier breached while firing, never the elapsed time.
 */
public final class AlertLifecycle {

  private final Map<String, TrackedAlert> alerts = new LinkedHashMap<>();
  private final int maxTracked;
  private long evaluation;
  private long refused;

  /** {@code maxTracked} bounds memory: new keys beyond it are refused (and counted) until others clear. */
  public AlertLifecycle(int maxTracked) {
    this.maxTracked = maxTracked;
  }

  /**
   * Applies one evaluation's observations at {@code now}. Keys not observed are clear this round. Alerts that
   * resolved are moved to {@code resolvedOut} and forgotten.
   */
  public void apply(long now, List<Observation> observations, List<TrackedAlert> resolvedOut) {
    evaluation++;
    for (int i = 0; i < observations.size(); i++) {
      Observation o = observations.get(i);
      TrackedAlert a = alerts.get(o.key());
      if (a == null) {
        if (!o.isBreach()) {
          continue; // a hold never starts an alert
        }
        if (alerts.size() >= maxTracked) {
          refused++;
          continue;
        }
        a = new TrackedAlert(o, now);
        alerts.put(o.key(), a);
      }
      a.seenInEvaluation = evaluation;
      a.last = o;
      a.peak = Math.max(a.peak, o.value());
      if (o.isBreach()) {
        onBreach(a, o, now);
      } else if (a.phase == AlertPhase.PENDING) {
        a.seenInEvaluation = -1; // the condition lapsed before 'for' elapsed: back to inactive
      } else {
        a.clearSince = -1;
      }
    }
    for (Iterator<TrackedAlert> it = alerts.values().iterator(); it.hasNext(); ) {
      TrackedAlert a = it.next();
      if (a.seenInEvaluation == evaluation) {
        continue;
      }
      if (a.phase == AlertPhase.PENDING) {
        it.remove();
        continue;
      }
      if (a.clearSince < 0) {
        a.clearSince = now;
      }
      if (now - a.clearSince >= a.last.timing().clearForMillis()) {
        a.phase = AlertPhase.RESOLVED;
        a.resolvedAt = now;
        it.remove();
        resolvedOut.add(a);
      }
    }
  }

  private static void onBreach(TrackedAlert a, Observation o, long now) {
    a.clearSince = -1;
    if (a.phase == AlertPhase.PENDING) {
      a.severity = o.severity().isAbove(a.severity) ? o.severity() : a.severity;
      if (now - a.pendingSince >= o.timing().forMillis()) {
        a.phase = AlertPhase.FIRING;
        a.firingSince = now;
        a.severity = o.severity(); // fire at the tier breached now
      }
    } else if (o.severity().isAbove(a.severity)) {
      a.severity = o.severity();
    }
  }

  /** The tracked (pending or firing) alert with this dedup key, or null when inactive. */
  public TrackedAlert get(String key) {
    return alerts.get(key);
  }

  /** Pending and firing alerts, in the order they started. */
  public Collection<TrackedAlert> tracked() {
    return Collections.unmodifiableCollection(alerts.values());
  }

  /** New alerts refused because {@code maxTracked} was reached. */
  public long refused() {
    return refused;
  }

  /** Firing alerts (for tests and the report). */
  public List<TrackedAlert> firing() {
    List<TrackedAlert> out = new ArrayList<>();
    for (TrackedAlert a : alerts.values()) {
      if (a.phase == AlertPhase.FIRING) {
        out.add(a);
      }
    }
    return out;
  }
}
