package io.strandwatch.bridge;

import static io.strandwatch.bridge.Snapshots.measure;
import static io.strandwatch.bridge.Snapshots.ms;
import static io.strandwatch.bridge.Snapshots.snapshot;
import static io.strandwatch.bridge.Snapshots.strand;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A collector that is down, and one that accepts connections but never answers. */
class CollectorBridgeFailureTest {

  private final List<String> logLines = new CopyOnWriteArrayList<>();
  private final List<LogRecord> sdkLogRecords = new CopyOnWriteArrayList<>();
  private final AtomicLong clock = new AtomicLong(1_000_000_000L);
  private final Handler sdkLogCapture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
        sdkLogRecords.add(record);
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeEach
  void captureSdkLogging() {
    Logger.getLogger("").addHandler(sdkLogCapture);
  }

  @AfterEach
  void releaseSdkLogging() {
    Logger.getLogger("").removeHandler(sdkLogCapture);
  }

  private CollectorBridge bridge(String endpoint, String timeout) {
    return CollectorBridge.start(BridgeOptions.builder("checkout-agent")
        .environment(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", endpoint, "OTEL_EXPORTER_OTLP_TIMEOUT", timeout))
        .logger(logLines::add).nanoClock(clock::get).snapshotInterval(Duration.ofHours(1)).build());
  }

  private List<String> failureLines() {
    return logLines.stream().filter(line -> line.contains("failed")).collect(Collectors.toList());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Test
  void collectorDownGivesOneLineAMinuteAndABoundedShutdown() throws Exception {
    String endpoint = "http://127.0.0.1:" + freePort();
    CollectorBridge bridge = bridge(endpoint, "500ms");
    bridge.onSnapshot(snapshot(0, List.of(strand("plan", Map.of(), measure(ms(10)))), List.of()));

    // That listeners do no I/O is shown against a collector that never answers (below): a refused connection
    // fails too fast to tell.
    bridge.onSnapshot(snapshot(1, List.of(strand("plan", Map.of(), measure(ms(20)))), List.of()));

    bridge.flush(5_000);
    bridge.onAlert(Alerts.firing("error_rate", "critical", false));
    bridge.flush(5_000);
    bridge.flush(5_000);
    assertEquals(1, failureLines().size(), logLines::toString);
    String line = failureLines().get(0);
    assertTrue(line.startsWith("StrandWatch: export of "), line);
    assertTrue(line.contains(endpoint + "/v1/"), line);
    assertEquals(false, line.contains("\n"), line);

    clock.addAndGet(TimeUnit.SECONDS.toNanos(61));
    bridge.flush(5_000);
    assertEquals(2, failureLines().size(), logLines::toString);
    // Three cumulative metric exports of one point each, plus the alert's span and log record, all lost; the
    // alert counter adds a point to each metric export after the alert.
    assertTrue(bridge.droppedExportItems() >= 5, "dropped " + bridge.droppedExportItems());
    assertEquals(List.of(), sdkLogRecords.stream().map(LogRecord::getMessage).collect(Collectors.toList()),
        "the SDK's own failure messages are replaced by the bridge's line");

    long shutdownStart = System.nanoTime();
    bridge.shutdown(2_000);
    long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - shutdownStart);
    assertTrue(elapsedMillis < 2_500, "shutdown took " + elapsedMillis + " ms");
  }

  @Test
  void collectorThatNeverAnswersCannotHoldUpShutdown() throws Exception {
    List<Socket> accepted = new CopyOnWriteArrayList<>();
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread acceptor = new Thread(() -> {
        while (!silent.isClosed()) {
          try {
            accepted.add(silent.accept());
          } catch (IOException closed) {
            return;
          }
        }
      }, "silent-collector");
      acceptor.setDaemon(true);
      acceptor.start();

      CollectorBridge bridge = bridge("http://127.0.0.1:" + silent.getLocalPort(), "30s");
      long start = System.nanoTime();
      bridge.onSnapshot(snapshot(0, List.of(strand("plan", Map.of(), measure(ms(10)))), List.of()));
      bridge.onAlert(Alerts.firing("error_rate", "critical", false));
      // Bounds far below the 30 s export timeout, and far above what a loaded CI machine needs: one blocking
      // export would take 30 s.
      assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "listeners do no I/O");

      long shutdownStart = System.nanoTime();
      bridge.shutdown(1_000);
      long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - shutdownStart);
      assertTrue(elapsedMillis < 5_000, "shutdown took " + elapsedMillis + " ms");
      assertTrue(logLines.contains("StrandWatch: OpenTelemetry flush did not finish within 1000 ms; what was not"
          + " sent is dropped"), logLines::toString);
      assertTrue(accepted.size() >= 1, "the exporter did connect");
    } finally {
      for (Socket socket : accepted) {
        socket.close();
      }
    }
  }
}
