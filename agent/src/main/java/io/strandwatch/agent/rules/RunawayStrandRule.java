package io.strandwatch.agent.rules;

import io.strandwatch.agent.alerts.Observation;
import io.strandwatch.agent.alerts.Severity;
import io.strandwatch.agent.alerts.ValueUnit;
import io.strandwatch.agent.rules.window.StateSlot;
import io.strandwatch.agent.rules.window.StrandActivity;
import io.strandwatch.bridge.model.Measure;
import io.strandwatch.bridge.model.StrandSeriesSnapshot;
import java.util.List;

/**
 * {@code runaway_strand}: one execution exceeded a hard cap on LLM calls, input or output tokens, cost or
 * duration: an agent stuck in a tool loop or a generation that never stops. Static caps, active from the
 * start, fire at once (no {@code for}); the snapshot's per-execution histograms give each interval's maximum.
 */
public final class RunawayStrandRule implements Rule {

  public static final String ID = "runaway_strand";
  private static final RuleSpec.Builder B = RuleSpec.builder(ID,
      "One execution over a hard cap of LLM calls, tokens, cost or duration.", true)
      .lifecycle(true, 0, 10 * 60_000L, 4 * 3_600_000L);
  static final ParamSpec MAX_CALLS = B.integer("max_llm_calls", 50, 1, 1_000_000, "LLM calls per execution.");
  static final ParamSpec MAX_INPUT = B.integer("max_input_tokens", 2_000_000, 1, 10_000_000_000L,
      "Input tokens per execution (all calls).");
  static final ParamSpec MAX_OUTPUT = B.integer("max_output_tokens", 200_000, 1, 10_000_000_000L,
      "Output tokens per execution (all calls).");
  static final ParamSpec MAX_COST = B.usd("max_cost_usd", 5.0, "Cost per execution.");
  static final ParamSpec MAX_DURATION = B.duration("max_duration", 30 * 60_000L, 1_000L, 7 * 86_400_000L,
      "Wall time per execution.");
  public static final RuleSpec SPEC = B.build();

  /** The largest per-execution values of this interval, reset after each evaluation. */
  static final class Maxima {
    long calls;
    long input;
    long output;
    long cost;
    long duration;
  }

  private static final StateSlot<Maxima> STATE = new StateSlot<>(Maxima::new);

  private final RuleSettings settings;

  public RunawayStrandRule(RuleSettings settings) {
    this.settings = settings;
  }

  @Override
  public RuleSpec spec() {
    return SPEC;
  }

  @Override
  public void evaluate(EvaluationContext ctx, List<Observation> out) {
    for (StrandSeriesSnapshot series : ctx.snapshot().strands()) {
      StrandActivity s = ctx.store().strandIfTracked(series.strandName());
      if (s == null || !settings.enabled(s.name())) {
        continue;
      }
      Maxima m = s.state(STATE);
      m.calls = Math.max(m.calls, max(series.llm().calls()));
      m.input = Math.max(m.input, max(series.llm().inputTokens()));
      m.output = Math.max(m.output, max(series.llm().outputTokens()));
      m.cost = Math.max(m.cost, max(series.llm().costPicoUsd()));
      m.duration = Math.max(m.duration, max(series.duration()));
    }
    for (StrandActivity s : ctx.store().strands()) {
      Maxima m = s.stateIfPresent(STATE);
      if (m == null) {
        continue;
      }
      String name = s.name();
      // Report the cap exceeded by the largest factor: that is the one to read first.
      int which = -1;
      double worst = 1;
      for (int i = 0; i < 5; i++) {
        double r = valueOf(m, i) / cap(i, name);
        if (r >= worst) {
          worst = r;
          which = i;
        }
      }
      if (which < 0) {
        m.calls = m.input = m.output = m.cost = m.duration = 0;
        continue;
      }
      long value = valueOf(m, which);
      m.calls = m.input = m.output = m.cost = m.duration = 0;
      double cap = cap(which, name);
      ValueUnit unit = which == 0 ? ValueUnit.NUMBER : which <= 2 ? ValueUnit.TOKENS
          : which == 3 ? ValueUnit.PICO_USD : ValueUnit.NANOS;
      String what = WHAT[which];
      out.add(Observation.breach(ID, s.scope(), Severity.ERROR, value, cap, null, "execution", unit,
          settings.timing(name), "one execution reached " + what + " " + unit.format(value) + " ≥ cap "
              + unit.format(cap)));
    }
  }

  private static final String[] WHAT = {"LLM calls", "input", "output", "cost", "duration"};

  private static long valueOf(Maxima m, int which) {
    switch (which) {
      case 0: return m.calls;
      case 1: return m.input;
      case 2: return m.output;
      case 3: return m.cost;
      default: return m.duration;
    }
  }

  /** The cap in the measure's raw unit (pico-USD, nanoseconds). */
  private double cap(int which, String strand) {
    switch (which) {
      case 0: return settings.get(MAX_CALLS, strand);
      case 1: return settings.get(MAX_INPUT, strand);
      case 2: return settings.get(MAX_OUTPUT, strand);
      case 3: return settings.get(MAX_COST, strand) * 1e12;
      default: return settings.get(MAX_DURATION, strand) * 1e6;
    }
  }

  private static long max(Measure m) {
    return m.maxValue();
  }
}
