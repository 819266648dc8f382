package io.strandwatch.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.strandwatch.it.harness.ForkedJvm;
import io.strandwatch.it.harness.Jdk;
import io.strandwatch.it.harness.Report;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo as {@code ./demo.sh} runs it: the sample app in a forked JVM under the agent with demo-config.yaml,
 * against the simulator (API keys in the environment are ignored). One run of at most 120 s; the tests check
 * that each scripted incident fired its alert inside its phase and, where the run lasts long enough, resolved.
 * The phases come from the timeline the app prints: it lays them out from the wall clock (the slowdown starts at
 * a minute boundary), so the expectations are exact whatever second of the minute the run starts at.
 */
class DemoScenarioIT {

  private static final long EVALUATION_SLACK_MS = 4_000;

  private static ForkedJvm.Result run;
  private static List<Map<String, Object>> alerts;
  private static Report report;
  private static Instant slowAt;
  private static Instant errorsAt;
  private static Instant errorsUntil;
  private static Instant end;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void runDemo() throws Exception {
    Path config = Paths.get(System.getProperty("basedir", "."), "demo-config.yaml").toAbsolutePath();
    assertTrue(Files.isRegularFile(config), config.toString());
    run = ForkedJvm.of(Jdk.current(), SampleApp.class)
        .jvmArg("-Dstrandwatch.config.file=" + config)
        .jvmArg("-Dsample.simulator=true")
        .timeoutSeconds(200)
        .run();
    report = run.report();
    alerts = new ArrayList<>();
    for (Object a : report.alerts()) {
      alerts.add((Map<String, Object>) a);
    }
    String timeline = line("scenario: timeline ");
    slowAt = instantBefore(timeline, " the writer model slows down");
    errorsAt = instantBefore(timeline, " the research provider returns errors");
    errorsUntil = instantBefore(timeline.substring(timeline.indexOf(" the research provider returns errors")),
        " back to normal");
    end = instantBefore(timeline, " end");
  }

  @Test
  void timelineFitsTwoMinutesAndSlowsDownAtAMinuteBoundary() {
    Instant start = instantBefore(line("scenario: timeline "), " steady");
    assertTrue(!end.isAfter(start.plusSeconds(120)), "run longer than 120 s: " + line("scenario: timeline "));
    assertEquals(0, slowAt.getEpochSecond() % 60, "slowdown not at a minute boundary");
    assertTrue(!slowAt.isBefore(start.plusSeconds(Scenario.MIN_STEADY.getSeconds())), "steady phase too short");
    assertTrue(run.stdout.contains("the writer model slows down ("), run.stdout);
  }

  @Test
  void latencyRegressionOnTheWriterFiresInTheSlowMinute() {
    Map<String, Object> a = alert("latency_regression|strand=assistant.write");
    Instant fired = at(a, "fired");
    assertTrue(!fired.isBefore(slowAt) && fired.isBefore(slowAt.plusSeconds(60)),
        "fired " + fired + ", slowdown at " + slowAt);
    if (!end.isBefore(slowAt.plusMillis(Scenario.TAIL.toMillis()))) {
      // the slow minute closed and its window cleared for clear_for before the end
      Instant resolved = at(a, "resolved");
      assertNotNull(resolved, "not resolved: " + a);
      assertTrue(!resolved.isBefore(slowAt.plusSeconds(60)), "resolved " + resolved + " inside the slow minute");
    }
    for (Map<String, Object> other : alerts) {
      if ("latency_regression".equals(other.get("rule"))) {
        assertTrue(!at(other, "fired").isBefore(slowAt), "latency regression before the slowdown: " + other);
      }
    }
  }

  @Test
  void errorBurstOnTheResearchProviderFiresAndResolves() {
    for (String key : new String[] {"error_rate|strand=assistant.research", "provider_degraded|provider=anthropic"}) {
      Map<String, Object> a = alert(key);
      assertInPhase(at(a, "fired"), errorsAt, errorsUntil, key);
      assertNotNull(at(a, "resolved"), "not resolved: " + a);
    }
  }

  @Test
  void runawayDeepDiveFiresAfterTheErrorBurstAndResolves() {
    Map<String, Object> a = alert("runaway_strand|strand=assistant.deep-dive");
    assertTrue(!at(a, "fired").isBefore(errorsUntil), "runaway fired during the error burst: " + a);
    assertNotNull(at(a, "resolved"), "not resolved: " + a);
    assertEquals(60, report.strand("assistant.deep-dive").llmCalls());
    assertEquals(0, report.strand("assistant.deep-dive").errors());
  }

  @Test
  void budgetCrossingFires() {
    assertTrue(alerts.stream().anyMatch(a -> String.valueOf(a.get("key")).startsWith("budget|budget=demo-hourly,")),
        "no budget alert: " + alerts);
  }

  @Test
  void geminiSummariesArePricedAndClean() {
    Report.Strand s = report.strand("assistant.summarize");
    assertTrue(s.count() > 20, s.toString());
    assertEquals(0, s.errors());
    Report.Model m = report.model("gcp.gemini", ResearchAssistant.SUMMARY_MODEL);
    assertEquals(s.count(), m.calls());
    assertNotNull(m.costUsd(), "gemini-2.5-flash is not priced");
    assertTrue(new BigDecimal(String.valueOf(m.costUsd())).signum() > 0, m.toString());
  }

  private static void assertInPhase(Instant fired, Instant from, Instant until, String key) {
    assertTrue(!fired.isBefore(from) && !fired.isAfter(until.plusMillis(EVALUATION_SLACK_MS)),
        key + " fired " + fired + ", phase " + from + " to " + until);
  }

  private static Map<String, Object> alert(String key) {
    for (Map<String, Object> a : alerts) {
      if (key.equals(a.get("key"))) {
        return a;
      }
    }
    return fail("no alert " + key + " in " + alerts + "\nstdout:\n" + run.stdout + "\nstderr:\n" + run.stderr);
  }

  private static Instant at(Map<String, Object> alert, String field) {
    Object v = alert.get(field);
    return v == null ? null : Instant.parse(v.toString());
  }

  private static String line(String prefix) {
    for (String l : run.stdout.split("\n")) {
      if (l.startsWith(prefix)) {
        return l;
      }
    }
    return fail("no line starting with '" + prefix + "' in:\n" + run.stdout);
  }

  /** The ISO instant printed right before {@code what} in the timeline line. */
  private static Instant instantBefore(String text, String what) {
    Matcher m = Pattern.compile("(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ)" + Pattern.quote(what)).matcher(text);
    if (!m.find()) {
      fail("no '" + what + "' in " + text);
    }
    return Instant.parse(m.group(1));
  }
}
