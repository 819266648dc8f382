package io.strandwatch.agent.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strandwatch.bridge.model.LlmCallSeriesSnapshot;
import io.strandwatch.bridge.model.LlmUsage;
import io.strandwatch.bridge.model.Measure;
import io.strandwatch.bridge.model.MetricsSnapshot;
import io.strandwatch.bridge.model.StrandSeriesSnapshot;
import io.strandwatch.agent.config.ConfigProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/**
 * The false-positive test: a whole simulated day of steady but noisy traffic (log-normal latencies, CPU and
 * allocation, 1 % failed executions and calls, variable input and output tokens and so cost) raises no alert,
 * with every one of the 14 rules armed: the static rules that are off by default are configured
 * (latency_threshold, error_budget_burn), and there are budgets of every period and scope kind. The second test
 * proves the rules were listening: the same traffic with one incident per rule fires all 14.
 */
class NoisyDayTest {

  /**
   * Every rule on, every budget scope and period. The day's spend (about $95 an hour on openai, $48 on
   * anthropic, $3,400 in all; strand executions about $1,600) stays under 50 % of each budget and projects
   * under 80 % of it.
   */
  static final String CONFIG = String.join("\n",
      "budgets:",
      "  - {name: daily, limit_usd: 10000, period: day}",
      "  - {name: openai-hourly, limit_usd: 250, period: hour, scope: provider=openai}",
      "  - {name: gpt-4o-monthly, limit_usd: 40000, period: month, scope: model=gpt-4o}",
      "  - {name: growth-weekly, limit_usd: 20000, period: week, scope: team=growth}",
      "  - {name: checkout-daily, limit_usd: 2000, period: day, scope: strand=checkout}",
      "strands:",
      "  checkout:",
      "    rules:",
      "      latency_threshold: {p99_limit: 5s}",
      "      error_budget_burn: {slo: 0.99}",
      "  research:",
      "    rules:",
      "      latency_threshold: {p99_limit: 20s}",
      "      error_budget_burn: {slo: 0.98}",
      "");

  /** The traffic of one minute; the fields are the incidents, all off for a steady day. */
  static final class Traffic {
    private final Random random = new Random(20251106L);
    double researchSlowdown = 1;
    double checkoutErrors = 0.01;
    double anthropicFailures = 0.01;
    double gpt4oTokens = 1;
    double summarizeCpuAndAllocation = 1;
    boolean runawayExecution;
    boolean expensiveExecution;
    boolean unpricedCalls;

    MetricsSnapshot minute() {
      List<StrandSeriesSnapshot> strands = new ArrayList<>();
      List<LlmCallSeriesSnapshot> calls = new ArrayList<>();
      strand(strands, "checkout", 60, 800 * Data.MS, 2, 1200, checkoutErrors, 1);
      strand(strands, "research", 30, Math.round(4_000 * Data.MS * researchSlowdown), 4, 3000, 0.01, 1);
      strand(strands, "summarize", 90, 300 * Data.MS, 1, 600, 0.01, summarizeCpuAndAllocation);
      call(calls, "openai", "gpt-4o", "research", 240, 1200 * gpt4oTokens, 0.01);
      call(calls, "anthropic", "claude-sonnet-4-5", "summarize", 120, 1200, anthropicFailures);
      if (runawayExecution) {
        strands.add(Data.strand("research", 1, 30 * Data.SECOND).calls(80).build());
      }
      if (expensiveExecution) {
        strands.add(Data.strand("summarize", 1, 300 * Data.MS).cost(100 * Data.CENT).build());
      }
      if (unpricedCalls) {
        calls.add(Data.call("openai", "gpt-9-preview", "research", 5, null, 1000, 0, 5));
      }
      return new MetricsSnapshot(0, 0, strands, calls);
    }

    /** About {@code n} executions with log-normal latency around {@code median}, {@code errors} of them failing. */
    private void strand(List<StrandSeriesSnapshot> out, String name, int n, long median, int callsEach,
        int tokensEach, double errorRatio, double resourceFactor) {
      int executions = n + random.nextInt(n / 5 + 1) - n / 10;
      int errors = 0;
      for (int i = 0; i < executions; i++) {
        if (random.nextDouble() < errorRatio) {
          errors++;
        }
      }
      out.add(series(name, executions - errors, median, callsEach, tokensEach, resourceFactor,
          StrandSeriesSnapshot.OK));
      if (errors > 0) {
        out.add(series(name, errors, median, callsEach, tokensEach, resourceFactor, StrandSeriesSnapshot.ERROR));
      }
    }

