package io.strandwatch.it.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.strandwatch.it.export.app.ExportApp;
import io.strandwatch.it.harness.ForkedJvm;
import io.strandwatch.it.harness.Jdk;
import io.strandwatch.otlp.OtlpHttpReceiver;
import io.strandwatch.otlp.ReceivedTelemetry;
import io.strandwatch.otlp.SilentCollector;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A collector that refuses connections (then comes back on the same port) and one that accepts connections and
 * never answers must cost the application nothing: same throughput as without export (within what a loaded
 * 2-core machine allows), bounded heap, one log line a minute, and a bounded exit.
 */
class CollectorDownIT {

  static final int ROUNDS = 16;
  static final String ROUND_MILLIS = "250";
  /** Rounds 0-2 warm up the JIT and start the bridge (loading OpenTelemetry and OkHttp takes CPU once). */
  static final int WARM = 3;
  static final long HEAP_SLACK = 8L * 1024 * 1024;

  /**
   * The same application exporting nothing, started together with the one under test, so both see the same
   * load from the rest of the machine: comparing with a run made earlier or later measured the machine instead.
   */
  private ForkedJvm baseline;
  private Process baselineProcess;

  @BeforeEach
  void startBaseline() throws Exception {
    baseline = ForkedJvm.of(Jdk.current(), ExportApp.class).agentOptions("interval=200ms")
        .args("throughput", Integer.toString(ROUNDS), ROUND_MILLIS);
    baselineProcess = baseline.start();
  }

  @AfterEach
  void stopBaseline() {
    baselineProcess.destroyForcibly();
  }

  @Test
  void refusedConnectionsThenTheCollectorComesBackOnTheSamePort() throws Exception {
    int port = PrometheusServer.freePort();
    ForkedJvm jvm = ForkedJvm.of(Jdk.current(), ExportApp.class).agentOptions("interval=200ms")
        .env("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:" + port)
        // Short, so exports give up (and say so) while the collector is down instead of retrying until it is back.
        .env("OTEL_EXPORTER_OTLP_TIMEOUT", "1s")
        .args("throughput", Integer.toString(ROUNDS), ROUND_MILLIS);
    Process process = jvm.start();
    OtlpHttpReceiver receiver = null;
    try {
      // Most rounds run against the dead port; then the collector starts where the agent expects it.
      assertTrue(ReceivedTelemetry.await(() -> read(jvm, "stdout.txt").contains("round 10 "),
          Duration.ofSeconds(60)), () -> read(jvm, "stderr.txt"));
      receiver = OtlpHttpReceiver.start(port);
      assertTrue(process.waitFor(60, TimeUnit.SECONDS));
      assertEquals(0, process.exitValue(), () -> read(jvm, "stderr.txt"));
      String stdout = read(jvm, "stdout.txt");
      String stderr = read(jvm, "stderr.txt");

      Rounds rounds = Rounds.parse(stdout);
      assertEquals(ROUNDS, rounds.executions.size(), stdout);
      assertThroughputUnchanged(rounds, stdout);
      assertTrue(rounds.maxHeap(ROUNDS / 2, ROUNDS) <= rounds.maxHeap(WARM, ROUNDS / 2) + HEAP_SLACK,
          "heap after GC grows while the collector is down: " + rounds.heap);

      List<String> failures = stderr.lines().filter(line -> line.contains("export of"))
          .collect(Collectors.toList());
      assertEquals(1, failures.size(), stderr);
      assertTrue(failures.get(0).contains("to http://127.0.0.1:" + port + "/v1/"), failures.get(0));
      assertFalse(stderr.contains("\tat "), "no stack traces:\n" + stderr);

      // Export resumed, and the cumulative series lost nothing while the collector was away.
      assertFalse(receiver.metricRequests().isEmpty(), "export resumed");
      HistogramDataPoint spin = receiver.lastMetric("strand.duration").getHistogram().getDataPoints(0);
      assertEquals(jvm.report().strand("export.spin").count(), spin.getCount());
    } finally {
      process.destroyForcibly();
      if (receiver != null) {
        receiver.close();
      }
    }
  }

  @Test
  void collectorThatNeverAnswersOverGrpc() throws Exception {
    try (SilentCollector silent = SilentCollector.start()) {
      ForkedJvm jvm = ForkedJvm.of(Jdk.current(), ExportApp.class).agentOptions("interval=200ms")
          .env("OTEL_EXPORTER_OTLP_ENDPOINT", silent.endpoint())
          .env("OTEL_EXPORTER_OTLP_PROTOCOL", "grpc")
          .env("OTEL_EXPORTER_OTLP_TIMEOUT", "30s")
          .args("throughput", Integer.toString(ROUNDS), ROUND_MILLIS);
      Process process = jvm.start();
      try {
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the JVM exits despite a 30 s export timeout");
        long exitMillis = Rounds.exitMillis(read(jvm, "stdout.txt"), System.currentTimeMillis());
        assertEquals(0, process.exitValue(), () -> read(jvm, "stderr.txt"));
        // The agent gives its exit work 5 s; the rest is JVM start-up noise on a loaded machine.
        assertTrue(exitMillis < 8_000, "exit took " + exitMillis + " ms");
        String stdout = read(jvm, "stdout.txt");
        Rounds rounds = Rounds.parse(stdout);
        assertThroughputUnchanged(rounds, stdout);
        assertTrue(rounds.maxHeap(ROUNDS / 2, ROUNDS) <= rounds.maxHeap(WARM, ROUNDS / 2) + HEAP_SLACK,
            "heap after GC grows while the collector hangs: " + rounds.heap);
        assertTrue(silent.connections() >= 1, "the exporter did connect");
        String stderr = read(jvm, "stderr.txt");
        assertTrue(stderr.contains("OpenTelemetry flush did not finish within"), stderr);
        assertFalse(stderr.contains("\tat "), "no stack traces:\n" + stderr);
      } finally {
        process.destroyForcibly();
      }
    }
  }

  /**
   * Executions after warm-up against the baseline's over the same rounds. Loose on purpose: the two JVMs share
   * 2 cores with each other and with other builds; a real cost of export (a blocked application thread, export
   * threads burning CPU) would show as a large drop.
   */
  private void assertThroughputUnchanged(Rounds rounds, String stdout) throws Exception {
    assertTrue(baselineProcess.waitFor(60, TimeUnit.SECONDS), "the baseline finishes");
    String baselineStdout = baseline.read("stdout.txt");
    assertTrue(baseline.read("stderr.txt").contains("no OpenTelemetry exporter configured"));
    Rounds without = Rounds.parse(baselineStdout);
    long exporting = rounds.executions(WARM, ROUNDS);
    long notExporting = without.executions(WARM, ROUNDS);
    assertTrue(notExporting > 0, baselineStdout);
    System.out.println("throughput with a failing collector: " + exporting + " executions, without export: "
        + notExporting + "; heap after GC per round: " + rounds.heap);
    assertTrue(exporting >= notExporting / 2, exporting + " executions vs " + notExporting
        + " without export:\n" + stdout + "\nwithout export:\n" + baselineStdout);
  }

  private static String read(ForkedJvm jvm, String file) {
    try {
      return jvm.read(file);
    } catch (Exception e) {
      return e.toString();
    }
  }
}
