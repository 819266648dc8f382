package io.strandwatch.bridge;

import static io.strandwatch.bridge.Snapshots.measure;
import static io.strandwatch.bridge.Snapshots.ms;
import static io.strandwatch.bridge.Snapshots.snapshot;
import static io.strandwatch.bridge.Snapshots.strand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.AggregationTemporality;
import io.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.strandwatch.bridge.model.LlmCallSeriesSnapshot;
import io.strandwatch.bridge.model.LlmUsage;
import io.strandwatch.bridge.model.Measure;
import io.strandwatch.bridge.model.MetricsSnapshot;
import io.strandwatch.bridge.model.StrandSeriesSnapshot;
import io.strandwatch.otlp.OtlpHttpReceiver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real snapshots through a real bridge, exported as real OTLP/HTTP, decoded with the official protobufs. */
class CollectorBridgeMetricsTest {

  private static final List<Double> DURATION_BOUNDS = List.of(0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56,
      5.12, 10.24, 20.48, 40.96, 81.92);

  private OtlpHttpReceiver receiver;
  private final List<String> logLines = new ArrayList<>();
  private final List<CollectorBridge> bridges = new ArrayList<>();

  @BeforeEach
  void startReceiver() throws Exception {
    receiver = OtlpHttpReceiver.start();
  }

  @AfterEach
  void stop() {
    bridges.forEach(bridge -> bridge.shutdown(2_000));
    receiver.close();
  }

  private CollectorBridge bridge(Map<String, String> extraEnvironment, Map<String, String> properties) {
    Map<String, String> environment = new HashMap<>(extraEnvironment);
    environment.put("OTEL_EXPORTER_OTLP_ENDPOINT", receiver.endpoint());
    CollectorBridge bridge = CollectorBridge.start(BridgeOptions.builder("checkout-agent")
        .environment(environment).systemProperties(properties).logger(logLines::add)
        // Long enough that only the test's flush() exports.
        .snapshotInterval(Duration.ofHours(1)).build());
    bridges.add(bridge);
    return bridge;
  }

  private CollectorBridge bridge() {
    return bridge(Map.of(), Map.of());
  }

  private static MetricsSnapshot threeExecutions(int interval) {
    Measure duration = measure(ms(10), ms(20), ms(30));
    LlmUsage llm = new LlmUsage(measure(1, 2, 0), measure(100, 200, 300), measure(10, 20, 30), Measure.EMPTY,
        Measure.EMPTY, Measure.EMPTY, measure(1_234_567, 1_234_567, 1_234_567));
    StrandSeriesSnapshot ok = new StrandSeriesSnapshot("plan", Map.of("team", "search"), "ok", null, duration,
        measure(ms(5), ms(6), ms(7)), measure(2048, 4096, 1_000_000), llm);
    StrandSeriesSnapshot failed = new StrandSeriesSnapshot("plan", Map.of("team", "search"), "error",
        "java.io.IOException", measure(ms(500)), measure(ms(1)), measure(512), LlmUsage.NONE);
    LlmUsage perCall = new LlmUsage(new Measure(null, 3, 3, 0), measure(100, 200, 300), measure(10, 20, 30),
        Measure.EMPTY, Measure.EMPTY, Measure.EMPTY, measure(1_500_000_000L, 2_500_000_000L, 250_000));
    LlmCallSeriesSnapshot calls = new LlmCallSeriesSnapshot("openai", "chat", "gpt-4o", "gpt-4o-2024-08-06",
        "api.openai.com", 443, "plan", null, measure(ms(300), ms(700), ms(1500)), measure(ms(80), ms(120)),
        perCall);
    return snapshot(interval, List.of(ok, failed), List.of(calls));
  }

