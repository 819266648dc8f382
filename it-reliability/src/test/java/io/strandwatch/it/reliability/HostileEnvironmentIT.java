package io.strandwatch.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strandwatch.it.harness.ForkedJvm;
import io.strandwatch.it.harness.Jdk;
import io.strandwatch.it.harness.Report;
import io.strandwatch.it.reliability.app.AppLogManager;
import io.strandwatch.it.reliability.app.HostileApp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The agent in environments an application brings: its own log manager, another agent, a late attach under load. */
class HostileEnvironmentIT {

  @Test
  void applicationLogManagerIsInstalledAndKeptWhenTheAgentRuns() throws Exception {
    ForkedJvm.Result r = ForkedJvm.of(Jdk.current(), HostileApp.class).agentOptions("interval=1s")
        .jvmArg("-Djava.util.logging.manager=" + AppLogManager.class.getName())
        .jvmArg("-Dhostile.slowStartMillis=2500").args("jul").run();

    assertTrue(r.stdout.contains("log manager created before main: false\n"),
        "the agent initialized java.util.logging before main:\n" + r.stdout);
    assertTrue(r.stdout.contains("log manager: " + AppLogManager.class.getName() + "\n"), r.stdout);
    assertTrue(r.stdout.contains("log manager after: " + AppLogManager.class.getName() + "\n"), r.stdout);
    assertTrue(r.stdout.contains("jul done"), r.stdout);
    assertTrue(r.stderr.contains("application log line"), r.stderr);
    assertEquals(100, r.report().strand("hostile.work").count());
  }

  @Test
  void besideTheOpenTelemetryAgentLoadedFirst() throws Exception {
    besideOpenTelemetryAgent(true);
  }

  @Test
  void besideTheOpenTelemetryAgentLoadedSecond() throws Exception {
    besideOpenTelemetryAgent(false);
  }

  private static void besideOpenTelemetryAgent(boolean otelFirst) throws Exception {
    String otelAgent = "-javaagent:" + otelAgentJar();
    ForkedJvm jvm = ForkedJvm.of(Jdk.current(), HostileApp.class).args("otel").timeoutSeconds(180)
        .jvmArg("-Dotel.traces.exporter=logging").jvmArg("-Dotel.metrics.exporter=none")
        .jvmArg("-Dotel.logs.exporter=none").jvmArg("-Dotel.service.name=strandwatch-it");
    jvm = otelFirst ? jvm.jvmArgBeforeAgent(otelAgent) : jvm.jvmArg(otelAgent);
    ForkedJvm.Result r = jvm.run();

    assertTrue(r.stdout.contains("otel done"), r.stdout);
    Report report = r.report();
    assertEquals(100, report.strand("otel.both").count());
    assertEquals(0, report.strand("otel.both").errors());
    assertEquals(50, report.strand("hostile.work").count());
    // The OpenTelemetry agent's logging exporter prints one line per span it exported.
    long spans = (r.stdout + r.stderr).lines().filter(l -> l.contains("'otel.both' :")).count();
    assertEquals(100, spans, "spans of @WithSpan; stderr:\n" + r.stderr);
  }

  @Test
  void attachIntoAJvmUnderLoadCountsFromThenOnAndTheApplicationNeverFails() throws Exception {
    Path dir = Files.createTempDirectory("attach-load");
    Path trigger = dir.resolve("go");
    Path reportFile = dir.resolve("report.json");
    ForkedJvm app = ForkedJvm.of(Jdk.current(), HostileApp.class).withoutAgent()
        .jvmArg("-Dstrandwatch.report.json=" + reportFile).args("attach", trigger.toString());
    Process process = app.start();
    try {
      String pid = awaitLine(app, "stdout.txt", "READY ").substring("READY ".length()).trim();
      Thread.sleep(500); // the four threads are running strands while the agent attaches
      Process attach = new ProcessBuilder(Jdk.current().java().toString(), "-jar", ForkedJvm.agentJar().toString(),
          "attach", pid, "interval=1s").redirectErrorStream(true).start();
      String output = new String(attach.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(attach.waitFor(60, TimeUnit.SECONDS));
      assertEquals(0, attach.exitValue(), output);
      awaitLine(app, "stderr.txt", "attached");
      Thread.sleep(500); // retransformed strands run under load for a while
      Files.createFile(trigger);
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "application did not finish");
      assertEquals(0, process.exitValue(), app.read("stdout.txt") + app.read("stderr.txt"));
    } finally {
      process.destroyForcibly();
    }
    assertTrue(app.read("stdout.txt").contains("attach done"));
    assertFalse(app.read("stderr.txt").contains("Exception"), app.read("stderr.txt"));
    String report = Files.readString(reportFile);
    // attach.after ran only after the attach finished: exactly 4 x 1,000. attach.busy: only the runs after it.
    assertTrue(report.contains("\"name\": \"attach.after\""), report);
    assertTrue(report.replaceAll("\\s+", " ").contains("\"name\": \"attach.after\", \"attributes\": { }, "
        + "\"count\": 4000,"), report);
    assertTrue(report.contains("\"name\": \"attach.busy\""), report);
  }

  private static Path otelAgentJar() {
    Path jar = Paths.get(System.getProperty("otel.agent.jar", "target/agents/opentelemetry-javaagent.jar"));
    assertTrue(Files.isRegularFile(jar), "OpenTelemetry agent missing at " + jar + " (copied by Maven)");
    return jar;
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
