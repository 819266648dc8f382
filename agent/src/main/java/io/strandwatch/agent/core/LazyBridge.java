package io.strandwatch.agent.core;

import io.strandwatch.bridge.BridgeOptions;
import io.strandwatch.bridge.CollectorBridge;
import io.strandwatch.bridge.model.AlertEvent;
import io.strandwatch.bridge.model.AlertListener;
import io.strandwatch.bridge.model.MetricsSnapshot;
import io.strandwatch.bridge.model.SnapshotListener;
import java.time.Duration;

/**
 * Starts the OpenTelemetry bridge on the ticker thread at the first snapshot (or at exit), never in premain:
 * building the SDK initializes java.util.logging, and doing that before the application's main has installed
 * its own log manager (JBoss, WildFly) would break the application.
 */
final class LazyBridge implements SnapshotListener, AlertListener {

  private final Duration interval;
  private volatile CollectorBridge bridge;

  LazyBridge(Duration interval) {
    this.interval = interval;
  }

  private CollectorBridge bridge() {
    CollectorBridge b = bridge;
    if (b == null) {
      synchronized (this) {
        if (bridge == null) {
          bridge = CollectorBridge.start(BridgeOptions.builder(ServiceName.guess())
              .systemProperties(System.getProperties())
              .environment(System.getenv())
              .snapshotInterval(interval)
              .logger(line -> AgentLog.info(line.startsWith("StrandWatch: ")
                  ? line.substring("StrandWatch: ".length()) : line))
              .build());
        }
        b = bridge;
      }
    }
    return b;
  }

  /** True when no exporter is configured; known only once started, so this starts the bridge. */
  boolean localReportMode() {
    return bridge().localReportMode();
  }

  @Override
  public void onSnapshot(MetricsSnapshot snapshot) {
    bridge().onSnapshot(snapshot);
  }

  @Override
  public void onAlert(AlertEvent event) {
    bridge().onAlert(event);
  }

  @Override
  public void shutdown(long timeoutMillis) {
    CollectorBridge b = bridge;
    if (b != null) {
      b.shutdown(timeoutMillis);
    }
  }
}
