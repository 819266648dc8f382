package io.strandwatch.it.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strandwatch.it.export.app.ExportApp;
import io.strandwatch.it.harness.ForkedJvm;
import io.strandwatch.it.harness.Jdk;
import io.strandwatch.it.harness.Report;
import io.strandwatch.otlp.ReceivedTelemetry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A real Prometheus scrapes the agent's Prometheus endpoint in a forked JVM; its histogram_quantile over the
 * exported buckets must agree with the agent's own p95 (HdrHistogram) within the resolution of the buckets.
 */
class PrometheusScrapeIT {

  static final double[] DURATION_BOUNDS = {0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24,
      20.48, 40.96, 81.92};
  static final String SERIES = "strand_duration_seconds_bucket{strand_name=\"export.step\",strand_outcome=\"ok\"}";
  static final String P95 = "histogram_quantile(0.95, sum by (le) (" + SERIES + "))";

  @Test
  void histogramQuantileAgreesWithTheAgentsP95() throws Exception {
    PrometheusServer.assumeInstalled();
    int exporterPort = PrometheusServer.freePort();
    try (PrometheusServer prometheus = PrometheusServer.start(exporterPort)) {
      ForkedJvm jvm = ForkedJvm.of(Jdk.current(), ExportApp.class).agentOptions("interval=1s")
          .env("OTEL_METRICS_EXPORTER", "prometheus")
          .env("OTEL_EXPORTER_PROMETHEUS_PORT", Integer.toString(exporterPort));
      Path stop = Files.createTempDirectory("strandwatch-stop").resolve("stop");
      Process process = jvm.args("latency", stop.toString()).start();
      try {
        assertTrue(ReceivedTelemetry.await(() -> read(jvm, "stdout.txt").contains("latency workload done"),
            Duration.ofSeconds(60)), () -> read(jvm, "stderr.txt"));
        // The agent's next snapshot, then Prometheus' next scrape, carry all 100 executions.
        assertTrue(ReceivedTelemetry.await(() -> count(prometheus) == 100, Duration.ofSeconds(30)),
            () -> "count " + count(prometheus) + "\n" + read(jvm, "stderr.txt") + "\n" + log(prometheus));
        Double quantile = prometheus.query(P95);
        assertNotNull(quantile, P95);
        Files.writeString(stop, "stop");
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the application exits");
        assertEquals(0, process.exitValue(), () -> read(jvm, "stderr.txt"));

        Report.Strand step = jvm.report().strand("export.step");
        assertEquals(100, step.count());
        double agentP95 = step.measure("duration", "p95") / 1e9;
        double[] bucket = bucketOf(agentP95);
        String line = P95 + " = " + quantile + " s; the agent's p95 (strandwatch.report.json) = " + agentP95
            + " s; both in the bucket (" + bucket[0] + ", " + bucket[1] + "]";
        System.out.println(line);
        Files.writeString(Paths.get("target", "promql-p95.txt"), line + "\n");
        assertTrue(quantile > bucket[0] && quantile <= bucket[1], line);
      } finally {
        process.destroyForcibly();
      }
    }
  }

  private static double count(PrometheusServer prometheus) {
    try {
      Double value = prometheus.query(
          "strand_duration_seconds_count{strand_name=\"export.step\",strand_outcome=\"ok\"}");
      return value == null ? -1 : value;
    } catch (Exception e) {
      return -1;
    }
  }

  /** The explicit bucket (lower, upper] holding {@code seconds}. */
  static double[] bucketOf(double seconds) {
    double lower = 0;
    for (double bound : DURATION_BOUNDS) {
      if (seconds <= bound) {
        return new double[] {lower, bound};
      }
      lower = bound;
    }
    return new double[] {lower, Double.POSITIVE_INFINITY};
  }

  private static String read(ForkedJvm jvm, String file) {
    try {
      return jvm.read(file);
    } catch (Exception e) {
      return e.toString();
    }
  }

  private static String log(PrometheusServer prometheus) {
    try {
      return prometheus.log();
    } catch (Exception e) {
      return e.toString();
    }
  }
}
