package io.strandwatch.agent.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.strandwatch.agent.config.AgentConfig;
import io.strandwatch.agent.config.ConfigProblem;
import io.strandwatch.agent.rules.RulesEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input: seeded random mutations of a valid config file go through the agent's real loader (the path
 * {@code AgentCore} takes: {@link AgentConfig} then {@link RulesEngine#fromConfig}). Every outcome must be success
 * or {@link ConfigProblem}s that name the file (and line where there is one) in one line; never another exception,
 * never a hang. A failure prints the seed, iteration and input, so it can be replayed.
 */
class ConfigFuzzTest {

  private static final long SEED = 0x5752_0008L;
  private static final int ITERATIONS = 3000;
  private static final long TIMEOUT_MILLIS = 5_000;

  static final String VALID = String.join("\n",
      "# strandwatch.yaml",
      "interval: 10s",
      "measure:",
      "  cpu: sampled",
      "  cpu.sample-every: 32",
      "  allocation: true",
      "series.max: 5000",
      "report.json: /tmp/strandwatch-fuzz.json",
      "report:",
      "  text: false",
      "instrumentation.disabled: bedrock,gemini",
      "rules:",
      "  max_alerts_per_minute: 30",
      "  time_zone: UTC",
      "  error_rate:",
      "    warning: 5%",
      "    critical: 0.2",
      "    for: 2m",
      "  latency_regression:",
      "    min_increase: 10s",
      "  cpu_regression: false",
      "budgets:",
      "  - name: daily-total",
      "    limit_usd: 200",
      "    period: day",
      "  - name: growth-team",
      "    limit_usd: 1500",
      "    period: month",
      "    scope: team=growth",
      "    time_zone: America/New_York",
      "    thresholds: [50, 80, 100]",
      "strands:",
      "  checkout:",
      "    rules:",
      "      latency_threshold: {p99_limit: 30s, critical_limit: 2m}",
      "      error_budget_burn: {slo: 0.995}",
      "      error_rate: {critical: 50%}",
      "  nightly-report:",
      "    rules:",
      "      runaway_strand: {max_duration: 4h, max_llm_calls: 500}",
      "      error_rate: false",
      "");

  /** YAML syntax, tags, anchors, odd scalars and characters a broken or hostile file may contain. */
  private static final List<String> TOKENS = Arrays.asList(":", ": ", "-", "- ", "\n", "\t", "  ", "{", "}", "[",
      "]", ",", "&a ", "*a", "*missing", "<<: *a\n", "!!java.io.File ", "!!binary ", "!!map ", "!!str ", "!custom ",
      "?", "? ", "|", ">", "#", "'", "\"", "\\", "%YAML 1.1\n", "%TAG ! tag:x,2000:\n", "---\n", "...\n", "~", "null",
      "-1", "0", "99999999999999999999", "1e309", "-1e309", "0x1F", "0o17", ".nan", ".inf", "-.inf", "1_000",
      "NaN", "true", "off", "yes", "\u0000", "\u0007", "\uFEFF", "\r", "\r\n", "\u2028", "\uD800", "é", "\uD83D\uDE00",
      "10ms", "0s", "-5s", "100000000000h", "PT10S", "50%", "150%", "$5", "$-5", "rules", "budgets", "strands",
      "interval", "series.max", "measure.cpu", "config.file", "enabled", "- name: x\n", "period", "scope",
      "limit_usd", "thresholds", "for", "warning", "critical", "x".repeat(10_000));

  private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "config-fuzz");
    t.setDaemon(true);
    return t;
  });

  @AfterEach
  void stop() {
    loader.shutdownNow();
  }

  @Test
  void theValidBaseFileHasNoProblems(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("strandwatch.yaml");
    Files.write(file, VALID.getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(), load(file));
  }

  @Test
  void randomMutationsGiveSuccessOrClearProblemsOnly(@TempDir Path dir) throws Exception {
    Random random = new Random(SEED);
    Path file = dir.resolve("strandwatch.yaml");
    Pattern where = Pattern.compile(Pattern.quote(file.toString()) + "(:[1-9][0-9]*)?");
    int clean = 0;
    int withProblems = 0;
    int withLine = 0;
    for (int i = 0; i < ITERATIONS; i++) {
      String text = mutate(VALID, random);
      Files.write(file, text.getBytes(StandardCharsets.UTF_8));
      List<ConfigProblem> problems = loadWithin(file, i, text);
      if (problems.isEmpty()) {
        clean++;
        continue;
      }
      withProblems++;
      for (ConfigProblem p : problems) {
        String context = "iteration " + i + " (seed " + SEED + "): " + p + "\ninput:\n" + text;
        assertTrue(p.where() != null && where.matcher(p.where()).matches(), "names the file: " + context);
        assertTrue(p.message() != null && !p.message().isBlank(), "says what is wrong: " + context);
        assertTrue(p.key() == null || !p.key().isEmpty(), "key is absent or named: " + context);
        assertTrue(p.toString().indexOf('\n') < 0, "one line: " + context);
        if (p.where().length() > file.toString().length()) {
          withLine++;
        }
      }
    }
    System.out.printf("ConfigFuzzTest: %d iterations, %d without problems, %d with problems (%d problems with a "
        + "line)%n", ITERATIONS, clean, withProblems, withLine);
    // The mutations must exercise both outcomes, or this test proves nothing.
    assertTrue(clean >= ITERATIONS / 20, "clean: " + clean);
    assertTrue(withProblems >= ITERATIONS / 4, "with problems: " + withProblems);
    assertTrue(withLine >= ITERATIONS / 4, "with a line: " + withLine);
  }

  @Test
  void hostileFilesAreRejectedInBoundedTimeAndMemory(@TempDir Path dir) throws Exception {
    StringBuilder laughs = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 20; i++) {
      laughs.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        laughs.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      laughs.append("]\n");
    }
    String deep = "interval: " + "[".repeat(100_000);
    String huge = "interval: 10s\n# " + "x".repeat(5 * 1024 * 1024) + "\n";
    String nestedKeys = "a:\n" + nested(200);
    int i = 0;
    for (String hostile : List.of(laughs.toString(), deep, huge, nestedKeys)) {
      Path file = dir.resolve("hostile-" + i + ".yaml");
      Files.write(file, hostile.getBytes(StandardCharsets.UTF_8));
      List<ConfigProblem> problems = loadWithin(file, i, hostile.substring(0, Math.min(200, hostile.length())));
      assertEquals(1, problems.size(), "hostile file " + i + ": " + problems);
      assertTrue(problems.get(0).where().startsWith(file.toString()), problems.get(0).toString());
      i++;
    }
  }

  private static String nested(int depth) {
    StringBuilder b = new StringBuilder();
    for (int d = 1; d <= depth; d++) {
      b.append("  ".repeat(d)).append("k").append(d).append(":\n");
    }
    return b.append("  ".repeat(depth + 1)).append("v\n").toString();
  }

  private List<ConfigProblem> loadWithin(Path file, int iteration, String text) throws Exception {
    Future<List<ConfigProblem>> result = loader.submit(() -> load(file));
    try {
      return result.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      fail("loading took more than " + TIMEOUT_MILLIS + " ms: iteration " + iteration + " (seed " + SEED
          + ")\ninput:\n" + text);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new AssertionError("the loader threw: iteration " + iteration + " (seed " + SEED + ")\ninput:\n" + text,
          e.getCause());
    }
    return null;
  }

  /** The agent's own start-up path, minus installing anything. */
  static List<ConfigProblem> load(Path file) {
    AgentConfig config = AgentConfig.load("config.file=" + file, new Properties(), Collections.emptyMap());
    List<ConfigProblem> problems = new ArrayList<>(config.problems());
    RulesEngine.fromConfig(config, problems, line -> { });
    return problems;
  }

  static String mutate(String base, Random random) {
    String text = base;
    int mutations = 1 + random.nextInt(4);
    for (int m = 0; m < mutations; m++) {
      text = mutateOnce(text, random);
    }
    return text;
  }

  private static String mutateOnce(String text, Random random) {
    if (text.isEmpty()) {
      return token(random);
    }
    int at = random.nextInt(text.length());
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int line = random.nextInt(lines.size());
    switch (random.nextInt(9)) {
      case 0: // delete a range
        return text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(20)));
      case 1: // insert a token
        return text.substring(0, at) + token(random) + text.substring(at);
      case 2: // replace one character with any character
        return text.substring(0, at) + (char) random.nextInt(0x3000) + text.substring(at + 1);
      case 3: // duplicate a line (duplicate keys)
        lines.add(line, lines.get(line));
        return String.join("\n", lines);
      case 4: // swap two lines
        Collections.swap(lines, line, random.nextInt(lines.size()));
        return String.join("\n", lines);
      case 5: // re-indent a line
        String l = lines.get(line);
        lines.set(line, random.nextBoolean() ? " ".repeat(1 + random.nextInt(6)) + l : l.stripLeading());
        return String.join("\n", lines);
      case 6: // truncate
        return text.substring(0, at);
      case 7: // replace a value
        String v = lines.get(line);
        int colon = v.indexOf(": ");
        lines.set(line, (colon < 0 ? v : v.substring(0, colon + 2)) + token(random));
        return String.join("\n", lines);
      default: // replace a key
        String k = lines.get(line);
        int c = k.indexOf(':');
        String indent = k.substring(0, k.length() - k.stripLeading().length());
        lines.set(line, indent + token(random) + (c < 0 ? "" : k.substring(c)));
        return String.join("\n", lines);
    }
  }

  private static String token(Random random) {
    return TOKENS.get(random.nextInt(TOKENS.size()));
  }
}
