package io.strandwatch.agent.alerts;

import io.strandwatch.bridge.model.AlertEvent;
import io.strandwatch.bridge.model.AlertListener;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Turns lifecycle state into alert events: one on each state change (firing, escalation, resolved) plus a
 * reminder at the repeat interval, minus what inhibition silences and what the per-minute cap drops. Every
 * firing is written to the history, announced or not.
 */
public final class AlertNotifier {

  private final List<AlertListener> listeners = new CopyOnWriteArrayList<>();
  private final AlertRateLimiter limiter;
  private final AlertHistory history;
  private final Inhibitor inhibitor;
  private final Consumer<String> log;
  private boolean listenerFailureLogged;

  public AlertNotifier(AlertRateLimiter limiter, AlertHistory history, Inhibitor inhibitor, Consumer<String> log) {
    this.limiter = limiter;
    this.history = history;
    this.inhibitor = inhibitor;
    this.log = log;
  }

  public void addListener(AlertListener listener) {
    listeners.add(listener);
  }

  public void notify(long now, Collection<TrackedAlert> tracked, List<TrackedAlert> resolved) {
    String capped = limiter.takeSummary(now);
    if (capped != null) {
      log.accept(capped);
    }
    inhibitor.prepare(tracked);
    // Resolutions first: when a cause clears, its resolution reads before the symptom it had silenced.
    for (int i = 0; i < resolved.size(); i++) {
      TrackedAlert a = resolved.get(i);
      boolean sent = false;
      if (a.wasNotified()) {
        long clearFor = a.last().timing().clearForMillis();
        // Rules that clear at once (a budget's new period, the next UTC day) have no "cleared for 0m" to tell.
        sent = send(a, AlertEvent.RESOLVED, false, now, (clearFor == 0 ? "cleared" : "cleared for "
            + Durations.format(clearFor)) + " (peak " + a.last().unit().format(a.peak())
            + ", firing for " + Durations.format(now - a.firingSince()) + ")");
      }
      if (a.recordId >= 0) {
        history.update(a.recordId, a, sent);
      }
    }
    for (TrackedAlert a : tracked) {
      if (a.phase() != AlertPhase.FIRING) {
        continue;
      }
      if (a.recordId < 0) {
        a.recordId = history.fired(a, a.last().unit());
      }
      boolean sent = false;
      if (!inhibitor.isInhibited(a)) {
        if (a.severity().isAbove(a.notifiedSeverity)) {
          sent = send(a, AlertEvent.FIRING, false, now, a.last().summary());
        } else {
          long repeat = a.last().timing().repeatMillis();
          if (repeat > 0 && now - a.lastNotifiedAt >= repeat) {
            sent = send(a, AlertEvent.FIRING, true, now,
                "still firing after " + Durations.format(now - a.firingSince()) + ": " + a.last().summary());
          }
        }
      }
      history.update(a.recordId, a, sent);
    }
  }

  private boolean send(TrackedAlert a, String state, boolean reminder, long now, String summary) {
    // The alert counts as announced even when the cap drops the event, so the cap's summary line is the only
    // trace and the storm does not retry itself every tick.
    a.notifiedSeverity = a.severity();
    a.lastNotifiedAt = now;
    if (!limiter.tryAcquire(now)) {
      return false;
    }
    Observation o = a.last();
    AlertEvent event = new AlertEvent(a.rule(), a.severity().wireName(), state, a.key(), o.value(), o.threshold(),
        o.baseline(), o.window(), summary, a.scope().attributes(), now * 1_000_000L, reminder);
    for (AlertListener l : listeners) {
      try {
        l.onAlert(event);
      } catch (RuntimeException e) {
        if (!listenerFailureLogged) {
          listenerFailureLogged = true;
          log.accept("[strandwatch] an alert listener failed (logged once): " + e);
        }
      }
    }
    return true;
  }
}
