package io.strandwatch.bridge;

import static io.strandwatch.bridge.Snapshots.measure;
import static io.strandwatch.bridge.Snapshots.ms;
import static io.strandwatch.bridge.Snapshots.snapshot;
import static io.strandwatch.bridge.Snapshots.strand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void grpcWithoutAGrpcSenderSaysHowToSwitchToHttp() {
    CollectorBridge bridge = CollectorBridge.start(BridgeOptions.builder("shop")
        .environment(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4317",
            "OTEL_EXPORTER_OTLP_PROTOCOL", "grpc"))
        .logger(logLines::add).build());
    try {
      assertFalse(bridge.localReportMode());
      long hints = logLines.stream()
          .filter(line -> line.endsWith("set OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf and port 4318")).count();
      assertEquals(3, hints, logLines::toString);
    } finally {
      bridge.shutdown(1_000);
    }
  }
}
