package io.strandwatch.bench.memory;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs 1,000 strands x 3 outcomes (ok and two exception types) for a few snapshot intervals, then LLM calls for
 * 20 models, and records the live heap before, after the strands and after the LLM calls. Run once with and once
 * without the agent: the difference between the two runs' growth is what the agent retains.
 *
 * <p>Usage: {@code MemoryProbe <label> <results.csv> <histogram-prefix> <interval-ms>}; class histograms go to
 * {@code <histogram-prefix>-before.txt} and {@code -after.txt}; the agent's snapshot
 * interval must be shorter than interval-ms so every round is drained into snapshots, totals and rule windows.
 */
public final class MemoryProbe {

  static final int STRANDS = 1000;
  static final int MODELS = 20;
  private static final int ROUNDS = 3;
  private static final int CALLS_PER_SERIES_AND_ROUND = 10;
  private static final int[] OUTCOMES = {StrandBody.OK, StrandBody.STATE_ERROR, StrandBody.ARGUMENT_ERROR};

  private MemoryProbe() {}

  public static void main(String[] args) throws Exception {
    String label = args[0];
    Path results = Paths.get(args[1]);
    String histogram = args[2];
    long settleMillis = Long.parseLong(args[3]);

    long before = HeapMeter.usedAfterGc();
    Files.write(Paths.get(histogram + "-before.txt"), HeapMeter.classHistogram().getBytes(StandardCharsets.UTF_8));
    GeneratedStrands strands = GeneratedStrands.load(STRANDS);
    for (int round = 0; round < ROUNDS; round++) {
      runStrands(strands);
      Thread.sleep(settleMillis);
    }
    Thread.sleep(settleMillis);
    long afterStrands = HeapMeter.usedAfterGc();

    LlmTraffic llm = LlmTraffic.ofRunningAgent();
    for (int round = 0; llm != null && round < ROUNDS; round++) {
      runLlmCalls(llm);
      Thread.sleep(settleMillis);
    }
    Thread.sleep(settleMillis);
    long afterLlm = HeapMeter.usedAfterGc();

    boolean header = !Files.exists(results);
    try (PrintStream out = new PrintStream(Files.newOutputStream(results, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND), true, StandardCharsets.UTF_8)) {
      if (header) {
        out.println("config,strand_series,llm_series,heap_before,heap_after_strands,heap_after_llm");
      }
      out.println(label + "," + STRANDS * OUTCOMES.length + "," + (llm == null ? 0 : MODELS) + "," + before + ","
          + afterStrands + "," + afterLlm);
    }
    Files.write(Paths.get(histogram + "-after.txt"), HeapMeter.classHistogram().getBytes(StandardCharsets.UTF_8));
    // Keeps the generated class reachable until the last measurement in both runs alike.
    System.out.println(label + ": " + strands.count() + " strands run");
  }

  private static void runStrands(GeneratedStrands strands) throws IllegalAccessException {
    for (int i = 0; i < strands.count(); i++) {
      for (int outcome : OUTCOMES) {
        for (int call = 0; call < CALLS_PER_SERIES_AND_ROUND; call++) {
          strands.run(i, outcome);
        }
      }
    }
  }

  private static void runLlmCalls(LlmTraffic llm) throws ReflectiveOperationException {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int m = 0; m < MODELS; m++) {
      for (int call = 0; call < CALLS_PER_SERIES_AND_ROUND; call++) {
        llm.call("bench-model-" + m, random.nextLong(10, 100_000), random.nextLong(1, 4_000));
      }
    }
  }
}
