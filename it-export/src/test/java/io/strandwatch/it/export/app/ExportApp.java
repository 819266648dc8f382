package io.strandwatch.it.export.app;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

/** The application the export tests run under the agent; the first argument picks the scenario. */
public final class ExportApp {

  private ExportApp() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "otlp":
        otlp(args[1]);
        break;
      case "throughput":
        throughput(Integer.parseInt(args[1]), Long.parseLong(args[2]));
        break;
      case "latency":
        latency(Paths.get(args[1]));
        break;
      default:
        throw new IllegalArgumentException(args[0]);
    }
    // Printed last: the tests measure from here how long the JVM takes to exit.
    System.out.println("main done at " + System.currentTimeMillis());
  }

  /**
   * 20 executions of export.mixed (10 fail: error_rate 0.5 fires), 3 chat calls, a pause long enough for one
   * periodic export, then export.last right before exit.
   */
  static void otlp(String simulatorBaseUrl) throws Exception {
    OpenAIClient client = OpenAIOkHttpClient.builder().baseUrl(simulatorBaseUrl).apiKey("sk-test").maxRetries(0)
        .build();
    try {
      ExportStrands strands = new ExportStrands(client);
      for (int i = 0; i < 20; i++) {
        try {
          strands.mixed(i % 2 == 1);
        } catch (IllegalStateException expected) {
          // an error execution, as planned
        }
      }
      for (int i = 0; i < 3; i++) {
        strands.chat();
      }
      Thread.sleep(2_500);
      strands.last();
    } finally {
      client.close();
    }
  }

  /**
   * {@code rounds} rounds of {@code roundMillis} each, calling export.spin as fast as possible; prints per round
   * the executions and the heap used right after a full GC.
   */
  static void throughput(int rounds, long roundMillis) {
    ExportStrands strands = new ExportStrands(null);
    long seed = 1;
    for (int round = 0; round < rounds; round++) {
      long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(roundMillis);
      long executions = 0;
      while (System.nanoTime() < end) {
        for (int i = 0; i < 100; i++) {
          seed = strands.spin(seed);
        }
        executions += 100;
      }
      System.gc();
      long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      System.out.println("round " + round + " executions " + executions + " heap " + heap);
    }
    ExportStrands.sink = seed;
  }

  /**
   * 100 executions of export.step: 90 of 12 ms, 10 of 50 ms, so the p95 lies among the slow ones; then waits
   * until {@code stopFile} exists, so Prometheus can scrape the final state.
   */
  static void latency(Path stopFile) throws Exception {
    ExportStrands strands = new ExportStrands(null);
    for (int i = 0; i < 100; i++) {
      strands.step(i % 10 == 9 ? 50 : 12);
    }
    System.out.println("latency workload done");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!Files.exists(stopFile) && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
  }
}