  private static Map<String, String> attributes(List<KeyValue> keyValues) {
    Map<String, String> map = new TreeMap<>();
    for (KeyValue keyValue : keyValues) {
      AnyValue value = keyValue.getValue();
      String text;
      switch (value.getValueCase()) {
        case INT_VALUE:
          text = Long.toString(value.getIntValue());
          break;
        case BOOL_VALUE:
          text = Boolean.toString(value.getBoolValue());
          break;
        case DOUBLE_VALUE:
          text = Double.toString(value.getDoubleValue());
          break;
        default:
          text = value.getStringValue();
      }
      map.put(keyValue.getKey(), text);
    }
    return map;
  }

  private static HistogramDataPoint point(Metric metric, Map<String, String> wanted) {
    List<HistogramDataPoint> matching = metric.getHistogram().getDataPointsList().stream()
        .filter(point -> attributes(point.getAttributesList()).entrySet().containsAll(wanted.entrySet()))
        .collect(Collectors.toList());
    assertEquals(1, matching.size(), "points of " + metric.getName() + " with " + wanted);
    return matching.get(0);
  }

  @Test
  void strandDurationHasExactCountSumAndBuckets() {
    CollectorBridge bridge = bridge();
    MetricsSnapshot snapshot = threeExecutions(0);
    bridge.onSnapshot(snapshot);
    assertTrue(bridge.flush(5_000));

    Metric duration = receiver.lastMetric("strand.duration");
    assertEquals("s", duration.getUnit());
    assertEquals(AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE,
        duration.getHistogram().getAggregationTemporality());
    HistogramDataPoint ok = point(duration, Map.of("strand.outcome", "ok"));
    assertEquals(Map.of("strand.name", "plan", "strand.outcome", "ok", "team", "search"),
        attributes(ok.getAttributesList()));
    assertEquals(3, ok.getCount());
    assertEquals(0.06, ok.getSum(), 0.0);
    assertEquals(DURATION_BOUNDS, ok.getExplicitBoundsList());
    assertEquals(List.of(1L, 1L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L), ok.getBucketCountsList());
    // HdrHistogram at 3 significant digits: 10 ms is the bucket [9_994_240 ns, 10_002_431 ns].
    assertEquals(0.00999424, ok.getMin(), 0.0);
    // ... and 30 ms the bucket [29_999_104 ns, 30_015_487 ns]: max is its highest value.
    assertEquals(0.030015487, ok.getMax(), 0.0);
    assertEquals(snapshot.startEpochNanos(), ok.getStartTimeUnixNano());
    assertEquals(snapshot.endEpochNanos(), ok.getTimeUnixNano());

    HistogramDataPoint error = point(duration, Map.of("strand.outcome", "error"));
    assertEquals(Map.of("strand.name", "plan", "strand.outcome", "error", "team", "search",
        "error.type", "java.io.IOException"), attributes(error.getAttributesList()));
    assertEquals(1, error.getCount());
    assertEquals(0.5, error.getSum(), 0.0);
  }

  @Test
  void everyStrandMetricHasItsUnitAndExactSums() {
    CollectorBridge bridge = bridge();
    bridge.onSnapshot(threeExecutions(0));
    assertTrue(bridge.flush(5_000));

    Map<String, String> ok = Map.of("strand.outcome", "ok");
    Metric cpu = receiver.lastMetric("strand.cpu.time");
    assertEquals("s", cpu.getUnit());
    assertEquals(0.018, point(cpu, ok).getSum(), 0.0);

    Metric memory = receiver.lastMetric("strand.memory.allocated");
    assertEquals("By", memory.getUnit());
    HistogramDataPoint allocated = point(memory, ok);
    assertEquals(1_006_144.0, allocated.getSum(), 0.0);
    // 2048 and 4096 are (1024, 4096]; 1_000_000 is (262144, 1048576].
    assertEquals(List.of(0L, 2L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L), allocated.getBucketCountsList());

    Metric tokens = receiver.lastMetric("strand.token.usage");
    assertEquals("{token}", tokens.getUnit());
    assertEquals(600.0, point(tokens, Map.of("strand.outcome", "ok", "gen_ai.token.type", "input")).getSum(), 0.0);
    assertEquals(60.0, point(tokens, Map.of("strand.outcome", "ok", "gen_ai.token.type", "output")).getSum(), 0.0);

    Metric cost = receiver.lastMetric("strand.cost");
    assertEquals("{USD}", cost.getUnit());
    assertEquals(3.703701E-6, point(cost, ok).getSum(), 0.0);

    Metric calls = receiver.lastMetric("strand.llm.calls");
    assertEquals("{call}", calls.getUnit());
    HistogramDataPoint callsPoint = point(calls, ok);
    assertEquals(3.0, callsPoint.getSum(), 0.0);
    // Boundaries 0, 1, 2, ...: one execution made no call, one made 1, one made 2.
    assertEquals(List.of(1L, 1L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L), callsPoint.getBucketCountsList());
  }

