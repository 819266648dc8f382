package io.strandwatch.it.app;

import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The application the integration tests run in a forked JVM; the first argument picks the scenario. */
public final class StrandApp {

  private StrandApp() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "basic":
        basic();
        break;
      case "measure":
        measure();
        break;
      case "async":
        async();
        break;
      case "shapes":
        shapes();
        break;
      case "virtual":
        virtualThreads(Integer.parseInt(args[1]));
        break;
      case "bundled":
        BundledLibraries.run();
        break;
      case "wait-attach":
        waitForAttach(args[1]);
        break;
      case "health":
        health(args[1]);
        break;
      default:
        throw new IllegalArgumentException(args[0]);
    }
    System.out.println("scenario " + args[0] + " done");
  }

  static void basic() {
    Work work = new Work();
    for (int i = 0; i < 100; i++) {
      work.ok();
    }
    for (int i = 0; i < 25; i++) {
      try {
        work.fail();
      } catch (IllegalStateException expected) {
        // counted by the agent as an error
      }
    }
    for (int i = 1; i <= 100; i++) {
      try {
        work.mixed(i);
      } catch (IllegalArgumentException | UnsupportedOperationException expected) {
        // every 4th and every 10th execution fail, with different exception types
      }
    }
  }

  static void measure() throws InterruptedException {
    Measured m = new Measured();
    for (int i = 0; i < 3; i++) {
      Blackhole.consume(m.allocateEightMegabytes());
      m.spin(200);
      m.nap(200);
    }
  }

  static void async() throws Exception {
    Measured m = new Measured();
    List<CompletableFuture<String>> futures = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      futures.add(m.later(150));
    }
    CompletableFuture<String> failing = m.failLater(50);
    for (CompletableFuture<String> f : futures) {
      f.get();
    }
    try {
      failing.get();
    } catch (java.util.concurrent.ExecutionException expected) {
      // counted as an error of the async strand
    }
    System.out.println("same future returned: " + m.sameFutureReturned());
  }

  static void shapes() {
    Shapes s = new Shapes();
    s.outer();
    Shapes.staticWork();
    s.callsPrivate();
    System.out.println("factorial " + s.factorial(5));
    new DefaultGreeter().greet();
    TypeLevel t = new TypeLevel();
    t.first();
    t.second();
    t.named();
    t.notPublicHelper();
    new Overrider().run();
  }

  static void virtualThreads(int count) throws Exception {
    Work work = new Work();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      // Compiled for JDK 17: virtual threads are reached reflectively and run only on JDK 21+.
      Runnable task = work::ok;
      threads.add((Thread) Thread.class.getMethod("startVirtualThread", Runnable.class).invoke(null, task));
    }
    for (Thread t : threads) {
      t.join();
    }
  }

  static void waitForAttach(String trigger) throws Exception {
    Work work = new Work();
    for (int i = 0; i < 10; i++) {
      work.ok();
    }
    System.out.println("READY " + ProcessHandle.current().pid());
    System.out.flush();
    long deadline = System.currentTimeMillis() + 60_000;
    while (!Files.exists(Paths.get(trigger)) && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
    }
    for (int i = 0; i < 50; i++) {
      work.ok();
    }
  }

  /** 40 good and 25 failing executions, then keeps running (for JMX readers) until the trigger file appears. */
  static void health(String trigger) throws Exception {
    HealthWork work = new HealthWork();
    for (int i = 0; i < 40; i++) {
      work.ok();
    }
    for (int i = 0; i < 25; i++) {
      try {
        work.fail();
      } catch (IllegalStateException expected) {
        // counted as an error; 100 % of health.fail fails
      }
    }
    System.out.println("READY " + ProcessHandle.current().pid());
    System.out.flush();
    long deadline = System.currentTimeMillis() + 120_000;
    while (!Files.exists(Paths.get(trigger)) && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
    }
  }
}
