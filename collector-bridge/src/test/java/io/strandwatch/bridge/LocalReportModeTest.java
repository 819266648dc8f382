package io.strandwatch.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalReportModeTest {

  private final List<String> logLines = new ArrayList<>();

  private CollectorBridge start(Map<String, String> environment, Map<String, String> properties) {
    return CollectorBridge.start(BridgeOptions.builder("app").environment(environment)
        .systemProperties(properties).logger(logLines::add).snapshotInterval(Duration.ofHours(1)).build());
  }

  @Test
  void nothingConfiguredMeansLocalReportAndOneLineSayingHowToExport() {
    CollectorBridge bridge = start(Map.of("PATH", "/usr/bin", "OTEL_SERVICE_NAME", "shop"), Map.of());
    assertTrue(bridge.localReportMode());
    assertEquals(List.of(CollectorBridge.LOCAL_MODE_MESSAGE), logLines);
    assertTrue(logLines.get(0).contains("OTEL_EXPORTER_OTLP_ENDPOINT=http://host:4318"));
    // Everything is a no-op, never an error.
    bridge.onSnapshot(Snapshots.snapshot(0, List.of(), List.of()));
    bridge.onAlert(Alerts.firing("error_rate", "critical", false));
    assertTrue(bridge.flush(10));
    bridge.shutdown(10);
    assertEquals(1, logLines.size());
  }

  @Test
  void exportersSetToNoneAreStillLocal() {
    assertTrue(start(Map.of("OTEL_METRICS_EXPORTER", "none", "OTEL_TRACES_EXPORTER", "none"), Map.of())
        .localReportMode());
  }

  @Test
  void sdkDisabledIsLocal() {
    assertTrue(start(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4318", "OTEL_SDK_DISABLED", "true"),
        Map.of()).localReportMode());
  }

  @Test
  void anEndpointInTheEnvironmentExports() {
    CollectorBridge bridge = start(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4318"), Map.of());
    assertFalse(bridge.localReportMode());
    assertEquals(List.of("StrandWatch: exporting as service 'app': metrics to OTLP http/protobuf"
        + " http://127.0.0.1:4318/v1/metrics, traces to OTLP http/protobuf http://127.0.0.1:4318/v1/traces,"
        + " logs to OTLP http/protobuf http://127.0.0.1:4318/v1/logs"), logLines);
    bridge.shutdown(1_000);
  }

  @Test
  void aSignalEndpointAsSystemPropertyExportsThatSignalOnly() {
    CollectorBridge bridge = start(Map.of(),
        Map.of("otel.exporter.otlp.traces.endpoint", "http://127.0.0.1:4318/custom/traces"));
    assertFalse(bridge.localReportMode());
    assertEquals(List.of("StrandWatch: exporting as service 'app': traces to OTLP http/protobuf"
        + " http://127.0.0.1:4318/custom/traces"), logLines);
    bridge.shutdown(1_000);
  }

  @Test
  void aConsoleExporterIsNotLocal() {
    CollectorBridge bridge = start(Map.of("OTEL_METRICS_EXPORTER", "console"), Map.of());
    assertFalse(bridge.localReportMode());
    bridge.shutdown(1_000);
  }
}