  @Test
  void llmCallSeriesFollowTheGenAiConventions() {
    CollectorBridge bridge = bridge();
    bridge.onSnapshot(threeExecutions(0));
    assertTrue(bridge.flush(5_000));

    Map<String, String> callAttributes = Map.of("gen_ai.operation.name", "chat", "gen_ai.provider.name", "openai",
        "gen_ai.request.model", "gpt-4o", "gen_ai.response.model", "gpt-4o-2024-08-06",
        "server.address", "api.openai.com", "server.port", "443", "strand.name", "plan");
    Metric duration = receiver.lastMetric("gen_ai.client.operation.duration");
    assertEquals("s", duration.getUnit());
    HistogramDataPoint durationPoint = point(duration, Map.of());
    assertEquals(callAttributes, attributes(durationPoint.getAttributesList()));
    assertEquals(3, durationPoint.getCount());
    assertEquals(2.5, durationPoint.getSum(), 0.0);

    Metric tokens = receiver.lastMetric("gen_ai.client.token.usage");
    assertEquals("{token}", tokens.getUnit());
    assertEquals(3, point(tokens, Map.of("gen_ai.token.type", "input")).getCount());
    assertEquals(600.0, point(tokens, Map.of("gen_ai.token.type", "input")).getSum(), 0.0);

    Metric firstChunk = receiver.lastMetric("gen_ai.client.operation.time_to_first_chunk");
    assertEquals("s", firstChunk.getUnit());
    assertEquals(2, point(firstChunk, Map.of()).getCount());
    assertEquals(0.2, point(firstChunk, Map.of()).getSum(), 0.0);

    Metric cost = receiver.lastMetric("gen_ai.client.operation.cost");
    assertEquals("{USD}", cost.getUnit());
    HistogramDataPoint costPoint = point(cost, Map.of());
    // 0.0015 + 0.0025 + 0.00000025 USD, from pico-USD without rounding drift.
    assertEquals(0.00400025, costPoint.getSum(), 0.0);
    assertEquals(3, costPoint.getCount());
  }

  @Test
  void cumulativeSeriesKeepAddingAcrossSnapshots() {
    CollectorBridge bridge = bridge();
    MetricsSnapshot first = snapshot(0, List.of(strand("plan", Map.of(), measure(ms(10), ms(20), ms(30)))),
        List.of());
    bridge.onSnapshot(first);
    assertTrue(bridge.flush(5_000));
    bridge.onSnapshot(snapshot(1, List.of(strand("plan", Map.of(), measure(ms(50), ms(3000)))), List.of()));
    assertTrue(bridge.flush(5_000));

    HistogramDataPoint point = point(receiver.lastMetric("strand.duration"), Map.of());
    assertEquals(5, point.getCount());
    assertEquals(3.11, point.getSum(), 0.0);
    assertEquals(List.of(1L, 1L, 1L, 1L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L), point.getBucketCountsList());
    assertEquals(first.startEpochNanos(), point.getStartTimeUnixNano());
    assertEquals(Snapshots.T0 + 2 * Snapshots.INTERVAL, point.getTimeUnixNano());
  }

