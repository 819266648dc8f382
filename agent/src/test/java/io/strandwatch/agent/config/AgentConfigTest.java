package io.strandwatch.agent.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentConfigTest {

  @TempDir
  Path dir;

  @Test
  void defaultsApplyWithNothingConfigured() {
    AgentConfig c = AgentConfig.load(null, new Properties(), Map.of());
    assertEquals(Duration.ofSeconds(10), c.getDuration(ConfigKeys.INTERVAL));
    assertEquals("always", c.getString(ConfigKeys.CPU));
    assertEquals(2000, c.getInt(ConfigKeys.MAX_SERIES));
    assertEquals("default", c.originOf(ConfigKeys.INTERVAL));
    assertTrue(c.problems().isEmpty());
  }

  @Test
  void agentArgumentsBeatSystemPropertiesBeatEnvironmentBeatTheFile() throws Exception {
    Path file = dir.resolve("sw.yaml");
    Files.writeString(file, "interval: 40s\nmeasure:\n  cpu: off\n  allocation: false\nseries.max: 50\n");
    Properties props = new Properties();
    props.setProperty("strandwatch.config.file", file.toString());
    props.setProperty("strandwatch.interval", "20s");
    props.setProperty("strandwatch.measure.cpu", "sampled");
    Map<String, String> env = Map.of("STRANDWATCH_INTERVAL", "30s", "STRANDWATCH_MEASURE_CPU_SAMPLE_EVERY", "8");

    AgentConfig c = AgentConfig.load("interval=10s", props, env);
    assertEquals(Duration.ofSeconds(10), c.getDuration(ConfigKeys.INTERVAL));
    assertEquals("sampled", c.getString(ConfigKeys.CPU));
    assertEquals(8, c.getInt(ConfigKeys.CPU_SAMPLE_EVERY));
    assertEquals(false, c.getBoolean(ConfigKeys.ALLOCATION));
    assertEquals(50, c.getInt(ConfigKeys.MAX_SERIES));
    assertEquals(file + ":5", c.originOf(ConfigKeys.MAX_SERIES));
    assertEquals("environment variable STRANDWATCH_MEASURE_CPU_SAMPLE_EVERY",
        c.originOf(ConfigKeys.CPU_SAMPLE_EVERY));
    assertTrue(c.problems().isEmpty(), c.problems().toString());
  }

  @Test
  void reportHtmlComesFromEverySourceAndAnEmptyPathIsAProblem() throws Exception {
    Path file = dir.resolve("html.yaml");
    Files.writeString(file, "report:\n  json: /tmp/r.json\n  html: /tmp/from-file.html\n");
    Properties none = new Properties();
    assertEquals(Path.of("/tmp/from-file.html"),
        AgentConfig.load("config.file=" + file, none, Map.of()).getPath(ConfigKeys.REPORT_HTML));
    assertEquals(Path.of("/tmp/env.html"), AgentConfig.load(null, none,
        Map.of("STRANDWATCH_REPORT_HTML", "/tmp/env.html")).getPath(ConfigKeys.REPORT_HTML));
    Properties props = new Properties();
    props.setProperty("strandwatch.report.html", "/tmp/prop.html");
    assertEquals(Path.of("/tmp/prop.html"), AgentConfig.load(null, props, Map.of()).getPath(ConfigKeys.REPORT_HTML));
    assertEquals(Path.of("/tmp/arg.html"),
        AgentConfig.load("report.html=/tmp/arg.html", props, Map.of()).getPath(ConfigKeys.REPORT_HTML));
    assertEquals(null, AgentConfig.load(null, none, Map.of()).getPath(ConfigKeys.REPORT_HTML), "off by default");

    AgentConfig empty = AgentConfig.load(null, none, Map.of("STRANDWATCH_REPORT_HTML", " "));
    assertEquals(null, empty.getPath(ConfigKeys.REPORT_HTML));
    assertEquals(1, empty.problems().size(), empty.problems().toString());
    assertTrue(empty.problems().get(0).toString().contains("report.html"), empty.problems().toString());
  }

  @Test
  void badValuesAndUnknownKeysAreReportedWithWhereAndWhatIsValidAndDefaultsKept() throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "interval: 5x\nmeasure:\n  cpuu: sampled\nseries.max: 3\n");
    AgentConfig c = AgentConfig.load("config.file=" + file + ",measure.cpu=sometimes", new Properties(),
        Map.of("STRANDWATCH_NOPE", "1"));

    assertEquals(Duration.ofSeconds(10), c.getDuration(ConfigKeys.INTERVAL));
    assertEquals("always", c.getString(ConfigKeys.CPU));
    assertEquals(2000, c.getInt(ConfigKeys.MAX_SERIES));
    String all = c.problems().toString();
    assertEquals(5, c.problems().size(), all);
    assertTrue(all.contains(file + ":1: interval: \"5x\" is not a duration; expected a duration from 100ms to 1h"),
        all);
    assertTrue(all.contains(file + ":3: measure.cpuu: unknown key; did you mean 'measure.cpu'?"), all);
    assertTrue(all.contains(file + ":4: series.max: \"3\" is out of range; expected a whole number from 10 to"),
        all);
    assertTrue(all.contains("agent argument 'measure.cpu=sometimes': measure.cpu: \"sometimes\" is not one of the "
        + "choices; expected one of always, sampled, off"), all);
    assertTrue(all.contains("environment variable STRANDWATCH_NOPE: unknown setting"), all);
  }

  @Test
  void invalidYamlNamesTheFileAndLine() throws Exception {
    Path file = dir.resolve("broken.yaml");
    Files.writeString(file, "interval: 10s\nmeasure: [unclosed\n");
    AgentConfig c = AgentConfig.load("config.file=" + file, new Properties(), Map.of());
    assertEquals(1, c.problems().size());
    assertTrue(c.problems().get(0).toString().startsWith(file + ":"), c.problems().toString());
    assertTrue(c.problems().get(0).toString().contains("not valid YAML"), c.problems().toString());
  }

  @Test
  void structuredSectionsAreHandedOverWithTheirLines() throws Exception {
    Path file = dir.resolve("sections.yaml");
    Files.writeString(file, "interval: 10s\nbudgets:\n  - name: daily\n    limit_usd: 5\n    period: day\n");
    AgentConfig c = AgentConfig.load("config.file=" + file, new Properties(), Map.of());
    ConfigSection budgets = c.section("budgets");
    assertNotNull(budgets);
    assertEquals(file + ":3", budgets.where(budgets.node()));
  }

  @Test
  void aMissingFileIsAProblemNotACrash() {
    AgentConfig c = AgentConfig.load("config.file=/nonexistent/sw.yaml", new Properties(), Map.of());
    assertEquals(1, c.problems().size());
    assertTrue(c.problems().get(0).toString().startsWith("/nonexistent/sw.yaml: cannot be read"));
  }
}
