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
