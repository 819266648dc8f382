package io.strandwatch.agent.alerts;

/** The lifecycle state of one dedup key. Mutated only on the ticker thread. */
public final class TrackedAlert {

  private final String key;
  private final String rule;
  private final Scope scope;
  AlertPhase phase = AlertPhase.PENDING;
  Severity severity;
  long pendingSince;
  long firingSince = -1;
  long clearSince = -1;
  long resolvedAt = -1;
  double peak = Double.NEGATIVE_INFINITY;
  Observation last;
  long seenInEvaluation;

  /** The severity on-call was last told about; null while the firing was not announced (inhibited or capped). */
  Severity notifiedSeverity;
  long lastNotifiedAt = -1;
  long recordId = -1;

  TrackedAlert(Observation first, long now) {
    this.key = first.key();
    this.rule = first.rule();
    this.scope = first.scope();
    this.pendingSince = now;
  }

  public String key() {
    return key;
  }

  public String rule() {
    return rule;
  }

  public Scope scope() {
    return scope;
  }

  public AlertPhase phase() {
    return phase;
  }

  public Severity severity() {
    return severity;
  }

  public long pendingSince() {
    return pendingSince;
  }

  /** When it started firing, or -1. */
  public long firingSince() {
    return firingSince;
  }

  public long resolvedAt() {
    return resolvedAt;
  }

  public double peak() {
    return peak;
  }

  /** The latest observation of the condition (its value, threshold and summary). */
  public Observation last() {
    return last;
  }

  public boolean wasNotified() {
    return notifiedSeverity != null;
  }
}