  @Test
  void deltaSeriesCarryOnlyTheirInterval() {
    CollectorBridge bridge = bridge(Map.of("OTEL_EXPORTER_OTLP_METRICS_TEMPORALITY_PREFERENCE", "delta"), Map.of());
    bridge.onSnapshot(snapshot(0, List.of(strand("plan", Map.of(), measure(ms(10), ms(20), ms(30)))), List.of()));
    assertTrue(bridge.flush(5_000));
    bridge.onSnapshot(snapshot(1, List.of(strand("plan", Map.of(), measure(ms(50), ms(3000)))), List.of()));
    assertTrue(bridge.flush(5_000));

    Metric second = receiver.lastMetric("strand.duration");
    assertEquals(AggregationTemporality.AGGREGATION_TEMPORALITY_DELTA,
        second.getHistogram().getAggregationTemporality());
    HistogramDataPoint point = point(second, Map.of());
    assertEquals(2, point.getCount());
    assertEquals(3.05, point.getSum(), 0.0);
    assertEquals(Snapshots.T0 + Snapshots.INTERVAL, point.getStartTimeUnixNano());
    assertEquals(Snapshots.T0 + 2 * Snapshots.INTERVAL, point.getTimeUnixNano());

    int requestsBefore = receiver.metricRequests().size();
    assertTrue(bridge.flush(5_000));
    // Nothing new arrived: no points, so the SDK sends no request at all.
    assertEquals(requestsBefore, receiver.metricRequests().size());
  }

  @Test
  void exponentialHistogramsWhenAsked() {
    CollectorBridge bridge = bridge(Map.of("OTEL_EXPORTER_OTLP_METRICS_DEFAULT_HISTOGRAM_AGGREGATION",
        "base2_exponential_bucket_histogram"), Map.of());
    bridge.onSnapshot(snapshot(0, List.of(strand("plan", Map.of(), measure(0, ms(10), ms(20), ms(30)))),
        List.of()));
    assertTrue(bridge.flush(5_000));

    Metric duration = receiver.lastMetric("strand.duration");
    assertEquals(Metric.DataCase.EXPONENTIAL_HISTOGRAM, duration.getDataCase());
    ExponentialHistogramDataPoint point = duration.getExponentialHistogram().getDataPoints(0);
    assertEquals(4, point.getCount());
    assertEquals(0.06, point.getSum(), 0.0);
    assertEquals(1, point.getZeroCount());
    // 10..30 ms spans log2(3) = 1.58 doublings: 64 buckets per doubling (scale 6) is the finest within 160.
    assertEquals(6, point.getScale());
    ExponentialHistogramDataPoint.Buckets positive = point.getPositive();
    // ceil(log2(0.00999424) * 64) - 1 = -426, ceil(log2(0.01998848) * 64) - 1 = -362,
    // ceil(log2(0.029999104) * 64) - 1 = -324 (each value the lowest of its HdrHistogram bucket).
    assertEquals(-426, positive.getOffset());
    assertEquals(103, positive.getBucketCountsCount());
    assertEquals(1L, positive.getBucketCounts(0));
    assertEquals(1L, positive.getBucketCounts(64));
    assertEquals(1L, positive.getBucketCounts(102));
    assertEquals(3L, positive.getBucketCountsList().stream().mapToLong(Long::longValue).sum());
  }

  @Test
  void overflowSeriesPastTheCardinalityLimit() {
    CollectorBridge bridge = bridge(Map.of(), Map.of("otel.java.metrics.cardinality.limit", "2"));
    List<StrandSeriesSnapshot> strands = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      strands.add(strand("strand-" + i, Map.of(), measure(ms(10 * (i + 1)))));
    }
    bridge.onSnapshot(snapshot(0, strands, List.of()));
    assertTrue(bridge.flush(5_000));

