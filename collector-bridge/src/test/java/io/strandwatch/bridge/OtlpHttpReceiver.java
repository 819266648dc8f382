package io.strandwatch.bridge;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * An OTLP/HTTP collector for tests: the JDK's HTTP server on 127.0.0.1 decoding requests with the official
 * protobuf classes, exactly as a collector would.
 */
final class OtlpHttpReceiver implements AutoCloseable {

  interface Parser<T> {
    T parse(byte[] body) throws InvalidProtocolBufferException;
  }

  private final HttpServer server;
  final List<ExportMetricsServiceRequest> metricRequests = new CopyOnWriteArrayList<>();
  final List<ExportTraceServiceRequest> traceRequests = new CopyOnWriteArrayList<>();
  final List<ExportLogsServiceRequest> logRequests = new CopyOnWriteArrayList<>();
  final Map<String, String> lastHeaders = new ConcurrentHashMap<>();

  private OtlpHttpReceiver(HttpServer server) {
    this.server = server;
  }

  static OtlpHttpReceiver start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    OtlpHttpReceiver receiver = new OtlpHttpReceiver(server);
    receiver.route("/v1/metrics", ExportMetricsServiceRequest::parseFrom, receiver.metricRequests,
        ExportMetricsServiceResponse.getDefaultInstance());
    receiver.route("/v1/traces", ExportTraceServiceRequest::parseFrom, receiver.traceRequests,
        ExportTraceServiceResponse.getDefaultInstance());
    receiver.route("/v1/logs", ExportLogsServiceRequest::parseFrom, receiver.logRequests,
        ExportLogsServiceResponse.getDefaultInstance());
    server.start();
    return receiver;
  }

  private <T> void route(String path, Parser<T> parser, List<T> sink, Message response) {
    server.createContext(path, exchange -> {
      try {
        exchange.getRequestHeaders().forEach((name, values) ->
            lastHeaders.put(name.toLowerCase(java.util.Locale.ROOT), String.join(",", values)));
        sink.add(parser.parse(body(exchange)));
        respond(exchange, 200, response.toByteArray());
      } catch (InvalidProtocolBufferException e) {
        respond(exchange, 400, new byte[0]);
      }
    });
  }

  private static byte[] body(HttpExchange exchange) throws IOException {
    InputStream in = exchange.getRequestBody();
    if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
      in = new GZIPInputStream(in);
    }
    return in.readAllBytes();
  }

  private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Every metric named {@code name} in request {@code index}. */
  List<Metric> metrics(int index, String name) {
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

  /** The one metric named {@code name} in the last request. */
  Metric lastMetric(String name) {
    List<Metric> found = metrics(metricRequests.size() - 1, name);
    if (found.size() != 1) {
      throw new AssertionError("expected one metric " + name + ", found " + found.size());
    }
    return found.get(0);
  }

  List<Span> spans() {
    List<Span> spans = new ArrayList<>();
    traceRequests.forEach(request -> request.getResourceSpansList().forEach(resource ->
        resource.getScopeSpansList().forEach(scope -> spans.addAll(scope.getSpansList()))));
    return spans;
  }

  List<LogRecord> logRecords() {
    List<LogRecord> records = new ArrayList<>();
    logRequests.forEach(request -> request.getResourceLogsList().forEach(resource ->
        resource.getScopeLogsList().forEach(scope -> records.addAll(scope.getLogRecordsList()))));
    return records;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
