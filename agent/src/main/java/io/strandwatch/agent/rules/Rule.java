package io.strandwatch.agent.rules;

import io.strandwatch.agent.alerts.Observation;
import java.util.List;
import java.util.Map;

/**
 * One alert rule. Called on the ticker once per interval; reports an {@link Observation} for every scope whose
 * value is not comfortably normal (breach or hold) and nothing for the rest. Must not allocate per quiet scope.
 */
public interface Rule {

  RuleSpec spec();

  void evaluate(EvaluationContext ctx, List<Observation> out);

  /** Adds this rule's learned baselines to {@code out}, keyed {@code rule|scope}. */
  default void saveBaselines(EvaluationContext ctx, Map<String, double[]> out) {}

  /** Restores what {@link #saveBaselines} wrote; entries it does not understand are skipped. */
  default void loadBaselines(EvaluationContext ctx, Map<String, double[]> in) {}
}
