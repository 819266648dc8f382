package io.strandwatch.agent.jmx;

import io.strandwatch.agent.alerts.TrackedAlert;
import io.strandwatch.agent.metrics.StrandTotals;
import io.strandwatch.agent.alerts.ValueUnit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Health, firing alerts and strand totals at one instant. Built on the ticker thread, which owns the alert
 * state and the run totals, and then only read, so JMX threads never touch mutable agent state.
 */
final class HealthSnapshot {

  static final HealthSnapshot EMPTY = new HealthSnapshot(Health.HEALTHY, Collections.emptyMap(),
      Collections.emptyList(), Collections.emptyList(), "");

  /** The dedup-scope attribute that names a strand ({@code Scope.strand}). */
  static final String STRAND_ATTRIBUTE = "strand.name";

  final Health overall;
  final Map<String, String> strandHealth;
  final List<ActiveAlert> alerts;
  final List<StrandStatus> strands;
  final String takenAt;

  private HealthSnapshot(Health overall, Map<String, String> strandHealth, List<ActiveAlert> alerts,
      List<StrandStatus> strands, String takenAt) {
    this.overall = overall;
    this.strandHealth = strandHealth;
    this.alerts = alerts;
    this.strands = strands;
    this.takenAt = takenAt;
  }

  /** Call on the ticker thread: {@code firing} and {@code totals} are only consistent there. */
  static HealthSnapshot of(Collection<TrackedAlert> firing, List<StrandTotals> totals, long nowMillis) {
    Map<String, Health> byStrand = new LinkedHashMap<>();
    for (StrandTotals s : totals) {
      byStrand.put(s.name(), Health.HEALTHY);
    }
    Health overall = Health.HEALTHY;
    List<ActiveAlert> alerts = new ArrayList<>();
    for (TrackedAlert a : firing) {
      Health h = Health.of(a.severity());
      overall = overall.worse(h);
      String strand = a.scope().attributes().get(STRAND_ATTRIBUTE);
      if (strand != null) {
        byStrand.merge(strand, h, Health::worse);
      }
      double value = a.last() == null ? Double.NaN : a.last().value();
      ValueUnit unit = a.last() == null ? ValueUnit.NUMBER : a.last().unit();
      alerts.add(new ActiveAlert(a.rule(), a.severity().wireName(), a.scope().text(),
          Instant.ofEpochMilli(a.firingSince()).toString(), a.firingSince(), value, unit.format(value)));
    }
    Map<String, String> strandHealth = new LinkedHashMap<>();
    for (Map.Entry<String, Health> e : byStrand.entrySet()) {
      strandHealth.put(e.getKey(), e.getValue().text());
    }
    List<StrandStatus> strands = new ArrayList<>();
    for (StrandTotals s : totals) {
      strands.add(new StrandStatus(s.name(), strandHealth.get(s.name()), s.count(), s.errors(),
          s.duration().percentile(50), s.duration().percentile(99)));
    }
    return new HealthSnapshot(overall, Collections.unmodifiableMap(strandHealth),
        Collections.unmodifiableList(alerts), Collections.unmodifiableList(strands),
        Instant.ofEpochMilli(nowMillis).toString());
  }
}
