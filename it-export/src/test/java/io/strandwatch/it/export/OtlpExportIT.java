package io.strandwatch.it.export;

import static io.strandwatch.it.export.Otlp.attributes;
import static io.strandwatch.it.export.Otlp.exponential;
import static io.strandwatch.it.export.Otlp.exponentialIndex;
import static io.strandwatch.it.export.Otlp.histogram;
import static io.strandwatch.it.export.Otlp.oneBucket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.TextFormat;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.SeverityNumber;
import io.opentelemetry.proto.metrics.v1.AggregationTemporality;
import io.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import io.strandwatch.it.export.app.ExportApp;
import io.strandwatch.it.harness.ForkedJvm;
import io.strandwatch.it.harness.Jdk;
import io.strandwatch.it.harness.Report;
import io.strandwatch.otlp.OtlpGrpcReceiver;
import io.strandwatch.otlp.OtlpHttpReceiver;
import io.strandwatch.otlp.OtlpReceiver;
import io.strandwatch.simulator.Behavior;
import io.strandwatch.simulator.LlmSimulator;
import io.strandwatch.simulator.TokenUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real agent jar exporting to a test collector: one forked JVM per case, covering each transport and each
 * histogram aggregation once (gRPC with explicit buckets, HTTP with base-2 exponential buckets).
 */
class OtlpExportIT {

  static final List<Double> TOKENS = List.of(1d, 4d, 16d, 64d, 256d, 1024d, 4096d, 16384d, 65536d, 262144d,
      1048576d, 4194304d, 16777216d, 67108864d);
  static final List<Double> BYTES = List.of(1024d, 4096d, 16384d, 65536d, 262144d, 1048576d, 4194304d,
      16777216d, 67108864d, 268435456d, 1073741824d, 4294967296d);
  static final List<Double> USD = List.of(0.000001, 0.00001, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01,
      0.025, 0.05, 0.1, 0.25, 0.5, 1d, 2.5, 5d, 10d);
  static final List<Double> CALLS = List.of(0d, 1d, 2d, 4d, 8d, 16d, 32d, 64d, 128d, 256d);

  /**
   * The rule that fires: 10 of export.mixed's 20 executions fail. min_samples is all 20, so the alert fires with
   * the same value whenever the 1 s evaluation happens to run: with fewer, it could fire mid-loop at n=13.
   */
  static final String RULES = "rules:\n  error_rate:\n    for: 0s\n    min_samples: 20\n    window: 1m\n";

