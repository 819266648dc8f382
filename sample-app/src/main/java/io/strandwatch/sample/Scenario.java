package io.strandwatch.sample;

import io.strandwatch.simulator.Behavior;
import io.strandwatch.simulator.LlmSimulator;
import io.strandwatch.simulator.TokenUsage;
import java.time.Duration;
import java.time.Instant;

/**
 * The scripted demo: a steady phase, then the writer model slows down, the research provider has an error
 * burst, one deep dive runs away, and spend crosses the demo budget.
 *
 * <p>The timeline follows the wall clock, because {@code latency_regression} learns its baseline from closed
 * calendar minutes: the writer slows down at the first minute boundary at least {@link #MIN_STEADY} after the
 * start, so the closed minute before it holds only steady executions. The slow minute's alerts clear at the next
 * boundary (plus {@code clear_for}); the run ends {@link #TAIL} after the slowdown if that fits in the run,
 * otherwise the error burst moves into the long steady phase and the latency alert may still be firing at exit.
 */
final class Scenario {

  /**
   * Steady traffic before the slowdown: the baseline needs well over 10 writer executions (about 6 a second once
   * the first question, slow with class loading, is done).
   */
  static final Duration MIN_STEADY = Duration.ofSeconds(12);
  /** Long enough for 20 slow writer executions (min_samples) on a loaded machine. */
  static final Duration SLOW = Duration.ofSeconds(30);
  static final Duration ERRORS = Duration.ofSeconds(12);
  /**
   * Slowdown start to end of run: the slow minute closes, the next evaluation (every 2 s) finds it clear, and
   * alerts clear for 10 s (demo-config.yaml), so they resolve by 72 s.
   */
  static final Duration TAIL = Duration.ofSeconds(74);
  /** With a long steady phase, the error burst starts this long after the start. */
  static final Duration EARLY_ERRORS = Duration.ofSeconds(12);

  /** The timeline in epoch milliseconds; {@code aligned} is false for runs too short for a closed minute. */
  record Plan(long start, long slowAt, long slowUntil, long errorsAt, long errorsUntil, long end,
      boolean aligned) {

    String describe() {
      String slow = at(slowAt) + " the writer model slows down, " + at(slowUntil) + " writer back to normal";
      String errors = at(errorsAt) + " the research provider returns errors, " + at(errorsUntil) + " back to normal";
      return "timeline " + at(start) + " steady, " + (errorsAt < slowAt ? errors + ", " + slow : slow + ", " + errors)
          + ", " + at(end) + " end" + (aligned ? "" : " (too short to learn a latency baseline from a closed minute)");
    }
  }

  private enum Phase { STEADY, SLOW, ERRORS, NORMAL }

  private final LlmSimulator simulator;
  private final Plan plan;
  private Phase phase;
  private boolean runawayDone;

  Scenario(LlmSimulator simulator, Duration maxRun) {
    this.simulator = simulator;
    this.plan = plan(System.currentTimeMillis(), maxRun.toMillis());
    System.out.println("scenario: " + plan.describe());
    advance(0);
  }

  /**
   * Lays the scenario out from the start time: slowdown at the first minute boundary at least MIN_STEADY in,
   * then errors, ending TAIL after the slowdown; if that is too long, errors first and the run ends at the
   * limit; if even the slow phase does not fit, phases as fractions of the run (no latency regression).
   */
  static Plan plan(long start, long maxRunMillis) {
    long limit = start + maxRunMillis;
    long boundary = Math.floorDiv(start + MIN_STEADY.toMillis() + 59_999, 60_000L) * 60_000L;
    long slowUntil = boundary + SLOW.toMillis();
    if (boundary + TAIL.toMillis() <= limit) {
      return new Plan(start, boundary, slowUntil, slowUntil, slowUntil + ERRORS.toMillis(),
          boundary + TAIL.toMillis(), true);
    }
    long errorsAt = start + EARLY_ERRORS.toMillis();
    long errorsUntil = errorsAt + ERRORS.toMillis();
    // errors, the runaway deep dive (about 4 s) and a few steady seconds before the slowdown
    if (errorsUntil + 10_000 <= boundary && slowUntil <= limit) {
      return new Plan(start, boundary, slowUntil, errorsAt, errorsUntil, limit, true);
    }
    return new Plan(start, start + maxRunMillis * 35 / 100, start + maxRunMillis * 55 / 100,
        start + maxRunMillis * 55 / 100, start + maxRunMillis * 70 / 100, limit, false);
  }

  Plan plan() {
    return plan;
  }

  /** Switches the simulator's behaviour when the run enters the next phase. */
  void advance(int answered) {
    long now = System.currentTimeMillis();
    Phase next = now >= plan.slowAt && now < plan.slowUntil ? Phase.SLOW
        : now >= plan.errorsAt && now < plan.errorsUntil ? Phase.ERRORS
        : now < Math.min(plan.slowAt, plan.errorsAt) ? Phase.STEADY : Phase.NORMAL;
    if (next == phase) {
      return;
    }
    phase = next;
    // The simulator answers with the first matching rule: phase rules go in before the steady ones.
    simulator.reset();
    if (next == Phase.SLOW) {
      say("the writer model slows down (after " + answered + " questions)");
      simulator.when(m -> ResearchAssistant.WRITER_MODEL.equals(m),
          usage(2400, 900).toBuilder().firstByteLatency(Duration.ofMillis(500)).build());
    } else if (next == Phase.ERRORS) {
      say("the research provider returns errors");
      simulator.when(m -> m != null && m.startsWith("claude"), Behavior.error(500));
    } else if (next == Phase.NORMAL) {
      say("back to normal");
    }
    steady();
  }

  /** True once, after the error burst (so that the deep dive's calls succeed). */
  boolean runawayDue(int answered) {
    advance(answered);
    if (!runawayDone && phase != Phase.ERRORS && System.currentTimeMillis() >= plan.errorsUntil) {
      runawayDone = true;
      say("one deep dive runs away");
      return true;
    }
    return false;
  }

  long endMillis() {
    return plan.end;
  }

  private static void say(String what) {
    System.out.println("scenario: " + at(System.currentTimeMillis()) + " " + what);
  }

  private static String at(long epochMillis) {
    return Instant.ofEpochSecond(epochMillis / 1000).toString();
  }

  private void steady() {
    simulator.setDefault(usage(400, 120));
    simulator.when(m -> m != null && m.startsWith("claude"), usage(1800, 450).toBuilder()
        .usage(TokenUsage.of(1800, 450, 300, 0, 0)).build());
    simulator.when(m -> ResearchAssistant.WRITER_MODEL.equals(m), usage(2400, 900));
    simulator.when(m -> m != null && m.startsWith("gemini"), usage(2600, 160));
  }

  private static Behavior usage(int input, int output) {
    return Behavior.builder().usage(input, output).firstByteLatency(Duration.ofMillis(15))
        .chunkDelay(Duration.ofMillis(2)).build();
  }
}
