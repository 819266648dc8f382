package io.strandwatch.agent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar strandwatch-agent.jar check-config FILE}: exit codes and output. */
class AgentCliTest {

  @TempDir
  Path dir;

  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(String... args) {
    return AgentCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  Path write(String name, String... lines) throws Exception {
    return Files.write(dir.resolve(name), (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aValidFileWithEverySectionIsOk() throws Exception {
    Path prices = write("prices.yaml", "models:", "  acme-70b: {provider: acme, input_per_mtok: 0.05, output_per_mtok: 0.1}");
    Path file = write("strandwatch, prod.yaml",
        "interval: 10s",
        "pricing:",
        "  file: " + prices,
        "  models:",
        "    gpt-4o: {provider: openai, input_per_mtok: 2.00, cache_read_per_mtok: 1.00, output_per_mtok: 8.00}",
        "rules:",
        "  state_dir: " + dir.resolve("state"),
        "  error_rate: {warning: 5%}",
        "budgets:",
        "  - {name: daily, limit_usd: 50, period: day, scope: team=growth}",
        "strands:",
        "  checkout:",
        "    rules:",
        "      latency_threshold: {p99_limit: 30s}");
    assertEquals(0, run("check-config", file.toString()));
    assertEquals(file + ": OK\n", out());
    assertEquals("", err());
    assertEquals(false, Files.exists(dir.resolve("state")), "nothing started, nothing written");
  }

  @Test
  void aBrokenFileListsEveryProblemWithFileLineKeyAndValidValuesAndExitsOne() throws Exception {
    Path prices = write("prices.yaml", "models:", "  acme-70b: {provider: acme, input_per_mtok: cheap, output_per_mtok: 1}");
    Path file = write("broken.yaml",
        "intervall: 10s",                                            // 1
        "measure.cpu: sometimes",                                    // 2
        "pricing:",                                                  // 3
        "  file: " + prices,                                         // 4
        "  models:",                                                 // 5
        "    my-llm: {provider: self, input_per_mtok: 1}",           // 6
        "rules:",                                                    // 7
        "  error_rate: {critical: 250%}",                            // 8
        "budgets:",                                                  // 9
        "  - {name: daily, limit_usd: 50, period: daily}");          // 10
    assertEquals(1, run("check-config", file.toString()));
    assertEquals("", out());
    assertEquals(String.join("\n",
        file + ":1: intervall: unknown key; did you mean 'interval'? (all keys: docs/configuration.md)",
        file + ":2: measure.cpu: \"sometimes\" is not one of the choices; expected one of always, sampled, off;"
            + " using the default always",
        file + ":8: rules.error_rate.critical: \"250%\" is out of range; expected a ratio from 0.0001 to 1 such as"
            + " 0.25 or 25%; using the default 0.25",
        file + ":10: budgets[0].period: \"daily\" is not valid; expected one of hour, day, week, month",
        prices + ":2: models.acme-70b.input_per_mtok: \"cheap\" is not a number; expected a non-negative decimal in"
            + " USD per 1M tokens with at most 6 decimal places, such as 2.50",
        file + ":6: pricing.models.my-llm.output_per_mtok: is missing; expected a non-negative decimal in USD per 1M"
            + " tokens with at most 6 decimal places, such as 2.50",
        file + ": 6 problem(s)", ""), err());
  }

  @Test
  void aMissingFileExitsOneAndUsageErrorsExitTwo() {
    assertEquals(1, run("check-config", dir.resolve("nope.yaml").toString()));
    assertEquals(dir.resolve("nope.yaml") + ": no such file\n", err());
    err.reset();
    assertEquals(2, run("check-config"));
    assertEquals("usage: java -jar strandwatch-agent.jar check-config FILE\n", err());
    assertEquals(2, run());
    assertEquals(true, out().startsWith("usage: java -jar strandwatch-agent.jar COMMAND\n"), out());
  }
}
