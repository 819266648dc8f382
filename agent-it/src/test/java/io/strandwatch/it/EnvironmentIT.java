package io.strandwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strandwatch.it.app.StrandApp;
import io.strandwatch.it.harness.ForkedJvm;
import io.strandwatch.it.harness.Jdk;
import io.strandwatch.it.harness.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The agent in the environments an application brings: virtual threads, its own libraries, late attach. */
class EnvironmentIT {

  @Test
  void virtualThreadStrandsAreCountedWithCpuAndAllocationUnavailable() throws Exception {
    Jdk jdk25 = Jdk.jdk25();
    Report report = ForkedJvm.of(jdk25, StrandApp.class).args("virtual", "2000").run().report();

    Report.Strand ok = report.strand("work.ok");
    assertEquals(2000, ok.count());
    assertEquals(2000, ok.measure("duration", "count"));
    // The JDK cannot measure virtual threads: every execution is "unavailable", none is a 0 or negative value.
    assertEquals(2000, ok.measure("cpu", "unavailable"));
    assertEquals(0, ok.measure("cpu", "count"));
    assertEquals(2000, ok.measure("allocated", "unavailable"));
    assertEquals(0, ok.measure("allocated", "count"));
  }

  @Test
  void applicationWithItsOwnByteBuddyHdrHistogramAndOpenTelemetryRunsExactlyAsWithoutTheAgent() throws Exception {
    ForkedJvm.Result without = ForkedJvm.of(Jdk.current(), StrandApp.class).withoutAgent().args("bundled").run();
    ForkedJvm.Result with = ForkedJvm.of(Jdk.current(), StrandApp.class).args("bundled").run();

    assertTrue(without.stdout.contains("made by the app's Byte Buddy (from byte-buddy-1.14.12.jar)"),
        without.stdout);
    assertTrue(without.stdout.contains("hdrhistogram: p50=500 max=1000 class=org.HdrHistogram.Histogram from "
        + "HdrHistogram-2.1.12.jar"), without.stdout);
    assertTrue(without.stdout.contains("opentelemetry: exported [app-span-1, app-span-2] from "
        + "opentelemetry-sdk-1.42.1.jar"), without.stdout);
    assertEquals(without.stdout, with.stdout);
    assertEquals(1, with.report().strand("bundled.run").count());
    assertEquals(0, with.report().strand("bundled.run").errors());
  }

  @Test
  void attachesToARunningJvmAndTracksStrandsFromThenOn() throws Exception {
    Path trigger = Files.createTempDirectory("attach").resolve("go");
    ForkedJvm app = ForkedJvm.of(Jdk.current(), StrandApp.class).withoutAgent()
        .jvmArg("-Dstrandwatch.report.json=" + trigger.getParent().resolve("report.json"))
        .args("wait-attach", trigger.toString());
    Process process = app.start();
    try {
      String pid = awaitReady(app);
      Process attach = new ProcessBuilder(Jdk.current().java().toString(), "-jar", ForkedJvm.agentJar().toString(),
          "attach", pid, "interval=1s").redirectErrorStream(true).start();
      String attachOutput = new String(attach.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(attach.waitFor(60, TimeUnit.SECONDS));
      assertEquals(0, attach.exitValue(), attachOutput);
      awaitLine(app, "stderr.txt", "attached");
      Files.createFile(trigger);
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "application did not finish");
      assertEquals(0, process.exitValue(), app.read("stderr.txt"));
    } finally {
      process.destroyForcibly();
    }
    String report = Files.readString(trigger.getParent().resolve("report.json"));
    // Work was loaded (and ran 10 times) before the attach: retransformed, only the 50 later runs count.
    assertTrue(report.contains("\"name\": \"work.ok\""), report);
    assertTrue(report.contains("\"count\": 50,"), report);
  }

  @Test
  void brokenConfigurationIsReportedInOneLineEachAndTheApplicationStillRuns() throws Exception {
    Path config = Files.createTempFile("strandwatch", ".yaml");
    Files.writeString(config, "interval: 5x\nmeasure:\n  cpuu: sampled\nreport:\n  text: true\n");
    ForkedJvm.Result result = ForkedJvm.of(Jdk.current(), StrandApp.class)
        .agentOptions("config.file=" + config + ",nonsense=1").args("basic").run();

    assertTrue(result.stdout.contains("scenario basic done"));
    List<String> problems = new ArrayList<>();
    for (String line : result.stderr.split("\n")) {
      if (line.startsWith("[strandwatch] WARNING: config:")) {
        problems.add(line);
      }
    }
    assertEquals(3, problems.size(), result.stderr);
    assertTrue(result.stderr.contains(config + ":1: interval: \"5x\" is not a duration"), result.stderr);
    assertTrue(result.stderr.contains(config + ":3: measure.cpuu: unknown key; did you mean 'measure.cpu'?"),
        result.stderr);
    assertTrue(result.stderr.contains("agent argument 'nonsense=1': nonsense: unknown key"), result.stderr);
    assertEquals(100, result.report().strand("work.ok").count());
  }

  @Test
  void disabledAgentInstrumentsNothing() throws Exception {
    ForkedJvm jvm = ForkedJvm.of(Jdk.current(), StrandApp.class).agentOptions("enabled=false").args("basic");
    ForkedJvm.Result result = jvm.run();
    assertTrue(result.stderr.contains("disabled (enabled=false)"), result.stderr);
    assertFalse(Files.exists(jvm.reportPath()));
  }

  private static String awaitReady(ForkedJvm app) throws Exception {
    String line = awaitLine(app, "stdout.txt", "READY ");
    return line.substring("READY ".length()).trim();
  }

  private static String awaitLine(ForkedJvm app, String file, String marker) throws Exception {
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      for (String line : app.read(file).split("\n")) {
        if (line.contains(marker)) {
          return line;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no line with '" + marker + "' in " + file + ":\n" + app.read(file));
  }
}
