package io.strandwatch.agent.alerts;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Silences alerts that another firing alert already explains, so on-call gets the cause and not its echoes:
 * a degraded provider silences the latency alerts of strands that called it within the window, and a firing
 * budget silences the spend spike of the same scope. Silenced alerts keep their state; they are announced if
 * they are still firing when the cause clears.
 */
public final class Inhibitor {

  static final String PROVIDER_DEGRADED = "provider_degraded";
  static final String LATENCY_REGRESSION = "latency_regression";
  static final String LATENCY_THRESHOLD = "latency_threshold";
  static final String BUDGET = "budget";
  static final String SPEND_SPIKE = "spend_spike";

  /** Scope attribute a budget alert carries: the budget's scope in the form spend_spike uses ({@code global}). */
  public static final String BUDGET_SCOPE_ATTRIBUTE = "budget.scope";

  /** Which providers a strand called recently; answered from the rules' own activity windows. */
  public interface ProviderCalls {
    boolean calledRecently(String strand, String provider);
  }

  private final ProviderCalls calls;
  private final Set<String> degradedProviders = new HashSet<>();
  private final Set<String> firingBudgetScopes = new HashSet<>();

  public Inhibitor(ProviderCalls calls) {
    this.calls = calls;
  }

  /** Collects the firing causes; call once per evaluation before {@link #isInhibited}. */
  public void prepare(Collection<TrackedAlert> tracked) {
    degradedProviders.clear();
    firingBudgetScopes.clear();
    for (TrackedAlert a : tracked) {
      if (a.phase() != AlertPhase.FIRING) {
        continue;
      }
      if (PROVIDER_DEGRADED.equals(a.rule())) {
        String p = a.scope().attributes().get("gen_ai.provider.name");
        if (p != null) {
          degradedProviders.add(p);
        }
      } else if (BUDGET.equals(a.rule())) {
        String s = a.scope().attributes().get(BUDGET_SCOPE_ATTRIBUTE);
        if (s != null) {
          firingBudgetScopes.add(s);
        }
      }
    }
  }

  public boolean isInhibited(TrackedAlert a) {
    String rule = a.rule();
    if ((LATENCY_REGRESSION.equals(rule) || LATENCY_THRESHOLD.equals(rule)) && !degradedProviders.isEmpty()) {
      String strand = a.scope().attributes().get("strand.name");
      if (strand != null) {
        for (String provider : degradedProviders) {
          if (calls.calledRecently(strand, provider)) {
            return true;
          }
        }
      }
    } else if (SPEND_SPIKE.equals(rule)) {
      return firingBudgetScopes.contains(a.scope().text());
    }
    return false;
  }
}