    Metric duration = receiver.lastMetric("strand.duration");
    assertEquals(3, duration.getHistogram().getDataPointsCount());
    assertEquals(1, point(duration, Map.of("strand.name", "strand-0")).getCount());
    assertEquals(1, point(duration, Map.of("strand.name", "strand-1")).getCount());
    HistogramDataPoint overflow = point(duration, Map.of("strandwatch.overflow", "true"));
    assertEquals(Map.of("strandwatch.overflow", "true"), attributes(overflow.getAttributesList()));
    assertEquals(2, overflow.getCount());
    assertEquals(0.07, overflow.getSum(), 0.0);
    assertEquals(1, logLines.stream().filter(line -> line.contains("strand.duration reached 2 series")).count());
  }

  @Test
  void serviceNameDefaultsToTheNamePassedIn() {
    CollectorBridge bridge = bridge();
    bridge.onSnapshot(threeExecutions(0));
    assertTrue(bridge.flush(5_000));

    Map<String, String> resource = attributes(
        receiver.metricRequests().get(0).getResourceMetrics(0).getResource().getAttributesList());
    assertEquals("checkout-agent", resource.get("service.name"));
    assertEquals("java", resource.get("telemetry.sdk.language"));
    // Only the agent's metrics: the SDK's own reader instruments are dropped.
    assertEquals(List.of("io.strandwatch"), receiver.metricRequests().get(0).getResourceMetrics(0)
        .getScopeMetricsList().stream().map(scope -> scope.getScope().getName()).collect(Collectors.toList()));
  }

  @Test
  void serviceNameAndResourceFromTheStandardSettings() {
    CollectorBridge bridge = bridge(Map.of("OTEL_SERVICE_NAME", "checkout",
        "OTEL_RESOURCE_ATTRIBUTES", "deployment.environment.name=prod,service.name=ignored,team=a%2Cb"), Map.of());
    bridge.onSnapshot(threeExecutions(0));
    assertTrue(bridge.flush(5_000));

    Map<String, String> resource = attributes(
        receiver.metricRequests().get(0).getResourceMetrics(0).getResource().getAttributesList());
    assertEquals("checkout", resource.get("service.name"));
    assertEquals("prod", resource.get("deployment.environment.name"));
    assertEquals("a,b", resource.get("team"));
  }

  @Test
  void resourceServiceNameWhenNoServiceNameSettingAndPropertiesWinOverEnvironment() {
    CollectorBridge bridge = bridge(Map.of("OTEL_RESOURCE_ATTRIBUTES", "service.name=from-resource",
        "OTEL_EXPORTER_OTLP_HEADERS", "x-team=from-env"),
        Map.of("otel.exporter.otlp.headers", "api-key=s%3Dcret value"));
    bridge.onSnapshot(threeExecutions(0));
    assertTrue(bridge.flush(5_000));

    Map<String, String> resource = attributes(
        receiver.metricRequests().get(0).getResourceMetrics(0).getResource().getAttributesList());
    assertEquals("from-resource", resource.get("service.name"));
    assertEquals("s=cret value", receiver.lastHeaders().get("api-key"));
    assertFalse(receiver.lastHeaders().containsKey("x-team"));
  }

  @Test
  void alertsCountOnlyAlertsThatStartFiring() {
    CollectorBridge bridge = bridge();
    bridge.onAlert(Alerts.firing("error_rate", "critical", false));
    bridge.onAlert(Alerts.firing("error_rate", "critical", true));
    bridge.onAlert(Alerts.firing("cost_spike", "warning", false));
    assertTrue(bridge.flush(5_000));

    Metric alerts = receiver.lastMetric("strandwatch.alerts");
    assertEquals("{alert}", alerts.getUnit());
    assertTrue(alerts.getSum().getIsMonotonic());
    Map<Map<String, String>, Long> counts = new HashMap<>();
    for (NumberDataPoint point : alerts.getSum().getDataPointsList()) {
      counts.put(attributes(point.getAttributesList()), point.getAsInt());
    }
    assertEquals(Map.of(Map.of("alert.rule", "error_rate", "alert.severity", "critical"), 1L,
        Map.of("alert.rule", "cost_spike", "alert.severity", "warning"), 1L), counts);
  }
}
