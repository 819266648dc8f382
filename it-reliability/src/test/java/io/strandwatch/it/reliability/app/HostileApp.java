package io.strandwatch.it.reliability.app;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.strandwatch.annotations.TrackedStrand;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/** The application of HostileEnvironmentIT; the first argument picks the scenario. */
public class HostileApp {

  static volatile long sink;

  static {
    // A slow start (class loading, a framework booting before main): the agent's ticker runs intervals before
    // main, and nothing it does there may create the log manager.
    long slowStart = Long.getLong("hostile.slowStartMillis", 0);
    if (slowStart > 0) {
      try {
        Thread.sleep(slowStart);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  public static void main(String[] args) throws Exception {
    AppLogManager.LogState.mainStarted = true;
    switch (args[0]) {
      case "jul":
        julScenario();
        break;
      case "otel":
        otelScenario();
        break;
      case "attach":
        attachScenario(args[1]);
        break;
      default:
        throw new IllegalArgumentException(args[0]);
    }
  }

  private static void julScenario() throws Exception {
    boolean before = AppLogManager.LogState.createdBeforeMain;
    LogManager manager = LogManager.getLogManager();
    System.out.println("log manager created before main: " + before);
    System.out.println("log manager: " + manager.getClass().getName());
    Logger.getLogger("app").info("application log line");
    HostileApp app = new HostileApp();
    for (int i = 0; i < 100; i++) {
      app.work(i);
    }
    // Past the first snapshots (interval=1s): the agent's lazy OpenTelemetry start has initialized logging.
    Thread.sleep(2_500);
    System.out.println("log manager after: " + LogManager.getLogManager().getClass().getName());
    System.out.println("jul done");
  }

  private static void otelScenario() {
    HostileApp app = new HostileApp();
    for (int i = 0; i < 100; i++) {
      app.both(i);
    }
    for (int i = 0; i < 50; i++) {
      app.work(i);
    }
    System.out.println("otel done");
  }

  /** Busy threads run strands until the trigger file appears, then exactly 1,000 more each of another strand. */
  private static void attachScenario(String trigger) throws Exception {
    HostileApp app = new HostileApp();
    AtomicBoolean failed = new AtomicBoolean();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Thread thread = new Thread(() -> {
        try {
          while (!Files.exists(Paths.get(trigger))) {
            app.busy();
          }
          for (int i = 0; i < 1_000; i++) {
            app.after(i);
          }
        } catch (Throwable e) {
          e.printStackTrace();
          failed.set(true);
        }
      }, "busy-" + t);
      threads.add(thread);
      thread.start();
    }
    System.out.println("READY " + ManagementFactory.getRuntimeMXBean().getName().split("@")[0]);
    for (Thread t : threads) {
      t.join();
    }
    System.out.println(failed.get() ? "attach FAILED" : "attach done");
    if (failed.get()) {
      System.exit(1);
    }
  }

  @TrackedStrand("hostile.work")
  public long work(int i) {
    sink += i;
    return sink;
  }

  @TrackedStrand("otel.both")
  @WithSpan("otel.both")
  public long both(int i) {
    sink += i;
    return sink;
  }

  @TrackedStrand("attach.busy")
  public void busy() throws InterruptedException {
    sink++;
    Thread.sleep(1);
  }

  @TrackedStrand("attach.after")
  public long after(int i) {
    sink += i;
    return sink;
  }
}
