package io.strandwatch.it.reliability;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * An OTLP/HTTP endpoint on 127.0.0.1 that keeps every request body as raw bytes (gunzipped) and answers 200 with an
 * empty protobuf message, so a test can search everything the agent exported without decoding it.
 */
final class RawOtlpReceiver implements AutoCloseable {

  private final HttpServer server;
  final List<String> paths = new CopyOnWriteArrayList<>();
  final ByteArrayOutputStream bodies = new ByteArrayOutputStream();
  final Map<String, String> headers = new ConcurrentHashMap<>();

  private RawOtlpReceiver(HttpServer server) {
    this.server = server;
  }

  static RawOtlpReceiver start() throws IOException {
    RawOtlpReceiver r = new RawOtlpReceiver(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
    r.server.createContext("/", exchange -> {
      exchange.getRequestHeaders().forEach((k, v) -> r.headers.put(k.toLowerCase(java.util.Locale.ROOT),
          String.join(",", v)));
      InputStream in = exchange.getRequestBody();
      if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
        in = new GZIPInputStream(in);
      }
      byte[] body = in.readAllBytes();
      synchronized (r.bodies) {
        r.bodies.write(body);
      }
      r.paths.add(exchange.getRequestURI().getPath());
      exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    r.server.start();
    return r;
  }

  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  byte[] allBodies() {
    synchronized (bodies) {
      return bodies.toByteArray();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
