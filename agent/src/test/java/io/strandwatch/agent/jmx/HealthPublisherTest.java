package io.strandwatch.agent.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strandwatch.agent.alerts.AlertFixture;
import io.strandwatch.agent.alerts.Scope;
import io.strandwatch.agent.alerts.Severity;
import io.strandwatch.agent.alerts.ValueUnit;
import io.strandwatch.agent.metrics.RunTotals;
import io.strandwatch.bridge.model.LlmUsage;
import io.strandwatch.bridge.model.Measure;
import io.strandwatch.bridge.model.MetricsSnapshot;
import io.strandwatch.bridge.model.StrandSeriesSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class HealthPublisherTest {

  static final long MS = 1_000_000L;
  static final MetricsSnapshot ANY = new MetricsSnapshot(0, 0, List.of(), List.of());

  static StrandSeriesSnapshot series(String name, String errorType, long n, long durationNanos) {
    Histogram h = new Histogram(3);
    h.recordValueWithCount(durationNanos, n);
    return new StrandSeriesSnapshot(name, Map.of(), errorType == null ? StrandSeriesSnapshot.OK
        : StrandSeriesSnapshot.ERROR, errorType, new Measure(h, n, n * durationNanos, 0), Measure.EMPTY,
        Measure.EMPTY, LlmUsage.NONE);
  }

  static RunTotals totals() {
    RunTotals totals = new RunTotals();
    totals.add(new MetricsSnapshot(0, 0, List.of(series("checkout", null, 30, 10 * MS),
        series("checkout", "java.io.IOException", 20, 10 * MS), series("search", null, 7, 200 * MS),
        series("idle", null, 3, MS), series("loop", null, 1, MS)), List.of()));
    return totals;
  }

  static AlertFixture alerts() {
    AlertFixture f = new AlertFixture();
    f.step(1_000, AlertFixture.breach("error_rate", Scope.strand("checkout"), Severity.CRITICAL, 0.4,
            ValueUnit.RATIO),
        AlertFixture.breach("latency_threshold", Scope.strand("search"), Severity.WARNING, 2e8, ValueUnit.NANOS),
        AlertFixture.breach("runaway_strand", Scope.strand("loop"), Severity.ERROR, 60, ValueUnit.NUMBER),
        AlertFixture.breach("cost_outlier", Scope.strand("idle"), Severity.INFO, 5e10, ValueUnit.PICO_USD));
    return f;
  }

  @Test
  void strandHealthFollowsTheMostSevereFiringAlertScopedToIt() throws Exception {
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    HealthPublisher publisher = new HealthPublisher(totals(), alerts().lifecycle(), server::registerMBean);
    publisher.onSnapshot(ANY);
    ObjectName name = new ObjectName(HealthPublisher.OBJECT_NAME);

    // Read as a JMX client without StrandWatch classes would: open types only.
    Map<String, String> health = new TreeMap<>();
    for (Object row : ((TabularData) server.getAttribute(name, "StrandHealth")).values()) {
      CompositeData r = (CompositeData) row;
      health.put((String) r.get("key"), (String) r.get("value"));
    }
    assertEquals(Map.of("checkout", "critical", "search", "degraded", "idle", "healthy", "loop", "critical"),
        health, "info leaves a strand healthy; error counts as critical");
    assertEquals("critical", server.getAttribute(name, "Health"));

    CompositeData[] strands = (CompositeData[]) server.getAttribute(name, "Strands");
    assertEquals(4, strands.length);
    CompositeData checkout = strands[0];
    assertEquals("checkout", checkout.get("name"));
    assertEquals(50L, checkout.get("count"));
    assertEquals(20L, checkout.get("errors"));
    assertEquals("critical", checkout.get("health"));
    long p50 = (Long) checkout.get("p50Nanos");
    assertTrue(p50 >= 10 * MS && p50 <= 10 * MS * 101 / 100, "p50 within HdrHistogram precision: " + p50);

    CompositeData[] active = (CompositeData[]) server.getAttribute(name, "ActiveAlerts");
    List<String> rows = new ArrayList<>();
    for (CompositeData a : active) {
      rows.add(a.get("severity") + " " + a.get("rule") + " " + a.get("scope") + " " + a.get("valueText") + " "
          + a.get("since"));
    }
    assertEquals(List.of("critical error_rate strand=checkout 40% 1970-01-01T00:00:01Z",
        "warning latency_threshold strand=search 200 ms 1970-01-01T00:00:01Z",
        "error runaway_strand strand=loop 60 1970-01-01T00:00:01Z",
        "info cost_outlier strand=idle $0.05 1970-01-01T00:00:01Z"), rows);
  }

  @Test
  void resolvedAlertsLeaveTheStrandHealthyAtTheNextInterval() throws Exception {
    AlertFixture alerts = alerts();
    HealthPublisher publisher = new HealthPublisher(totals(), alerts.lifecycle(), (mbean, name) -> { });
    publisher.onSnapshot(ANY);
    assertEquals("critical", publisher.status().getStrandHealth().get("checkout"));
    alerts.step(2_000); // nothing breaches any more: every alert resolves (clear_for 0)
    publisher.onSnapshot(ANY);
    assertEquals("healthy", publisher.status().getStrandHealth().get("checkout"));
    assertEquals("healthy", publisher.status().getHealth());
    assertEquals(0, publisher.status().getActiveAlerts().size());
  }

  @Test
  void aFailedRegistrationIsLoggedOnceAndNeverThrown() {
    int[] attempts = {0};
    HealthPublisher publisher = new HealthPublisher(totals(), alerts().lifecycle(), (mbean, name) -> {
      attempts[0]++;
      throw new SecurityException("no MBean server for you");
    });
    publisher.onSnapshot(ANY);
    publisher.onSnapshot(ANY);
    assertEquals(1, attempts[0], "tried once, not every interval");
    assertEquals("critical", publisher.status().getHealth(), "the status is still kept");
  }
}
