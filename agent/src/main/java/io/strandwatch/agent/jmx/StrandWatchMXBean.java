package io.strandwatch.agent.jmx;

import java.util.List;
import java.util.Map;

/**
 * The agent's management interface, {@code io.strandwatch:type=StrandWatch}. An MXBean, so every attribute is
 * an open type (String, long, double, TabularData, CompositeData[]) that jconsole or a remote JMX client reads
 * without any StrandWatch class. Values are as of the last ticker interval (docs/health.md).
 */
public interface StrandWatchMXBean {

  /** The worst health over every firing alert: {@code healthy}, {@code degraded} or {@code critical}. */
  String getHealth();

  /** Strand name to {@code healthy}, {@code degraded} or {@code critical}, from the alerts scoped to it. */
  Map<String, String> getStrandHealth();

  /** The alerts firing now, oldest first. */
  List<ActiveAlert> getActiveAlerts();

  /** Per-strand totals since the agent started. */
  List<StrandStatus> getStrands();

  /** When these values were taken (ISO-8601), empty before the first interval. */
  String getSnapshotTime();
}
