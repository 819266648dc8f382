package io.strandwatch.it.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.strandwatch.simulator.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The reference Prometheus rules and Grafana dashboard in docs/reference are valid PromQL that works. */
class ReferenceConfigsTest {

  static final Path PROMTOOL = Paths.get("/usr/bin/promtool");
  static final Path REFERENCE = Paths.get(System.getProperty("strandwatch.docs.dir", "../docs"), "reference");

  private static String promtool(Path workDir, String... args) throws Exception {
    assumeTrue(Files.isExecutable(PROMTOOL), PROMTOOL + " not found; install Debian's prometheus package"
        + " (scripts/install-test-deps.sh) to check the reference rules; skipping");
    List<String> command = new ArrayList<>(List.of(PROMTOOL.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "promtool finished");
    assertEquals(0, process.exitValue(), output);
    return output;
  }

  @Test
  void prometheusRulesPassPromtoolCheck() throws Exception {
    String output = promtool(REFERENCE, "check", "rules", "prometheus-rules.yaml");
    assertTrue(output.contains("SUCCESS: 7 rules found"), output);
  }

  @Test
  void prometheusRulesFireOnTheSeriesTheAgentExports() throws Exception {
    String output = promtool(REFERENCE, "test", "rules", "prometheus-rules.test.yaml");
    assertTrue(output.contains("SUCCESS"), output);
  }

  /** Each panel's query, with Grafana's variables filled in, as a recording rule that promtool parses. */
  @Test
  @SuppressWarnings("unchecked")
  void grafanaDashboardQueriesAreValidPromql() throws Exception {
    Map<String, Object> dashboard = (Map<String, Object>) Json.parse(
        Files.readString(REFERENCE.resolve("grafana-dashboard.json")));
    List<Object> panels = (List<Object>) dashboard.get("panels");
    assertEquals(8, panels.size());
    StringBuilder rules = new StringBuilder("groups:\n  - name: dashboard\n    rules:\n");
    for (Object panel : panels) {
      for (Object target : (List<Object>) ((Map<String, Object>) panel).get("targets")) {
        String expr = (String) ((Map<String, Object>) target).get("expr");
        assertFalse(expr.isBlank(), panel::toString);
        String promql = expr.replace("$__rate_interval", "5m").replace("$__range", "1h").replace("$job", ".*");
        rules.append("      - record: dashboard:panel").append(((Map<String, Object>) panel).get("id"))
            .append("\n        expr: '").append(promql.replace("'", "''")).append("'\n");
      }
    }
    Path dir = Files.createTempDirectory("strandwatch-dashboard");
    Files.writeString(dir.resolve("dashboard-rules.yaml"), rules.toString());
    String output = promtool(dir, "check", "rules", "dashboard-rules.yaml");
    assertTrue(output.contains("SUCCESS: 8 rules found"), output);
  }
}
