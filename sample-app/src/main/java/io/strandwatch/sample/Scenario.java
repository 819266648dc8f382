package io.strandwatch.sample;

import io.strandwatch.simulator.Behavior;
import io.strandwatch.simulator.LlmSimulator;
import io.strandwatch.simulator.TokenUsage;
import java.time.Duration;

/**
 * The scripted demo: a steady phase, then the writer model slows down, the research provider has an error
 * burst, one runaway strand happens, and spend crosses the demo budget. Phases are fractions of the run.
 */
final class Scenario {

  private final LlmSimulator simulator;
  private final long startNanos = System.nanoTime();
  private final long runNanos;
  private int phase = -1;
  private boolean runawayDone;

  Scenario(LlmSimulator simulator, Duration runFor) {
    this.simulator = simulator;
    this.runNanos = runFor.toNanos();
    advance();
  }

  /** Switches the simulator's behaviour when the run enters the next phase. */
  void advance() {
    double f = (double) (System.nanoTime() - startNanos) / runNanos;
    int now = f < 0.35 ? 0 : f < 0.55 ? 1 : f < 0.7 ? 2 : 3;
    if (now == phase) {
      return;
    }
    phase = now;
    // The simulator answers with the first matching rule: phase rules go in before the steady ones.
    simulator.reset();
    if (now == 1) {
      System.out.println("scenario: the writer model slows down");
      simulator.when(m -> ResearchAssistant.WRITER_MODEL.equals(m),
          usage(2400, 900).toBuilder().firstByteLatency(Duration.ofMillis(400)).build());
    } else if (now == 2) {
      System.out.println("scenario: the research provider returns errors");
      simulator.when(m -> m != null && m.startsWith("claude"), Behavior.error(500));
    } else if (now == 3) {
      System.out.println("scenario: back to normal");
    }
    steady();
  }

  /** True once, in the middle of the run. */
  boolean runawayDue() {
    if (!runawayDone && phase >= 1) {
      runawayDone = true;
      System.out.println("scenario: one deep dive runs away");
      return true;
    }
    return false;
  }

  private void steady() {
    simulator.setDefault(usage(400, 120));
    simulator.when(m -> m != null && m.startsWith("claude"), usage(1800, 450).toBuilder()
        .usage(TokenUsage.of(1800, 450, 300, 0, 0)).build());
    simulator.when(m -> ResearchAssistant.WRITER_MODEL.equals(m), usage(2400, 900));
  }

  private static Behavior usage(int input, int output) {
    return Behavior.builder().usage(input, output).firstByteLatency(Duration.ofMillis(15))
        .chunkDelay(Duration.ofMillis(2)).build();
  }
}
