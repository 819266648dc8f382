package io.strandwatch.otlp;

import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import io.opentelemetry.proto.trace.v1.Span;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/** Every OTLP request a test receiver decoded, in arrival order, whatever the transport. */
public final class ReceivedTelemetry {

  private final List<ExportMetricsServiceRequest> metricRequests = new CopyOnWriteArrayList<>();
  private final List<ExportTraceServiceRequest> traceRequests = new CopyOnWriteArrayList<>();
  private final List<ExportLogsServiceRequest> logRequests = new CopyOnWriteArrayList<>();
  private final Map<String, String> lastHeaders = new ConcurrentHashMap<>();

  void headers(Map<String, String> headers) {
    headers.forEach((name, value) -> lastHeaders.put(name.toLowerCase(Locale.ROOT), value));
  }

  void add(ExportMetricsServiceRequest request) {
    metricRequests.add(request);
  }

  void add(ExportTraceServiceRequest request) {
    traceRequests.add(request);
  }

  void add(ExportLogsServiceRequest request) {
    logRequests.add(request);
  }

  public List<ExportMetricsServiceRequest> metricRequests() {
    return metricRequests;
  }

  public List<ExportTraceServiceRequest> traceRequests() {
    return traceRequests;
  }

  public List<ExportLogsServiceRequest> logRequests() {
    return logRequests;
  }

  /** The headers (names lower-cased) of the most recent request that carried each name. */
  public Map<String, String> lastHeaders() {
    return lastHeaders;
  }

  /** Every metric named {@code name} in metric request {@code index}. */
  public List<Metric> metrics(int index, String name) {
    List<Metric> found = new ArrayList<>();
    for (ResourceMetrics resource : metricRequests.get(index).getResourceMetricsList()) {
      for (ScopeMetrics scope : resource.getScopeMetricsList()) {
        for (Metric metric : scope.getMetricsList()) {
          if (metric.getName().equals(name)) {
            found.add(metric);
          }
        }
      }
    }
    return found;
  }

  /** The one metric named {@code name} in the last metric request; fails when there is not exactly one. */
  public Metric lastMetric(String name) {
    if (metricRequests.isEmpty()) {
      throw new AssertionError("no metric request received");
    }
    List<Metric> found = metrics(metricRequests.size() - 1, name);
    if (found.size() != 1) {
      throw new AssertionError("expected one metric " + name + ", found " + found.size());
    }
    return found.get(0);
  }

  public List<Span> spans() {
    List<Span> spans = new ArrayList<>();
    traceRequests.forEach(request -> request.getResourceSpansList().forEach(resource ->
        resource.getScopeSpansList().forEach(scope -> spans.addAll(scope.getSpansList()))));
    return spans;
  }

  public List<LogRecord> logRecords() {
    List<LogRecord> records = new ArrayList<>();
    logRequests.forEach(request -> request.getResourceLogsList().forEach(resource ->
        resource.getScopeLogsList().forEach(scope -> records.addAll(scope.getLogRecordsList()))));
    return records;
  }

  /** Polls {@code condition} every 20 ms; true as soon as it holds, false after {@code timeout}. */
  public static boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(20);
    }
    return true;
  }
}
