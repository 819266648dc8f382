package io.strandwatch.agent.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strandwatch.bridge.model.LlmCallSeriesSnapshot;
import io.strandwatch.bridge.model.LlmUsage;
import io.strandwatch.bridge.model.Measure;
import io.strandwatch.bridge.model.MetricsSnapshot;
import io.strandwatch.bridge.model.StrandSeriesSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/**
 * The false-positive test: a whole simulated day of steady but noisy traffic (log-normal latencies, 1 % errors,
 * variable tokens, cost, CPU and allocation, every rule at its defaults, a budget the day's spend of about $1,550
 * stays well within) raises no alert.
 */
class NoisyDayTest {

  private static final long MS = Data.MS;
  private final Random random = new Random(20251106L);

  @Test
  void aSteadyNoisyDayFiresNoAlertAtAll() {
    Harness h = new Harness("budgets:\n  - name: daily\n    limit_usd: 5000\n    period: day\n");
    assertEquals(List.of(), h.problems);
    h.minutes(0, 24 * 60, minute -> minuteOfTraffic());
    assertEquals(List.of(), h.transitions());
  }

  private MetricsSnapshot minuteOfTraffic() {
    List<StrandSeriesSnapshot> strands = new ArrayList<>();
    List<LlmCallSeriesSnapshot> calls = new ArrayList<>();
    strand(strands, "checkout", 60, 800 * MS, 2, 1200);
    strand(strands, "research", 30, 4_000 * MS, 4, 3000);
    strand(strands, "summarize", 90, 300 * MS, 1, 600);
    call(calls, "openai", "gpt-4o", 240);
    call(calls, "anthropic", "claude-sonnet-4-5", 120);
    return new MetricsSnapshot(0, 0, strands, calls);
  }

  /** About {@code n} executions with log-normal latency around {@code median}, 1 % of them failing. */
  private void strand(List<StrandSeriesSnapshot> out, String name, int n, long median, int callsEach,
      int tokensEach) {
    int executions = n + random.nextInt(n / 5 + 1) - n / 10;
    int errors = 0;
    for (int i = 0; i < executions; i++) {
      if (random.nextDouble() < 0.01) {
        errors++;
      }
    }
    out.add(series(name, executions - errors, median, callsEach, tokensEach, StrandSeriesSnapshot.OK));
    if (errors > 0) {
      out.add(series(name, errors, median, callsEach, tokensEach, StrandSeriesSnapshot.ERROR));
    }
  }

  private StrandSeriesSnapshot series(String name, int n, long median, int callsEach, int tokensEach,
      String outcome) {
    Histogram duration = new Histogram(2);
    Histogram cpu = new Histogram(2);
    Histogram allocated = new Histogram(2);
    Histogram llmCalls = new Histogram(2);
    Histogram input = new Histogram(2);
    Histogram cost = new Histogram(2);
    long sd = 0;
    long sc = 0;
    long sa = 0;
    long sk = 0;
    long si = 0;
    long sp = 0;
    for (int i = 0; i < n; i++) {
      long d = logNormal(median, 0.35);
      long c = logNormal(median / 20, 0.3);
      long a = logNormal(2_000_000, 0.3);
      long k = callsEach + (random.nextInt(3) - 1 > 0 ? 1 : 0);
      long t = logNormal(tokensEach, 0.4);
      long p = t * 2_500_000L + 300 * 10_000_000L;
      duration.recordValue(d);
      cpu.recordValue(c);
      allocated.recordValue(a);
      llmCalls.recordValue(k);
      input.recordValue(t);
      cost.recordValue(p);
      sd += d;
      sc += c;
      sa += a;
      sk += k;
      si += t;
      sp += p;
    }
    LlmUsage usage = new LlmUsage(new Measure(llmCalls, n, sk, 0), new Measure(input, n, si, 0), Measure.EMPTY,
        Measure.EMPTY, Measure.EMPTY, Measure.EMPTY, new Measure(cost, n, sp, 0));
    return new StrandSeriesSnapshot(name, Map.of("team", "growth"), outcome,
        StrandSeriesSnapshot.ERROR.equals(outcome) ? "java.io.IOException" : null, new Measure(duration, n, sd, 0),
        new Measure(cpu, n, sc, 0), new Measure(allocated, n, sa, 0), usage);
  }

  private void call(List<LlmCallSeriesSnapshot> out, String provider, String model, int n) {
    int failed = 0;
    for (int i = 0; i < n; i++) {
      if (random.nextDouble() < 0.01) {
        failed++;
      }
    }
    out.add(callSeries(provider, model, n - failed, null));
    if (failed > 0) {
      out.add(callSeries(provider, model, failed, "http_5xx"));
    }
  }

  private LlmCallSeriesSnapshot callSeries(String provider, String model, int n, String errorType) {
    Histogram duration = new Histogram(2);
    Histogram input = new Histogram(2);
    Histogram cost = new Histogram(2);
    long sd = 0;
    long si = 0;
    long sp = 0;
    for (int i = 0; i < n; i++) {
      long d = logNormal(600 * MS, 0.4);
      long t = errorType == null ? logNormal(1200, 0.4) : 0;
      long p = t * 2_500_000L;
      duration.recordValue(d);
      sd += d;
      if (errorType == null) {
        input.recordValue(t);
        cost.recordValue(p);
        si += t;
        sp += p;
      }
    }
    long priced = errorType == null ? n : 0;
    LlmUsage usage = new LlmUsage(new Measure(null, n, n, 0), new Measure(priced == 0 ? null : input, priced, si, 0),
        Measure.EMPTY, Measure.EMPTY, Measure.EMPTY, Measure.EMPTY,
        new Measure(priced == 0 ? null : cost, priced, sp, 0));
    return new LlmCallSeriesSnapshot(provider, "chat", model, model, "api.example.com", 443, null, errorType,
        new Measure(duration, n, sd, 0), Measure.EMPTY, usage);
  }

  private long logNormal(long median, double sigma) {
    return Math.max(1, Math.round(median * Math.exp(sigma * random.nextGaussian())));
  }
}
