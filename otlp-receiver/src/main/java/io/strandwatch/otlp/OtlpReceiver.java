package io.strandwatch.otlp;

import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.trace.v1.Span;
import java.util.List;
import java.util.Map;

/**
 * A test collector on 127.0.0.1. The accessors read what it decoded so far; subclasses differ only in the
 * transport, so a test can run the same assertions over OTLP/HTTP and OTLP/gRPC.
 */
public abstract class OtlpReceiver implements AutoCloseable {

  protected final ReceivedTelemetry received = new ReceivedTelemetry();

  /** The base URL to set as {@code OTEL_EXPORTER_OTLP_ENDPOINT}. */
  public abstract String endpoint();

  /** The {@code OTEL_EXPORTER_OTLP_PROTOCOL} value this receiver speaks. */
  public abstract String protocol();

  public abstract int port();

  @Override
  public abstract void close();

  public ReceivedTelemetry received() {
    return received;
  }

  public List<ExportMetricsServiceRequest> metricRequests() {
    return received.metricRequests();
  }

  public List<ExportTraceServiceRequest> traceRequests() {
    return received.traceRequests();
  }

  public List<ExportLogsServiceRequest> logRequests() {
    return received.logRequests();
  }

  public Map<String, String> lastHeaders() {
    return received.lastHeaders();
  }

  public List<Metric> metrics(int index, String name) {
    return received.metrics(index, name);
  }

  public Metric lastMetric(String name) {
    return received.lastMetric(name);
  }

  public List<Span> spans() {
    return received.spans();
  }

  public List<LogRecord> logRecords() {
    return received.logRecords();
  }

  @Override
  public String toString() {
    return protocol() + " receiver at " + endpoint();
  }
}