    private StrandSeriesSnapshot series(String name, int n, long median, int callsEach, int tokensEach,
        double resourceFactor, String outcome) {
      Values duration = new Values();
      Values cpu = new Values();
      Values allocated = new Values();
      Values llmCalls = new Values();
      Values input = new Values();
      Values cost = new Values();
      for (int i = 0; i < n; i++) {
        duration.add(logNormal(median, 0.35));
        cpu.add(logNormal(Math.round(median / 20 * resourceFactor), 0.3));
        allocated.add(logNormal(Math.round(2_000_000 * resourceFactor), 0.3));
        llmCalls.add(callsEach + (random.nextInt(3) - 1 > 0 ? 1 : 0));
        long t = logNormal(tokensEach, 0.4);
        input.add(t);
        cost.add(t * 2_500_000L + 300 * 10_000_000L);
      }
      LlmUsage usage = new LlmUsage(llmCalls.measure(), input.measure(), Measure.EMPTY, Measure.EMPTY,
          Measure.EMPTY, Measure.EMPTY, cost.measure());
      return new StrandSeriesSnapshot(name, Map.of("team", "growth"), outcome,
          StrandSeriesSnapshot.ERROR.equals(outcome) ? "java.io.IOException" : null, duration.measure(),
          cpu.measure(), allocated.measure(), usage);
    }

    private void call(List<LlmCallSeriesSnapshot> out, String provider, String model, String strand, int n,
        double tokensEach, double failureRatio) {
      int failed = 0;
      for (int i = 0; i < n; i++) {
        if (random.nextDouble() < failureRatio) {
          failed++;
        }
      }
      out.add(callSeries(provider, model, strand, n - failed, tokensEach, null));
      if (failed > 0) {
        out.add(callSeries(provider, model, strand, failed, tokensEach, "http_5xx"));
      }
    }

    /** Successful calls have log-normal input (sigma 0.4) and output (sigma 0.5) tokens; failed ones no usage. */
    private LlmCallSeriesSnapshot callSeries(String provider, String model, String strand, int n,
        double tokensEach, String errorType) {
      Values duration = new Values();
      Values input = new Values();
      Values output = new Values();
      Values cost = new Values();
      for (int i = 0; i < n; i++) {
        duration.add(logNormal(600 * Data.MS, 0.4));
        if (errorType == null) {
          long t = logNormal(Math.round(tokensEach), 0.4);
          long o = logNormal(300, 0.5);
          input.add(t);
          output.add(o);
          cost.add(t * 2_500_000L + o * 10_000_000L);
        }
      }
      LlmUsage usage = new LlmUsage(new Measure(null, n, n, 0), input.measure(), output.measure(), Measure.EMPTY,
          Measure.EMPTY, Measure.EMPTY, cost.measure());
      return new LlmCallSeriesSnapshot(provider, "chat", model, model, "api.example.com", 443, strand, errorType,
          duration.measure(), Measure.EMPTY, usage);
    }

    private long logNormal(long median, double sigma) {
      return Math.max(1, Math.round(median * Math.exp(sigma * random.nextGaussian())));
    }
  }

  /** Per-execution values of one measure: their histogram and exact sum. */
  static final class Values {
    private final Histogram histogram = new Histogram(2);
    private long sum;

    void add(long v) {
      histogram.recordValue(v);
      sum += v;
    }

    Measure measure() {
      long n = histogram.getTotalCount();
      return new Measure(n == 0 ? null : histogram, n, sum, 0);
    }
  }

  @Test
  void aSteadyNoisyDayFiresNoAlertAtAll() {
    List<ConfigProblem> problems = new ArrayList<>();
    RulesConfig config = Harness.parse(CONFIG, problems);
    assertEquals(List.of(), problems);
    for (RuleSpec spec : RuleCatalog.SPECS) {
      assertEquals(true, config.rule(spec.id()).enabledAnywhere(), spec.id());
    }
    Harness h = new Harness(CONFIG);
    Traffic traffic = new Traffic();
    h.minutes(0, 24 * 60, minute -> traffic.minute());
    assertEquals(List.of(), h.transitions());
    assertEquals(List.of(), h.engine.lifecycle().tracked().stream().map(a -> a.key() + " " + a.phase())
        .collect(java.util.stream.Collectors.toList()), "not even pending");
  }

  @Test
  void theSameTrafficWithOneIncidentPerRuleFiresEveryRule() {
    Harness h = new Harness(CONFIG);
    Traffic traffic = new Traffic();
    // Three quiet hours: the adaptive rules' baselines warm up (1 h and their sample counts).
    h.minutes(0, 180, minute -> traffic.minute());
    assertEquals(List.of(), h.transitions());
    traffic.researchSlowdown = 3;            // latency_regression, latency_threshold (p99 27 s > 20 s); and
                                             // cpu_regression on research, whose CPU scales with its duration
    traffic.checkoutErrors = 0.3;            // error_rate, error_budget_burn
    traffic.anthropicFailures = 0.4;         // provider_degraded
    traffic.gpt4oTokens = 10;                // token_spike; spend_spike (3.9x); openai-hourly budget, budget_burn
    traffic.summarizeCpuAndAllocation = 1.5; // cpu_regression, memory_regression
    traffic.runawayExecution = true;         // runaway_strand
    traffic.expensiveExecution = true;       // cost_outlier
    traffic.unpricedCalls = true;            // unpriced_model
    h.minutes(181, 240, minute -> traffic.minute());
    TreeSet<String> fired = new TreeSet<>();
    h.events.forEach(e -> fired.add(e.rule()));
    assertEquals(new TreeSet<>(RuleCatalog.ids()), fired, h.transitions().toString());
  }
}
