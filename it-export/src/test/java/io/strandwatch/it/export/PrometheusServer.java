package io.strandwatch.it.export;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.strandwatch.simulator.Json;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Prometheus server (Debian's {@code prometheus} package) on 127.0.0.1 with its own config and storage in
 * a temporary directory, scraping one target every second. Skips the calling test when it is not installed.
 */
final class PrometheusServer implements AutoCloseable {

  static final Path BINARY = Paths.get("/usr/bin/prometheus");

  private final Process process;
  private final int port;
  private final Path dir;
  private final HttpClient http = HttpClient.newHttpClient();

  private PrometheusServer(Process process, int port, Path dir) {
    this.process = process;
    this.port = port;
    this.dir = dir;
  }

  static void assumeInstalled() {
    assumeTrue(Files.isExecutable(BINARY), BINARY + " not found; install Debian's prometheus package"
        + " (scripts/install-test-deps.sh) to run this test; skipping");
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Starts Prometheus scraping {@code http://127.0.0.1:targetPort/metrics} and waits until it is ready. */
  static PrometheusServer start(int targetPort) throws Exception {
    assumeInstalled();
    Path dir = Files.createTempDirectory("strandwatch-prometheus");
    Path config = dir.resolve("prometheus.yml");
    Files.writeString(config, "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
        + "scrape_configs:\n  - job_name: strandwatch\n    static_configs:\n"
        + "      - targets: ['127.0.0.1:" + targetPort + "']\n");
    int port = freePort();
    ProcessBuilder builder = new ProcessBuilder(BINARY.toString(), "--config.file=" + config,
        "--storage.tsdb.path=" + dir.resolve("data"), "--web.listen-address=127.0.0.1:" + port,
        "--enable-feature=native-histograms");
    builder.redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile());
    PrometheusServer server = new PrometheusServer(builder.start(), port, dir);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!server.ready()) {
      if (System.nanoTime() > deadline || !server.process.isAlive()) {
        String log = server.log();
        server.close();
        throw new AssertionError("Prometheus did not become ready:\n" + log);
      }
      Thread.sleep(100);
    }
    return server;
  }

  private boolean ready() {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(base() + "/-/ready")).timeout(Duration.ofSeconds(2))
          .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  /** The value of an instant query with a single-sample answer, or null when the answer is empty. */
  @SuppressWarnings("unchecked")
  Double query(String promql) throws Exception {
    String body = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/query?query="
        + URLEncoder.encode(promql, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    Map<String, Object> answer = (Map<String, Object>) Json.parse(body);
    if (!"success".equals(answer.get("status"))) {
      throw new AssertionError(promql + ": " + body);
    }
    List<Object> result = (List<Object>) Json.path(answer, "data", "result");
    if (result.isEmpty()) {
      return null;
    }
    if (result.size() != 1) {
      throw new AssertionError(promql + " has " + result.size() + " series: " + body);
    }
    List<Object> sample = (List<Object>) ((Map<String, Object>) result.get(0)).get("value");
    return Double.valueOf((String) sample.get(1));
  }

  String log() throws IOException {
    Path log = dir.resolve("prometheus.log");
    return Files.exists(log) ? Files.readString(log) : "";
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
