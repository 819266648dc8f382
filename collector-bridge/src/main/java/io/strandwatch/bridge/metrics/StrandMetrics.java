package io.strandwatch.bridge.metrics;

import java.util.List;

/** The histograms the bridge exports; docs/metrics.md describes each one. */
public final class StrandMetrics {

  private static final int NANOS_TO_SECONDS = 9;
  private static final int PICO_USD_TO_USD = 12;

  /** The GenAI semantic conventions' advised boundaries for durations, in seconds. */
  public static final List<Double> DURATION_BOUNDARIES = List.of(0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28,
      2.56, 5.12, 10.24, 20.48, 40.96, 81.92);

  /** The GenAI semantic conventions' advised boundaries for token counts. */
  public static final List<Double> TOKEN_BOUNDARIES = List.of(1d, 4d, 16d, 64d, 256d, 1024d, 4096d, 16384d,
      65536d, 262144d, 1048576d, 4194304d, 16777216d, 67108864d);

  /** Powers of four from 1 KiB to 4 GiB: allocation per unit of work spans that range in practice. */
  public static final List<Double> BYTE_BOUNDARIES = List.of(1024d, 4096d, 16384d, 65536d, 262144d, 1048576d,
      4194304d, 16777216d, 67108864d, 268435456d, 1073741824d, 4294967296d);

  /** 1-2.5-5 steps from a micro-dollar (a cached embedding) to 10 USD (a long agent run). */
  public static final List<Double> COST_BOUNDARIES = List.of(0.000001, 0.00001, 0.0001, 0.00025, 0.0005, 0.001,
      0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1d, 2.5, 5d, 10d);

  /** Zero gets its own bucket: a strand execution that made no LLM call is worth seeing. */
  public static final List<Double> CALL_BOUNDARIES = List.of(0d, 1d, 2d, 4d, 8d, 16d, 32d, 64d, 128d, 256d);

  public static final MetricSpec STRAND_DURATION = new MetricSpec("strand.duration",
      "Wall time of one strand execution.", "s", NANOS_TO_SECONDS, DURATION_BOUNDARIES);
  public static final MetricSpec STRAND_CPU_TIME = new MetricSpec("strand.cpu.time",
      "Thread CPU time of one strand execution.", "s", NANOS_TO_SECONDS, DURATION_BOUNDARIES);
  public static final MetricSpec STRAND_MEMORY_ALLOCATED = new MetricSpec("strand.memory.allocated",
      "Bytes allocated by the executing thread during one strand execution.", "By", 0, BYTE_BOUNDARIES);
  public static final MetricSpec STRAND_TOKEN_USAGE = new MetricSpec("strand.token.usage",
      "LLM tokens used by one strand execution, nested strands included.", "{token}", 0, TOKEN_BOUNDARIES);
  public static final MetricSpec STRAND_COST = new MetricSpec("strand.cost",
      "LLM cost of one strand execution, nested strands included.", "{USD}", PICO_USD_TO_USD, COST_BOUNDARIES);
  public static final MetricSpec STRAND_LLM_CALLS = new MetricSpec("strand.llm.calls",
      "LLM calls made by one strand execution, nested strands included.", "{call}", 0, CALL_BOUNDARIES);

  public static final MetricSpec GEN_AI_DURATION = new MetricSpec("gen_ai.client.operation.duration",
      "GenAI operation duration.", "s", NANOS_TO_SECONDS, DURATION_BOUNDARIES);
  public static final MetricSpec GEN_AI_TOKEN_USAGE = new MetricSpec("gen_ai.client.token.usage",
      "Number of input and output tokens used.", "{token}", 0, TOKEN_BOUNDARIES);
  public static final MetricSpec GEN_AI_TIME_TO_FIRST_CHUNK = new MetricSpec(
      "gen_ai.client.operation.time_to_first_chunk", "Time to receive the first chunk of a streamed response.",
      "s", NANOS_TO_SECONDS, DURATION_BOUNDARIES);
  public static final MetricSpec GEN_AI_COST = new MetricSpec("gen_ai.client.operation.cost",
      "Cost of one GenAI operation at the configured prices.", "{USD}", PICO_USD_TO_USD, COST_BOUNDARIES);

  /** In export order. */
  public static final List<MetricSpec> ALL = List.of(STRAND_DURATION, STRAND_CPU_TIME, STRAND_MEMORY_ALLOCATED,
      STRAND_TOKEN_USAGE, STRAND_COST, STRAND_LLM_CALLS, GEN_AI_DURATION, GEN_AI_TOKEN_USAGE,
      GEN_AI_TIME_TO_FIRST_CHUNK, GEN_AI_COST);

  public static final String ALERTS_NAME = "strandwatch.alerts";
  public static final String ALERTS_UNIT = "{alert}";
  public static final String ALERTS_DESCRIPTION = "Alerts that started firing.";

  private StrandMetrics() {}
}
