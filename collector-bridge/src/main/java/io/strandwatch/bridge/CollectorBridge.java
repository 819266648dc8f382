package io.strandwatch.bridge;

import io.strandwatch.bridge.alerts.AlertPublisher;
import io.strandwatch.bridge.config.ExportConfig;
import io.strandwatch.bridge.config.OtelSettings;
import io.strandwatch.bridge.config.OtlpTarget;
import io.strandwatch.bridge.config.Signal;
import io.strandwatch.bridge.export.ExportFailureLog;
import io.strandwatch.bridge.export.ExporterFactory;
import io.strandwatch.bridge.export.TelemetryPipeline;
import io.strandwatch.bridge.metrics.SnapshotMetricProducer;
import io.strandwatch.bridge.model.AlertEvent;
import io.strandwatch.bridge.model.AlertListener;
import io.strandwatch.bridge.model.MetricsSnapshot;
import io.strandwatch.bridge.model.SnapshotListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The agent's way out to OpenTelemetry: snapshots become metrics (through a {@code MetricProducer} on a private
 * SDK), alerts become spans and log events, and everything goes where the standard {@code OTEL_*} settings say.
 *
 * <p>Start it with {@link #start(BridgeOptions)} off the application's main thread, after premain: building the
 * SDK initializes java.util.logging. Every method is safe to call in any state and never throws.
 */
public final class CollectorBridge implements SnapshotListener, AlertListener {

  static final String LOCAL_MODE_MESSAGE = "StrandWatch: no OpenTelemetry exporter configured; metrics and alerts"
      + " stay in the local report. To export, set OTEL_EXPORTER_OTLP_ENDPOINT=http://host:4318 (OTLP/HTTP)"
      + " or OTEL_METRICS_EXPORTER=prometheus (scrape http://127.0.0.1:9464/metrics); see docs/exporting.md";

  private final Consumer<String> log;
  private final SnapshotMetricProducer producer;
  private final TelemetryPipeline pipeline;
  private final AlertPublisher alerts;
  private final ExportFailureLog failures;
  private final AtomicBoolean recordFailureLogged = new AtomicBoolean();
  private final AtomicBoolean shutDown = new AtomicBoolean();

  private CollectorBridge(Consumer<String> log, SnapshotMetricProducer producer, TelemetryPipeline pipeline,
      AlertPublisher alerts, ExportFailureLog failures) {
    this.log = log;
    this.producer = producer;
    this.pipeline = pipeline;
    this.alerts = alerts;
    this.failures = failures;
  }

  /**
   * Reads the settings and builds the exporters they name. In local report mode (nothing configured), or when
   * the SDK cannot be built, the returned bridge exports nothing and says so in one line.
   */
  public static CollectorBridge start(BridgeOptions options) {
    Consumer<String> log = safe(options.logger());
    ExportFailureLog failures = new ExportFailureLog(log, options.nanoClock());
    try {
      OtelSettings settings = new OtelSettings(options.systemProperties(), options.environment());
      ExportConfig config = ExportConfig.resolve(settings, options.defaultServiceName(),
          options.snapshotInterval(), log);
      if (config.localReportMode()) {
        log.accept(LOCAL_MODE_MESSAGE);
        return new CollectorBridge(log, null, null, null, failures);
      }
      SnapshotMetricProducer producer = new SnapshotMetricProducer(deltaIsPossible(config, log),
          config.exponentialHistograms(), config.cardinalityLimit(), log);
      TelemetryPipeline pipeline = TelemetryPipeline.build(config, producer,
          new ExporterFactory(config, failures, log));
      log.accept(describe(config));
      return new CollectorBridge(log, producer, pipeline,
          new AlertPublisher(pipeline.tracer(), pipeline.logger()), failures);
    } catch (RuntimeException | LinkageError e) {
      log.accept("StrandWatch: OpenTelemetry export disabled, the SDK could not be started ("
          + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
      return new CollectorBridge(log, null, null, null, failures);
    }
  }

  /**
   * Delta series are handed out once per collection, so only one metric reader may collect them, and
   * Prometheus only understands cumulative data.
   */
  private static boolean deltaIsPossible(ExportConfig config, Consumer<String> log) {
    if (!config.deltaTemporality()) {
      return false;
    }
    List<String> exporters = config.exporters(Signal.METRICS);
    if (exporters.size() == 1 && !exporters.contains("prometheus")) {
      return true;
    }
    if (!exporters.isEmpty()) {
      log.accept("StrandWatch: delta temporality needs exactly one push metrics exporter (have " + exporters
          + "); exporting cumulative metrics");
    }
    return false;
  }

  private static String describe(ExportConfig config) {
    List<String> parts = new ArrayList<>();
    for (Signal signal : Signal.values()) {
      for (String exporter : config.exporters(signal)) {
        String where = exporter;
        OtlpTarget target = config.otlpTarget(signal);
        if (exporter.equals("otlp") && target != null) {
          where = "OTLP " + target.protocol().settingValue() + " " + target.endpoint();
        } else if (exporter.equals("prometheus")) {
          where = "Prometheus http://" + config.prometheusHost() + ":" + config.prometheusPort() + "/metrics";
        }
        parts.add(signal.settingName() + " to " + where);
      }
    }
    return "StrandWatch: exporting as service '" + config.serviceName() + "': " + String.join(", ", parts);
  }

  private static Consumer<String> safe(Consumer<String> logger) {
    return line -> {
      try {
        logger.accept(line);
      } catch (RuntimeException ignored) {
        // A broken log callback must not stop export.
      }
    };
  }

  /** True when nothing is exported: neither an OTLP endpoint nor any exporter is configured. */
  public boolean localReportMode() {
    return pipeline == null;
  }

  @Override
  public void onSnapshot(MetricsSnapshot snapshot) {
    if (producer == null || snapshot == null || shutDown.get()) {
      return;
    }
    try {
      producer.record(snapshot);
    } catch (RuntimeException e) {
      if (recordFailureLogged.compareAndSet(false, true)) {
        log.accept("StrandWatch: a snapshot could not be converted to metrics (" + e + "); reported once");
      }
    }
  }

  @Override
  public void onAlert(AlertEvent event) {
    if (pipeline == null || event == null || shutDown.get()) {
      return;
    }
    try {
      alerts.publish(event);
      if (AlertEvent.FIRING.equals(event.state()) && !event.reminder()) {
        producer.countAlert(event.rule(), event.severity(), event.epochNanos());
      }
    } catch (RuntimeException e) {
      log.accept("StrandWatch: alert " + event.key() + " could not be exported (" + e + ")");
    }
  }

  /**
   * Exports now what would otherwise wait for the next export interval (alert spans and events, metrics of the
   * snapshots delivered so far); true when done within {@code timeoutMillis}. Never blocks longer.
   */
  public boolean flush(long timeoutMillis) {
    if (pipeline == null || shutDown.get()) {
      return pipeline == null;
    }
    return pipeline.flush(timeoutMillis);
  }

  /** Flushes metrics, spans and logs, then shuts the SDK down; returns within {@code timeoutMillis}. */
  @Override
  public void shutdown(long timeoutMillis) {
    if (pipeline == null || !shutDown.compareAndSet(false, true)) {
      return;
    }
    if (!pipeline.shutdown(timeoutMillis)) {
      log.accept("StrandWatch: OpenTelemetry flush did not finish within " + timeoutMillis
          + " ms; what was not sent is dropped");
    }
  }

  /** Metric points, spans and log records lost to failed exports since start. */
  public long droppedExportItems() {
    return failures.droppedTotal();
  }
}