  static Stream<Arguments> cases() {
    return Stream.of(Arguments.of("grpc", "explicit_bucket_histogram"),
        Arguments.of("http/protobuf", "base2_exponential_bucket_histogram"));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("cases")
  void exportsExactMetricsAlertSpansAndTheLastIntervalAtExit(String protocol, String aggregation) throws Exception {
    boolean exponential = aggregation.startsWith("base2");
    try (LlmSimulator sim = LlmSimulator.start();
        OtlpReceiver receiver = protocol.equals("grpc") ? OtlpGrpcReceiver.start() : OtlpHttpReceiver.start()) {
      // gpt-4o-2024-08-06: $2.50 input, $10 output per million tokens, so each call costs exactly $0.005.
      sim.setDefault(Behavior.builder().usage(TokenUsage.of(1000, 250)).snapshotDate("2024-08-06").text("hi")
          .build());
      Path rules = Files.createTempFile("strandwatch-rules", ".yaml");
      Files.write(rules, RULES.getBytes(StandardCharsets.UTF_8));
      ForkedJvm.Result run = ForkedJvm.of(Jdk.current(), ExportApp.class)
          .agentOptions("interval=1s,config.file=" + rules)
          .env("OTEL_EXPORTER_OTLP_ENDPOINT", receiver.endpoint())
          .env("OTEL_EXPORTER_OTLP_PROTOCOL", protocol)
          .env("OTEL_EXPORTER_OTLP_METRICS_DEFAULT_HISTOGRAM_AGGREGATION", aggregation)
          .env("OTEL_SERVICE_NAME", "export-it")
          .args("otlp", sim.openAiBaseUrl()).run();
      assertTrue(run.stderr.contains("exporting as service 'export-it': metrics to OTLP " + protocol + " "),
          run.stderr);
      assertFalse(run.stderr.contains("failed"), run.stderr);
      Report report = run.report();

      List<ExportMetricsServiceRequest> requests = receiver.metricRequests();
      assertTrue(requests.size() >= 2, "a periodic export and the one at exit: " + requests.size());
      ExportMetricsServiceRequest last = requests.get(requests.size() - 1);
      assertEquals(Map.of("service.name", "export-it"), Map.of("service.name",
          attributes(last.getResourceMetrics(0).getResource().getAttributesList()).get("service.name")));
      assertEquals("io.strandwatch", last.getResourceMetrics(0).getScopeMetrics(0).getScope().getName());
      Map<String, String> units = last.getResourceMetrics(0).getScopeMetrics(0).getMetricsList().stream()
          .collect(Collectors.toMap(Metric::getName, Metric::getUnit));
      assertEquals(Map.of("strand.duration", "s", "strand.cpu.time", "s", "strand.memory.allocated", "By",
          "strand.token.usage", "{token}", "strand.cost", "{USD}", "strand.llm.calls", "{call}",
          "gen_ai.client.operation.duration", "s", "gen_ai.client.token.usage", "{token}",
          "gen_ai.client.operation.cost", "{USD}", "strandwatch.alerts", "{alert}"), units);

      // export.last ran right before main returned: no periodic export can have carried it.
      assertTrue(strandNames(requests.get(0)).contains("export.mixed"), requests.get(0)::toString);
      assertFalse(strandNames(requests.get(0)).contains("export.last"), requests.get(0)::toString);
      assertEquals(Set.of("export.chat", "export.last", "export.mixed"), strandNames(last));
      assertEquals(1, report.strand("export.last").count());

      Map<String, Object> ok = Map.of("strand.name", "export.mixed", "strand.outcome", "ok", "team", "export");
      Map<String, Object> error = Map.of("strand.name", "export.mixed", "strand.outcome", "error", "team", "export",
          "error.type", "java.lang.IllegalStateException");
      Map<String, Object> chat = Map.of("strand.name", "export.chat", "strand.outcome", "ok");
      Map<String, Object> call = Map.of("gen_ai.operation.name", "chat", "gen_ai.provider.name", "openai",
          "gen_ai.request.model", "gpt-4o", "gen_ai.response.model", "gpt-4o-2024-08-06",
          "server.address", "127.0.0.1", "server.port", (long) sim.port(), "strand.name", "export.chat");
      Map<String, Object> callInput = with(call, "gen_ai.token.type", "input");
      Map<String, Object> callOutput = with(call, "gen_ai.token.type", "output");
      Metric duration = metric(last, "strand.duration");
      Metric allocated = metric(last, "strand.memory.allocated");
      Metric calls = metric(last, "strand.llm.calls");
      Metric strandTokens = metric(last, "strand.token.usage");
      Metric strandCost = metric(last, "strand.cost");
      Metric callDuration = metric(last, "gen_ai.client.operation.duration");
      Metric callTokens = metric(last, "gen_ai.client.token.usage");
      Metric callCost = metric(last, "gen_ai.client.operation.cost");

      if (!exponential) {
        assertEquals(AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE,
            duration.getHistogram().getAggregationTemporality());
        assertEquals(10, histogram(duration, ok).getCount());
        assertEquals(10, histogram(duration, error).getCount());
        assertEquals(10, Otlp.sum(histogram(duration, error).getBucketCountsList()));
        assertEquals(report.strand("export.mixed").measure("duration", "sum") / 1e9,
            histogram(duration, ok).getSum() + histogram(duration, error).getSum(), 1e-9);
        // 2 MiB per execution: (1 MiB, 4 MiB].
        assertEquals(oneBucket(BYTES, 6, 10), histogram(allocated, ok).getBucketCountsList());
        assertEquals(oneBucket(BYTES, 6, 10), histogram(allocated, error).getBucketCountsList());
        // No LLM call: the bucket (-inf, 0]; one call: (0, 1].
        assertEquals(oneBucket(CALLS, 0, 10), histogram(calls, ok).getBucketCountsList());
        assertEquals(0.0, histogram(calls, ok).getSum(), 0.0);
        assertEquals(oneBucket(CALLS, 1, 3), histogram(calls, chat).getBucketCountsList());
        assertEquals(3.0, histogram(calls, chat).getSum(), 0.0);
        // 1000 input tokens: (256, 1024]; 250 output tokens: (64, 256]; $0.005 closes its bucket.
        assertHistogram(histogram(strandTokens, with(chat, "gen_ai.token.type", "input")), 3, 3000, TOKENS, 5);
        assertHistogram(histogram(strandTokens, with(chat, "gen_ai.token.type", "output")), 3, 750, TOKENS, 4);
        assertHistogram(histogram(strandCost, chat), 3, 0.015, USD, 7);
        assertHistogram(histogram(callTokens, callInput), 3, 3000, TOKENS, 5);
        assertHistogram(histogram(callTokens, callOutput), 3, 750, TOKENS, 4);
        assertHistogram(histogram(callCost, call), 3, 0.015, USD, 7);
        assertEquals(3, histogram(callDuration, call).getCount());
        System.out.println("OTLP/" + protocol + " payload excerpt, as decoded by the test receiver:\n"
            + TextFormat.printer().printToString(strandTokens));
        Files.writeString(Paths.get("target", "otlp-excerpt.txt"),
            TextFormat.printer().printToString(callTokens));
      } else {
        assertEquals(AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE,
            duration.getExponentialHistogram().getAggregationTemporality());
        assertEquals(10, exponential(duration, ok).getCount());
        assertEquals(10, bucketTotal(exponential(duration, error)));
        assertEquals(10, exponential(allocated, ok).getCount());
        // Zero LLM calls count in the zero bucket.
        assertEquals(10, exponential(calls, ok).getZeroCount());
        assertEquals(0, bucketTotal(exponential(calls, ok)) - exponential(calls, ok).getZeroCount());
        assertExponential(exponential(calls, chat), 3, 3, 1);
        assertExponential(exponential(strandTokens, with(chat, "gen_ai.token.type", "input")), 3, 3000, 1000);
        assertExponential(exponential(strandTokens, with(chat, "gen_ai.token.type", "output")), 3, 750, 250);
        assertExponential(exponential(callTokens, callInput), 3, 3000, 1000);
        assertExponential(exponential(callTokens, callOutput), 3, 750, 250);
        assertEquals(3, exponential(callCost, call).getCount());
        assertEquals(0.015, exponential(callCost, call).getSum(), 0.0);
        assertEquals(3, bucketTotal(exponential(callCost, call)));
        assertEquals(3, exponential(callDuration, call).getCount());
      }

      NumberDataPoint alerts = metric(last, "strandwatch.alerts").getSum().getDataPoints(0);
      assertTrue(metric(last, "strandwatch.alerts").getSum().getIsMonotonic());
      assertEquals(Map.of("alert.rule", "error_rate", "alert.severity", "critical"),
          attributes(alerts.getAttributesList()));
      assertEquals(1, alerts.getAsInt());

      List<Span> spans = receiver.spans();
      assertEquals(1, spans.size(), spans::toString);
      Span span = spans.get(0);
      assertEquals("strandwatch.alert", span.getName());
      assertEquals(Span.SpanKind.SPAN_KIND_INTERNAL, span.getKind());
      assertEquals(Status.StatusCode.STATUS_CODE_ERROR, span.getStatus().getCode());
      assertEquals(span.getStartTimeUnixNano(), span.getEndTimeUnixNano());
      assertTrue(span.getParentSpanId().isEmpty());
      Map<String, Object> spanAttributes = attributes(span.getAttributesList());
      assertEquals("error ratio 50% over 1m (n=20) ≥ 25%", spanAttributes.remove("alert.summary"));
      assertEquals(Map.of("alert.rule", "error_rate", "alert.severity", "critical", "alert.state", "firing",
          "alert.key", "error_rate|strand=export.mixed", "alert.value", 0.5, "alert.threshold", 0.25,
          "alert.window", "1m", "alert.reminder", false, "strand.name", "export.mixed"), spanAttributes);
      List<LogRecord> events = receiver.logRecords();
      assertEquals(1, events.size());
      assertEquals("strandwatch.alert", events.get(0).getEventName());
      assertEquals(SeverityNumber.SEVERITY_NUMBER_FATAL, events.get(0).getSeverityNumber());
    }
  }

  private static Set<String> strandNames(ExportMetricsServiceRequest request) {
    Set<String> names = new TreeSet<>();
    request.getResourceMetricsList().forEach(resource -> resource.getScopeMetricsList().forEach(scope ->
        scope.getMetricsList().stream().filter(m -> m.getName().equals("strand.duration")).forEach(m -> {
          List<HistogramDataPoint> explicit = m.getHistogram().getDataPointsList();
          explicit.forEach(p -> names.add((String) attributes(p.getAttributesList()).get("strand.name")));
          m.getExponentialHistogram().getDataPointsList()
              .forEach(p -> names.add((String) attributes(p.getAttributesList()).get("strand.name")));
        })));
    return names;
  }

  private static Metric metric(ExportMetricsServiceRequest request, String name) {
    return request.getResourceMetricsList().stream().flatMap(r -> r.getScopeMetricsList().stream())
        .flatMap(s -> s.getMetricsList().stream()).filter(m -> m.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no metric " + name));
  }

  private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
    Map<String, Object> copy = new java.util.TreeMap<>(base);
    copy.put(key, value);
    return copy;
  }

  private static void assertHistogram(HistogramDataPoint point, long count, double sum, List<Double> bounds,
      int bucket) {
    assertEquals(count, point.getCount());
    assertEquals(sum, point.getSum(), 0.0);
    assertEquals(bounds, point.getExplicitBoundsList());
    assertEquals(oneBucket(bounds, bucket, count), point.getBucketCountsList());
  }

  private static long bucketTotal(ExponentialHistogramDataPoint point) {
    return point.getZeroCount() + Otlp.sum(point.getPositive().getBucketCountsList())
        + Otlp.sum(point.getNegative().getBucketCountsList());
  }

  /** {@code count} executions of one exactly recorded {@code value}: all in the one bucket holding it. */
  private static void assertExponential(ExponentialHistogramDataPoint point, long count, double sum, double value) {
    assertEquals(count, point.getCount());
    assertEquals(sum, point.getSum(), 0.0);
    assertEquals(0, point.getZeroCount());
    List<Long> counts = point.getPositive().getBucketCountsList();
    int index = exponentialIndex(value, point.getScale());
    int position = index - point.getPositive().getOffset();
    assertTrue(position >= 0 && position < counts.size(), "index " + index + " in " + point);
    assertEquals(count, counts.get(position), point::toString);
    assertEquals(count, Otlp.sum(counts));
  }
}
