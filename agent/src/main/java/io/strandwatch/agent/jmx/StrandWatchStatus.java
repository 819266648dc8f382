package io.strandwatch.agent.jmx;

import java.util.List;
import java.util.Map;

/** The registered MXBean: serves the latest {@link HealthSnapshot}, replaced whole once per interval. */
public final class StrandWatchStatus implements StrandWatchMXBean {

  private volatile HealthSnapshot snapshot = HealthSnapshot.EMPTY;

  void update(HealthSnapshot next) {
    snapshot = next;
  }

  @Override
  public String getHealth() {
    return snapshot.overall.text();
  }

  @Override
  public Map<String, String> getStrandHealth() {
    return snapshot.strandHealth;
  }

  @Override
  public List<ActiveAlert> getActiveAlerts() {
    return snapshot.alerts;
  }

  @Override
  public List<StrandStatus> getStrands() {
    return snapshot.strands;
  }

  @Override
  public String getSnapshotTime() {
    return snapshot.takenAt;
  }
}
