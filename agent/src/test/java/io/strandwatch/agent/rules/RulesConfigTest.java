package io.strandwatch.agent.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strandwatch.agent.config.ConfigProblem;
import io.strandwatch.agent.rules.budget.BudgetPeriod;
import io.strandwatch.agent.rules.budget.BudgetScope;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RulesConfigTest {

  static List<String> problems(String yaml) {
    List<ConfigProblem> problems = new ArrayList<>();
    Harness.parse(yaml, problems);
    // The temp file name differs per run: keep only "line: key: message".
    return problems.stream().map(p -> p.toString().replaceFirst("^[^:]*\\.yaml:", "cfg.yaml:"))
        .collect(Collectors.toList());
  }

  @Test
  void brokenFileReportsFileLineKeyAndWhatIsValid() {
    String yaml = String.join("\n",
        "rules:",                                     // 1
        "  eror_rate:",                               // 2
        "    warning: 0.2",                           // 3
        "  error_rate:",                              // 4
        "    warning: lots",                          // 5
        "    critcal: 0.5",                           // 6
        "  max_alerts_per_minute: 0",                 // 7
        "budgets:",                                   // 8
        "  - name: daily",                            // 9
        "    limit_usd: 50",                          // 10
        "    period: fortnight",                      // 11
        "  - name: team",                             // 12
        "    limit_usd: -3",                          // 13
        "    period: day",                            // 14
        "    scope: team",                            // 15
        "  - name: ok",                               // 16
        "    limit_usd: 5",                           // 17
        "    period: week",                           // 18
        "    time_zone: Mars/Olympus",                // 19
        "    thresholds: [50, lots]",                 // 20
        "strands:",                                   // 21
        "  checkout:",                                // 22
        "    rules:",                                 // 23
        "      budget: {enabled: false}",             // 24
        "      latency_threshold: {p99_limit: fast}", // 25
        "");
    assertEquals(List.of(
        "cfg.yaml:2: rules.eror_rate: unknown rule or setting; did you mean 'error_rate'? (rules: latency_regression,"
            + " latency_threshold, error_rate, error_budget_burn, provider_degraded, token_spike, cost_outlier,"
            + " runaway_strand, spend_spike, budget, budget_burn, cpu_regression, memory_regression, unpriced_model;"
            + " settings: max_alerts_per_minute, max_scopes, history_size, state_dir, print_alerts, time_zone)",
        "cfg.yaml:5: rules.error_rate.warning: \"lots\" is not a number; expected a ratio from 0.0001 to 1 such as"
            + " 0.25 or 25%; using the default 0.1",
        "cfg.yaml:6: rules.error_rate.critcal: unknown setting of error_rate; did you mean 'critical'? (valid:"
            + " enabled, for, clear_for, clear_ratio, repeat_interval, window, min_samples, warning, critical)",
        "cfg.yaml:7: rules.max_alerts_per_minute: \"0\" is not valid; expected a whole number from 1 to 10000;"
            + " using 30",
        "cfg.yaml:11: budgets[0].period: \"fortnight\" is not valid; expected one of hour, day, week, month",
        "cfg.yaml:13: budgets[1].limit_usd: \"-3\" is not valid; expected an amount in USD above 0, such as 50 or"
            + " 12.5",
        "cfg.yaml:15: budgets[1].scope: \"team\" is not valid; expected global, strand=NAME, model=ID,"
            + " provider=NAME or an attribute such as team=growth",
        "cfg.yaml:19: budgets[2].time_zone: \"Mars/Olympus\" is not valid; expected a time zone id such as UTC or"
            + " America/New_York",
        "cfg.yaml:20: budgets[2].thresholds: \"lots\" is not valid; expected whole percentages from 1 to 1000 such"
            + " as [50, 80, 100]; using [50, 80, 100]",
        "cfg.yaml:24: strands.checkout.rules.budget: is not per strand; set it under rules: (per-strand rules:"
            + " latency_regression, latency_threshold, error_rate, error_budget_burn, cost_outlier, runaway_strand,"
            + " spend_spike, cpu_regression, memory_regression)",
        "cfg.yaml:25: strands.checkout.rules.latency_threshold.p99_limit: \"fast\" is not a duration; expected a"
            + " duration from 1ms to 1d such as 30s, 10m or 4h; using the default unset"), problems(yaml));
  }

  /** Ten more kinds of mistakes, each message in full: the real file name, the line, the key, what is valid. */
  @Test
  void everyMessageNamesTheRealFileTheLineTheKeyAndTheValidValues(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("strandwatch.yaml");
    java.nio.file.Files.writeString(file, String.join("\n",
        "rules:",                                                   // 1
        "  print_alerts: yes please",                               // 2
        "  history_size: 5",                                        // 3
        "  cost_outlier: lots",                                     // 4
        "  runaway_strand:",                                        // 5
        "    enabled: maybe",                                       // 6
        "    max_cost_usd: five dollars",                           // 7
        "    max_llm_calls: 2.5",                                   // 8
        "    for: 2d",                                              // 9
        "    clear_ratio: 0.05",                                    // 10
        "    max_duration: [1h]",                                   // 11
        "budgets:",                                                 // 12
        "  - {name: a, limit: 5, period: day}",                     // 13
        "  - {name: a, limit_usd: 5, period: day}",                 // 14
        "  - {name: b, limit_usd: 5, period: day, thresholds: 80}", // 15
        "strands:",                                                 // 16
        "  checkout:",                                              // 17
        "    rules:",                                               // 18
        "      eror_rate: {warning: 1%}",                           // 19
        ""));
    java.util.Properties p = new java.util.Properties();
    p.setProperty("strandwatch.config.file", file.toString());
    io.strandwatch.agent.config.AgentConfig config = io.strandwatch.agent.config.AgentConfig.load(null, p,
        java.util.Map.of());
    List<ConfigProblem> problems = new ArrayList<>(config.problems());
    RulesConfig.parse(config, problems);
    String f = file.toString();
    String runaway = " (enabled, for, clear_for, clear_ratio, repeat_interval, max_llm_calls, max_input_tokens,"
        + " max_output_tokens, max_cost_usd, max_duration)";
    assertEquals(List.of(
        f + ":2: rules.print_alerts: \"yes please\" is not valid; expected true or false",
        f + ":3: rules.history_size: \"5\" is not valid; expected a whole number from 10 to 1000000; using 500",
        f + ":4: rules.cost_outlier: \"lots\" is not valid; expected true, false or a mapping of settings (enabled,"
            + " for, clear_for, clear_ratio, repeat_interval, median_factor, floor_usd, baseline_min_samples, warmup,"
            + " baseline_half_life)",
        f + ":6: rules.runaway_strand.enabled: \"maybe\" is not a boolean; expected true or false; using the default"
            + " true",
        f + ":7: rules.runaway_strand.max_cost_usd: \"five dollars\" is not a number; expected an amount in USD from"
            + " 0 to 1000000000 such as 0.50; using the default 5",
        f + ":8: rules.runaway_strand.max_llm_calls: \"2.5\" is not a whole number; expected a whole number from 1"
            + " to 1000000; using the default 50",
        f + ":9: rules.runaway_strand.for: \"2d\" is out of range; expected a duration from 0s to 1d such as 30s,"
            + " 10m or 4h; using the default 0s",
        f + ":10: rules.runaway_strand.clear_ratio: \"0.05\" is out of range; expected a ratio from 0.1 to 1 such"
            + " as 0.25 or 25%; using the default 0.8",
        f + ":11: rules.runaway_strand.max_duration: expected a single value, not a list or mapping",
        f + ":13: budgets[0].limit: unknown key; did you mean 'limit_usd'? (valid: name, limit_usd, period, scope,"
            + " time_zone, thresholds)",
        f + ":13: budgets[0].limit_usd: is missing; expected an amount in USD above 0, such as 50",
        f + ":15: budgets[2].thresholds: expected a list of percentages such as [50, 80, 100]; using [50, 80, 100]",
        f + ":19: strands.checkout.rules.eror_rate: unknown rule; did you mean 'error_rate'? (per-strand rules:"
            + " latency_regression, latency_threshold, error_rate, error_budget_burn, cost_outlier, runaway_strand,"
            + " spend_spike, cpu_regression, memory_regression)"),
        problems.stream().map(ConfigProblem::toString).collect(Collectors.toList()));
  }

  @Test
  void aDuplicateBudgetNameIsReportedAndTheSecondSkipped() {
    assertEquals(List.of("cfg.yaml:3: budgets[1].name: \"a\" is used by another budget; expected a unique name"
        + " (the budget is skipped)"), problems("budgets:\n  - {name: a, limit_usd: 5, period: day}\n"
        + "  - {name: a, limit_usd: 9, period: week}\n"));
  }

  @Test
  void validFileParsesWithDefaultsAndOverrides() {
    List<ConfigProblem> problems = new ArrayList<>();
    RulesConfig c = Harness.parse(String.join("\n",
        "rules:",
        "  time_zone: America/New_York",
        "  max_alerts_per_minute: 10",
        "  state_dir: /var/lib/strandwatch",
        "  cpu_regression: false",
        "  error_rate: {warning: 5%, for: 2m}",
        "budgets:",
        "  - {name: growth, limit_usd: 200, period: month, scope: team=growth, thresholds: [90, 50]}",
        "  - {limit_usd: 10, period: hour}",
        "strands:",
        "  checkout:",
        "    sampling: 5",
        "    rules:",
        "      error_rate: {critical: 0.5}",
        ""), problems);
    assertEquals(List.of(), problems);
    assertEquals(10, c.maxAlertsPerMinute());
    assertEquals("/var/lib/strandwatch", c.stateDir().toString());
    assertEquals(false, c.rule("cpu_regression").enabledAnywhere());
    RuleSettings er = c.rule("error_rate");
    assertEquals(0.05, er.get(ErrorRateRule.WARNING, "other"));
    assertEquals(0.05, er.get(ErrorRateRule.WARNING, "checkout"));
    assertEquals(0.25, er.get(ErrorRateRule.CRITICAL, "other"));
    assertEquals(0.5, er.get(ErrorRateRule.CRITICAL, "checkout"));
    assertEquals(120_000L, er.timing("checkout").forMillis());
    assertEquals(2, c.budgets().size());
    assertEquals(List.of(50, 90), c.budgets().get(0).thresholdsPercent());
    assertEquals(BudgetScope.Kind.ATTRIBUTE, c.budgets().get(0).scope().kind());
    assertEquals(ZoneId.of("America/New_York"), c.budgets().get(0).zone());
    assertEquals("budget-2", c.budgets().get(1).name());
    assertEquals(BudgetPeriod.HOUR, c.budgets().get(1).period());
    assertEquals(List.of(50, 80, 100), c.budgets().get(1).thresholdsPercent());
  }

  @Test
  void missingRequiredBudgetKeys() {
    assertEquals(List.of("cfg.yaml:2: budgets[0].limit_usd: is missing; expected an amount in USD above 0, such as"
        + " 50"), problems("budgets:\n  - {name: a, period: day}\n"));
    assertEquals(List.of("cfg.yaml:1: budgets: expected a list of budgets, each with limit_usd, period and scope"),
        problems("budgets: 5\n"));
  }
}
