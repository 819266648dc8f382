package io.strandwatch.otlp;

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
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/** OTLP/HTTP (binary protobuf): the JDK's HTTP server decoding with the official protobuf classes. */
public final class OtlpHttpReceiver extends OtlpReceiver {

  private interface Parser<T> {
    T parse(byte[] body) throws InvalidProtocolBufferException;
  }

  private final HttpServer server;

  private OtlpHttpReceiver(HttpServer server) {
    this.server = server;
  }

  /** On a free port. */
  public static OtlpHttpReceiver start() throws IOException {
    return start(0);
  }

  /** On {@code port}, e.g. the port of a receiver that was closed, to test that export resumes. */
  public static OtlpHttpReceiver start(int port) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    OtlpHttpReceiver receiver = new OtlpHttpReceiver(server);
    receiver.route("/v1/metrics", ExportMetricsServiceRequest::parseFrom, receiver.received::add,
        ExportMetricsServiceResponse.getDefaultInstance());
    receiver.route("/v1/traces", ExportTraceServiceRequest::parseFrom, receiver.received::add,
        ExportTraceServiceResponse.getDefaultInstance());
    receiver.route("/v1/logs", ExportLogsServiceRequest::parseFrom, receiver.received::add,
        ExportLogsServiceResponse.getDefaultInstance());
    server.start();
    return receiver;
  }

  private <T> void route(String path, Parser<T> parser, Consumer<T> sink, Message response) {
    server.createContext(path, exchange -> {
      try {
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, String.join(",", values)));
        received.headers(headers);
        sink.accept(parser.parse(body(exchange)));
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

  @Override
  public String endpoint() {
    return "http://127.0.0.1:" + port();
  }

  @Override
  public String protocol() {
    return "http/protobuf";
  }

  @Override
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
