package io.strandwatch.agent.rules;

import static io.strandwatch.agent.rules.Data.SECOND;
import static io.strandwatch.agent.rules.Data.strand;
import static io.strandwatch.agent.rules.Data.strands;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strandwatch.agent.rules.state.BaselineFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselinePersistenceTest {

  @TempDir
  Path dir;

  @Test
  void baselinesSurviveARestartSoThereIsNoSecondWarmup() {
    Harness first = new Harness("rules: {}\n", dir);
    first.minutes(1, 70, LatencyRegressionRuleTest::normal);
    first.engine.shutdown(1000);
    assertTrue(Files.exists(dir.resolve(BaselineFile.FILE_NAME)));

    Harness second = new Harness("rules: {}\n", dir);
    second.clock.set(Harness.START.plusSeconds(71 * 60));
    // Slow from the first minute after the restart: pending once the window holds 100 executions (76m), firing
    // after 'for' (10m), without an hour of warm-up.
    second.minutes(72, 90, LatencyRegressionRuleTest::slow);
    assertEquals(List.of("1h26m FIRING warning latency_regression|strand=plan"), second.transitions());
    assertTrue(second.log.stream().noneMatch(l -> l.contains("baselines")), second.log.toString());
  }

  /** The rules whose baselines are learned, not configured. */
  static final java.util.Set<String> ADAPTIVE = java.util.Set.of("latency_regression", "token_spike",
      "cost_outlier", "spend_spike", "cpu_regression", "memory_regression");

  /** Rules that fired within 30 minutes of a restart at 91m into incidents, with or without the state file. */
  static java.util.Set<String> adaptiveRulesFiringAfterRestart(Path stateDir, boolean learnFirst) {
    if (learnFirst) {
      Harness first = new Harness(NoisyDayTest.CONFIG, stateDir);
      NoisyDayTest.Traffic quiet = new NoisyDayTest.Traffic();
      first.minutes(0, 90, k -> quiet.minute());
      first.engine.shutdown(1000);
    }
    Harness second = new Harness(NoisyDayTest.CONFIG, stateDir);
    second.clock.set(Harness.START.plusSeconds(91 * 60));
    NoisyDayTest.Traffic incidents = new NoisyDayTest.Traffic();
    incidents.researchSlowdown = 3;
    incidents.gpt4oTokens = 10;
    incidents.summarizeCpuAndAllocation = 1.5;
    incidents.expensiveExecution = true;
    second.minutes(92, 121, k -> incidents.minute());
    java.util.Set<String> fired = new java.util.TreeSet<>();
    second.events.forEach(e -> fired.add(e.rule()));
    fired.retainAll(ADAPTIVE);
    return fired;
  }

  @Test
  void everyAdaptiveRuleResumesWithItsBaselineAfterARestart() {
    assertEquals(new java.util.TreeSet<>(ADAPTIVE), adaptiveRulesFiringAfterRestart(dir, true));
  }

  @Test
  void withoutSavedBaselinesNoAdaptiveRuleSpeaksWithinTheHourOfWarmUp() {
    assertEquals(java.util.Set.of(), adaptiveRulesFiringAfterRestart(dir, false));
  }

  @Test
  void aBudgetPeriodKeepsItsSpendAndAnnouncedThresholdsAcrossARestart() {
    String config = "rules:\n  spend_spike: false\n  budget_burn: false\n"
        + "budgets:\n  - {name: daily, limit_usd: 10, period: day}\n";
    Harness first = new Harness(config, dir);
    first.at(3600, BudgetRuleTest.spend(6));
    first.engine.shutdown(1000);
    assertEquals(List.of("1h FIRING info budget|budget=daily,threshold=50%"), first.transitions());

    Harness second = new Harness(config, dir);
    second.at(2 * 3600, BudgetRuleTest.spend(1)); // $7: 50 % was announced before the restart
    assertEquals(List.of(), second.transitions());
    second.at(3 * 3600, BudgetRuleTest.spend(1)); // $8: 80 %
    assertEquals(List.of("3h FIRING warning budget|budget=daily,threshold=80%"), second.transitions());
    second.engine.shutdown(1000);

    Harness nextDay = new Harness(config, dir);
    nextDay.at(86_400 + 3600, BudgetRuleTest.spend(5)); // a new period: the saved spend no longer counts
    assertEquals(List.of("25h FIRING info budget|budget=daily,threshold=50%"), nextDay.transitions());
  }

  @Test
  void withoutTheFileTheRestartedEngineWarmsUpAgain() {
    Harness second = new Harness("rules: {}\n", dir);
    second.minutes(72, 85, LatencyRegressionRuleTest::slow);
    assertEquals(List.of(), second.transitions());
  }

  @Test
  void aCorruptFileIsIgnoredWithOneLine() throws Exception {
    Files.write(dir.resolve(BaselineFile.FILE_NAME), "not a baseline file at all".getBytes());
    Harness h = new Harness("rules: {}\n", dir);
    assertEquals(List.of("[strandwatch] ignoring baselines file " + dir.resolve(BaselineFile.FILE_NAME)
        + ": its checksum does not match (damaged or not a StrandWatch file); rules warm up again"), h.log);
    h.minutes(1, 3, k -> strands(strand("plan", 20, SECOND)));
    assertEquals(List.of(), h.transitions());
  }

  @Test
  void aTruncatedFileIsIgnored() throws Exception {
    Harness first = new Harness("rules: {}\n", dir);
    first.minutes(1, 70, LatencyRegressionRuleTest::normal);
    first.engine.shutdown(1000);
    Path file = dir.resolve(BaselineFile.FILE_NAME);
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    Harness second = new Harness("rules: {}\n", dir);
    assertEquals(1, second.log.size());
    assertTrue(second.log.get(0).startsWith("[strandwatch] ignoring baselines file"), second.log.get(0));
  }

  @Test
  void writtenAtMostOnceAMinuteOnTheTicker() throws Exception {
    Harness h = new Harness("rules: {}\n", dir);
    h.at(30, strands(strand("plan", 20, SECOND)));
    assertTrue(!Files.exists(dir.resolve(BaselineFile.FILE_NAME)));
    h.at(61, strands(strand("plan", 20, SECOND)));
    assertTrue(Files.exists(dir.resolve(BaselineFile.FILE_NAME)));
  }
}
