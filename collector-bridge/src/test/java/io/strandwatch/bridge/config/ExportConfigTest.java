package io.strandwatch.bridge.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportConfigTest {

  private final List<String> logLines = new ArrayList<>();

  private ExportConfig resolve(Map<String, String> environment, Map<String, String> properties) {
    return ExportConfig.resolve(new OtelSettings(properties, environment), "app", Duration.ofSeconds(10),
        logLines::add);
  }

  @Test
  void theGeneralEndpointGetsEachSignalsPath() {
    ExportConfig config = resolve(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318/"), Map.of());
    assertEquals("http://collector:4318/v1/metrics", config.otlpTarget(Signal.METRICS).endpoint());
    assertEquals("http://collector:4318/v1/traces", config.otlpTarget(Signal.TRACES).endpoint());
    assertEquals("http://collector:4318/v1/logs", config.otlpTarget(Signal.LOGS).endpoint());
    assertEquals(OtlpProtocol.HTTP_PROTOBUF, config.otlpTarget(Signal.METRICS).protocol());
    assertEquals(Duration.ofSeconds(10), config.otlpTarget(Signal.METRICS).timeout());
    assertEquals("none", config.otlpTarget(Signal.METRICS).compression());
  }

  @Test
  void signalSettingsOverrideGeneralOnes() {
    ExportConfig config = resolve(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4317",
        "OTEL_EXPORTER_OTLP_PROTOCOL", "grpc",
        "OTEL_EXPORTER_OTLP_METRICS_PROTOCOL", "http/protobuf",
        "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT", "http://metrics:4318/otlp/v1/metrics",
        "OTEL_EXPORTER_OTLP_TIMEOUT", "2s", "OTEL_EXPORTER_OTLP_TRACES_TIMEOUT", "750",
        "OTEL_EXPORTER_OTLP_HEADERS", "a=1,b=2", "OTEL_EXPORTER_OTLP_LOGS_HEADERS", "b=3"), Map.of());
    assertEquals(OtlpProtocol.HTTP_PROTOBUF, config.otlpTarget(Signal.METRICS).protocol());
    assertEquals("http://metrics:4318/otlp/v1/metrics", config.otlpTarget(Signal.METRICS).endpoint());
    assertEquals(OtlpProtocol.GRPC, config.otlpTarget(Signal.TRACES).protocol());
    assertEquals("http://collector:4317", config.otlpTarget(Signal.TRACES).endpoint());
    assertEquals(Duration.ofMillis(750), config.otlpTarget(Signal.TRACES).timeout());
    assertEquals(Duration.ofSeconds(2), config.otlpTarget(Signal.LOGS).timeout());
    assertEquals(Map.of("a", "1", "b", "3"), config.otlpTarget(Signal.LOGS).headers());
    assertEquals(Map.of("a", "1", "b", "2"), config.otlpTarget(Signal.METRICS).headers());
  }

  @Test
  void grpcDefaultsToPort4317() {
    ExportConfig config = resolve(Map.of("OTEL_METRICS_EXPORTER", "otlp", "OTEL_EXPORTER_OTLP_PROTOCOL", "grpc"),
        Map.of());
    assertEquals("http://localhost:4317", config.otlpTarget(Signal.METRICS).endpoint());
    assertEquals(List.of(), config.exporters(Signal.TRACES));
  }

  @Test
  void systemPropertiesWinOverTheEnvironment() {
    ExportConfig config = resolve(Map.of("OTEL_SERVICE_NAME", "from-env", "OTEL_METRICS_EXPORTER", "console"),
        Map.of("otel.service.name", "from-property", "otel.metrics.exporter", "prometheus"));
    assertEquals("from-property", config.serviceName());
    assertEquals(List.of("prometheus"), config.exporters(Signal.METRICS));
  }

  @Test
  void defaultsWhenOnlyAnEndpointIsSet() {
    ExportConfig config = resolve(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4318"), Map.of());
    assertFalse(config.localReportMode());
    assertEquals("app", config.serviceName());
    assertFalse(config.deltaTemporality());
    assertFalse(config.exponentialHistograms());
    assertEquals(Duration.ofSeconds(10), config.metricExportInterval());
    assertEquals(2000, config.cardinalityLimit());
    assertEquals("127.0.0.1", config.prometheusHost());
    assertEquals(9464, config.prometheusPort());
    assertEquals(List.of(), logLines);
  }

  @Test
  void temporalityAggregationAndIntervalSettings() {
    ExportConfig config = resolve(Map.of("OTEL_METRICS_EXPORTER", "otlp",
        "OTEL_EXPORTER_OTLP_METRICS_TEMPORALITY_PREFERENCE", "LowMemory",
        "OTEL_EXPORTER_OTLP_METRICS_DEFAULT_HISTOGRAM_AGGREGATION", "base2_exponential_bucket_histogram",
        "OTEL_METRIC_EXPORT_INTERVAL", "30000"), Map.of());
    assertTrue(config.deltaTemporality());
    assertTrue(config.exponentialHistograms());
    assertEquals(Duration.ofSeconds(30), config.metricExportInterval());
  }

  @Test
  void typosAreReportedAndReplacedByDefaults() {
    ExportConfig config = resolve(Map.of("OTEL_METRICS_EXPORTER", "otlp,zipkin,logging",
        "OTEL_TRACES_EXPORTER", "prometheus", "OTEL_EXPORTER_OTLP_PROTOCOL", "http/json",
        "OTEL_EXPORTER_PROMETHEUS_PORT", "ninety"), Map.of());
    assertEquals(List.of("otlp", "console"), config.exporters(Signal.METRICS));
    assertEquals(List.of(), config.exporters(Signal.TRACES));
    assertEquals(OtlpProtocol.HTTP_PROTOBUF, config.otlpTarget(Signal.METRICS).protocol());
    assertEquals(9464, config.prometheusPort());
    assertEquals(List.of(
        "StrandWatch: ignoring unsupported otel.metrics.exporter value 'zipkin'",
        "StrandWatch: OTLP protocol 'http/json' for metrics is not supported (grpc or http/protobuf); using"
            + " http/protobuf",
        "StrandWatch: ignoring unsupported otel.traces.exporter value 'prometheus'",
        "StrandWatch: ignoring otel.exporter.prometheus.port='ninety' (not a number); using 9464"), logLines);
  }

  @Test
  void percentDecodingKeepsPlusSigns() {
    assertEquals("a+b c,d", OtelSettings.percentDecode("a+b%20c%2Cd"));
    assertEquals("Grüße", OtelSettings.percentDecode("Gr%C3%BC%C3%9Fe"));
  }
}
