package io.strandwatch.bridge;

import static io.strandwatch.bridge.Snapshots.measure;
import static io.strandwatch.bridge.Snapshots.ms;
import static io.strandwatch.bridge.Snapshots.snapshot;
import static io.strandwatch.bridge.Snapshots.strand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.trace.v1.Span;
import io.strandwatch.otlp.OtlpGrpcReceiver;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PrometheusAndGrpcTest {

  private final List<String> logLines = new ArrayList<>();

  @Test
  void prometheusServesCumulativeHistogramsOnLoopback() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    CollectorBridge bridge = CollectorBridge.start(BridgeOptions.builder("shop")
        .environment(Map.of("OTEL_METRICS_EXPORTER", "prometheus",
            "OTEL_EXPORTER_OTLP_METRICS_TEMPORALITY_PREFERENCE", "delta"))
        .systemProperties(Map.of("otel.exporter.prometheus.port", Integer.toString(port)))
        .logger(logLines::add).build());
    try {
      bridge.onSnapshot(snapshot(0, List.of(strand("plan", Map.of(), measure(ms(10), ms(20), ms(30)))),
          List.of()));
      String body = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
              .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
      assertTrue(body.contains("strand_duration_seconds_count{otel_scope_name=\"io.strandwatch\",strand_name=\"plan\","
          + "strand_outcome=\"ok\"} 3"), body);
      assertTrue(body.contains("strand_duration_seconds_sum{otel_scope_name=\"io.strandwatch\",strand_name=\"plan\","
          + "strand_outcome=\"ok\"} 0.06"), body);
      assertTrue(body.contains("le=\"0.02\"} 2"), body);
      assertTrue(logLines.contains("StrandWatch: delta temporality needs exactly one push metrics exporter"
          + " (have [prometheus]); exporting cumulative metrics"), logLines::toString);
    } finally {
      bridge.shutdown(2_000);
    }
  }

  @Test
  void otlpOverGrpcExportsMetricsSpansAndEventsWithHeadersAndGzip() throws Exception {
    try (OtlpGrpcReceiver receiver = OtlpGrpcReceiver.start()) {
      CollectorBridge bridge = CollectorBridge.start(BridgeOptions.builder("shop")
          .environment(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", receiver.endpoint(),
              "OTEL_EXPORTER_OTLP_PROTOCOL", "grpc", "OTEL_EXPORTER_OTLP_COMPRESSION", "gzip",
              "OTEL_EXPORTER_OTLP_HEADERS", "api-key=s%3Dcret"))
          .snapshotInterval(Duration.ofHours(1)).logger(logLines::add).build());
      try {
        bridge.onSnapshot(snapshot(0, List.of(strand("plan", Map.of(), measure(ms(10), ms(20), ms(30)))),
            List.of()));
        bridge.onAlert(Alerts.firing("error_rate", "critical", false));
        assertTrue(bridge.flush(5_000), logLines::toString);

        HistogramDataPoint point = receiver.lastMetric("strand.duration").getHistogram().getDataPoints(0);
        assertEquals(3, point.getCount());
        assertEquals(0.06, point.getSum(), 0.0);
        assertEquals(List.of(1L, 1L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L),
            point.getBucketCountsList());
        assertEquals(List.of("strandwatch.alert"),
            receiver.spans().stream().map(Span::getName).collect(Collectors.toList()));
        assertEquals(1, receiver.logRecords().size());
        assertEquals("application/grpc", receiver.lastHeaders().get("content-type"));
        assertEquals("gzip", receiver.lastHeaders().get("grpc-encoding"));
        assertEquals("s=cret", receiver.lastHeaders().get("api-key"));
        assertTrue(logLines.contains("StrandWatch: exporting as service 'shop': metrics to OTLP grpc "
            + receiver.endpoint() + ", traces to OTLP grpc " + receiver.endpoint() + ", logs to OTLP grpc "
            + receiver.endpoint()), logLines::toString);
        assertEquals(List.of(), logLines.stream().filter(line -> line.contains("cannot") || line.contains("failed"))
            .collect(Collectors.toList()));
      } finally {
        bridge.shutdown(2_000);
      }
    }
  }

  @Test
  void grpcToADownCollectorFailsInOneLine() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    CollectorBridge bridge = CollectorBridge.start(BridgeOptions.builder("shop")
        .environment(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:" + port,
            "OTEL_EXPORTER_OTLP_PROTOCOL", "grpc", "OTEL_EXPORTER_OTLP_TIMEOUT", "1s"))
        .snapshotInterval(Duration.ofHours(1)).logger(logLines::add).build());
    try {
      bridge.onSnapshot(snapshot(0, List.of(strand("plan", Map.of(), measure(ms(10)))), List.of()));
      bridge.flush(5_000);
      List<String> failures = logLines.stream().filter(line -> line.contains("failed"))
          .collect(Collectors.toList());
      assertEquals(1, failures.size(), logLines::toString);
      assertTrue(failures.get(0).startsWith("StrandWatch: export of metrics to http://127.0.0.1:" + port
          + " failed ("), failures.get(0));
    } finally {
      bridge.shutdown(2_000);
    }
  }
}
