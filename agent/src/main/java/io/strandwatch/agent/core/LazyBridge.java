package io.strandwatch.agent.core;

import io.strandwatch.bridge.BridgeOptions;
import io.strandwatch.bridge.CollectorBridge;
import io.strandwatch.bridge.model.AlertEvent;
import io.strandwatch.bridge.model.AlertListener;
import io.strandwatch.bridge.model.MetricsSnapshot;
import io.strandwatch.bridge.model.SnapshotListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Starts the OpenTelemetry bridge on the ticker thread at the first snapshot (or at exit), never in premain:
 * building the SDK initializes java.util.logging, and doing that before the application's main has installed
 * its own log manager (JBoss, WildFly) would break the application. While {@link LogManagerGate} is still closed
 * the snapshots and alerts wait here, in order and bounded, and are handed over when it opens.
 */
final class LazyBridge implements SnapshotListener, AlertListener {

  /** About an hour of snapshots at the default interval; beyond that the bridge starts regardless. */
  static final int MAX_WAITING = 360;

  private final Duration interval;
  private final BooleanSupplier mayStart;
  private final List<Object> waiting = new ArrayList<>();
  private volatile CollectorBridge bridge;

  LazyBridge(Duration interval, BooleanSupplier mayStart) {
    this.interval = interval;
    this.mayStart = mayStart;
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
    deliver(snapshot, false);
  }

  @Override
  public void onAlert(AlertEvent event) {
    deliver(event, false);
  }

  /** Hands {@code event} (a snapshot or an alert) to the bridge, or keeps it until the bridge may start. */
  private synchronized void deliver(Object event, boolean force) {
    if (bridge == null && !force && !mayStart.getAsBoolean() && waiting.size() < MAX_WAITING) {
      if (event != null) {
        waiting.add(event);
      }
      return;
    }
    CollectorBridge b = bridge();
    for (Object early : waiting) {
      send(b, early);
    }
    waiting.clear();
    if (event != null) {
      send(b, event);
    }
  }

  private static void send(CollectorBridge b, Object event) {
    if (event instanceof MetricsSnapshot) {
      b.onSnapshot((MetricsSnapshot) event);
    } else {
      b.onAlert((AlertEvent) event);
    }
  }

  @Override
  public void shutdown(long timeoutMillis) {
    if (!waiting.isEmpty()) {
      // At exit whatever waited is exported anyway: the application is past needing its log manager protected.
      deliver(null, true);
    }
    CollectorBridge b = bridge;
    if (b != null) {
      b.shutdown(timeoutMillis);
    }
  }
}
