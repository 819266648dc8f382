package io.strandwatch.agent.rules;

import io.strandwatch.agent.alerts.AlertHistory;
import io.strandwatch.agent.alerts.AlertLifecycle;
import io.strandwatch.agent.alerts.AlertLinePrinter;
import io.strandwatch.agent.alerts.AlertNotifier;
import io.strandwatch.agent.alerts.AlertRateLimiter;
import io.strandwatch.agent.alerts.Inhibitor;
import io.strandwatch.agent.alerts.Observation;
import io.strandwatch.agent.alerts.TrackedAlert;
import io.strandwatch.agent.config.AgentConfig;
import io.strandwatch.agent.config.ConfigProblem;
import io.strandwatch.agent.rules.budget.BudgetLedger;
import io.strandwatch.agent.rules.state.BaselineFile;
import io.strandwatch.agent.rules.window.ActivityStore;
import io.strandwatch.bridge.model.AlertListener;
import io.strandwatch.bridge.model.MetricsSnapshot;
import io.strandwatch.bridge.model.SnapshotListener;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The rules engine: the ticker hands it each interval's snapshot; it updates its windows and baselines,
 * evaluates every enabled rule, runs the alert lifecycle and sends the resulting events to its listeners.
 * Everything runs on the ticker thread; nothing here is thread-safe except {@link #history()}.
 */
public final class RulesEngine implements SnapshotListener {

  private static final long SAVE_EVERY_MILLIS = 60_000L;

  private final Clock clock;
  private final Consumer<String> log;
  private final List<Rule> rules = new ArrayList<>();
  private final ActivityStore store;
  private final EvaluationContext ctx;
  private final AlertLifecycle lifecycle;
  private final AlertHistory history;
  private final AlertNotifier notifier;
  private final BaselineFile baselineFile;
  private final List<Observation> observations = new ArrayList<>();
  private final List<TrackedAlert> resolved = new ArrayList<>();
  private final boolean[] ruleFailed;
  private long lastSavedMillis;
  private long lastEvaluationNanos;

  private RulesEngine(RulesConfig config, Clock clock, Consumer<String> log) {
    this.clock = clock;
    this.log = log;
    for (RuleSpec spec : RuleCatalog.SPECS) {
      RuleSettings s = config.rule(spec.id());
      if (s.enabledAnywhere()) {
        rules.add(RuleCatalog.create(s));
      }
    }
    this.ruleFailed = new boolean[rules.size()];
    int histogramMinutes = 1 + Math.max(Math.max(minutes(config, LatencyRegressionRule.WINDOW),
        minutes(config, LatencyThresholdRule.WINDOW)), Math.max(minutes(config, TokenSpikeRule.WINDOW),
        minutes(config, SpendSpikeRule.WINDOW)));
    int counterMinutes = 1 + Math.max(Math.max(minutes(config, ErrorRateRule.WINDOW),
        minutes(config, ProviderDegradedRule.WINDOW)), burnMinutes(config));
    this.store = new ActivityStore(config.maxScopes(), histogramMinutes, counterMinutes,
        minutes(config, ProviderDegradedRule.WINDOW), log);
    this.ctx = new EvaluationContext(store, new BudgetLedger(config.budgets()));
    this.lifecycle = new AlertLifecycle(Math.max(1000, config.maxScopes() * 4));
    this.history = new AlertHistory(config.historySize());
    this.notifier = new AlertNotifier(new AlertRateLimiter(config.maxAlertsPerMinute()), history,
        new Inhibitor(store), log);
    if (config.printAlerts()) {
      notifier.addListener(new AlertLinePrinter(log));
    }
    this.baselineFile = config.stateDir() == null ? null : new BaselineFile(config.stateDir(), log);
    long now = clock.millis();
    ctx.advance(now, null);
    lastSavedMillis = now;
    if (baselineFile != null) {
      Map<String, double[]> saved = baselineFile.read();
      for (Rule r : rules) {
        r.loadBaselines(ctx, saved);
      }
    }
  }

  /**
   * Builds the engine. {@code clock} supplies evaluation time (inject a fixed one in tests); {@code log}
   * receives one-line messages and, when {@code rules.print_alerts} is true, one line per alert event.
   */
  public static RulesEngine create(RulesConfig config, Clock clock, Consumer<String> log) {
    return new RulesEngine(config, clock, log);
  }

  /** Parses the config sections (problems go to {@code problems}) and builds the engine on the system clock. */
  public static RulesEngine fromConfig(AgentConfig config, List<ConfigProblem> problems, Consumer<String> log) {
    return create(RulesConfig.parse(config, problems), Clock.systemUTC(), log);
  }

  public void addListener(AlertListener listener) {
    notifier.addListener(listener);
  }

  /** Evaluates one interval's snapshot at the clock's current time. Call on the ticker thread only. */
  public void evaluate(MetricsSnapshot snapshot) {
    long started = System.nanoTime();
    long now = clock.millis();
    ctx.advance(now, snapshot);
    store.ingest(snapshot, ctx.minute());
    ctx.ledger().record(snapshot, now);
    observations.clear();
    for (int i = 0; i < rules.size(); i++) {
      try {
        rules.get(i).evaluate(ctx, observations);
      } catch (RuntimeException e) {
        if (!ruleFailed[i]) {
          ruleFailed[i] = true;
          log.accept("[strandwatch] rule " + rules.get(i).spec().id() + " failed (logged once): " + e);
        }
      }
    }
    lifecycle.apply(now, observations, resolved);
    notifier.notify(now, lifecycle.tracked(), resolved);
    resolved.clear();
    if (baselineFile != null && now - lastSavedMillis >= SAVE_EVERY_MILLIS) {
      saveBaselines();
    }
    lastEvaluationNanos = System.nanoTime() - started;
  }

  /** The ticker's entry point: evaluates and never throws (a failure is logged once). */
  @Override
  public void onSnapshot(MetricsSnapshot snapshot) {
    try {
      evaluate(snapshot);
    } catch (RuntimeException e) {
      log.accept("[strandwatch] rules evaluation failed: " + e);
    }
  }

  /** At JVM exit: persists the baselines (when a state directory is configured). */
  @Override
  public void shutdown(long timeoutMillis) {
    if (baselineFile != null) {
      saveBaselines();
    }
  }

  private void saveBaselines() {
    lastSavedMillis = ctx.nowMillis();
    Map<String, double[]> out = new LinkedHashMap<>();
    for (Rule r : rules) {
      r.saveBaselines(ctx, out);
    }
    baselineFile.write(out);
  }

  /** The alerts of this run, for the end-of-run report (safe to read from any thread). */
  public AlertHistory history() {
    return history;
  }

  /** The lifecycle state of every pending and firing alert. */
  public AlertLifecycle lifecycle() {
    return lifecycle;
  }

  /** Wall time of the last evaluation, for self-monitoring. */
  public long lastEvaluationNanos() {
    return lastEvaluationNanos;
  }

  private static int minutes(RulesConfig config, ParamSpec window) {
    RuleSettings s = null;
    for (RuleSpec spec : RuleCatalog.SPECS) {
      if (spec.params().contains(window)) {
        s = config.rule(spec.id());
      }
    }
    long max = s.millis(window, null);
    for (String strand : s.overriddenStrands()) {
      max = Math.max(max, s.millis(window, strand));
    }
    return (int) Math.max(1, max / 60_000L);
  }

  private static int burnMinutes(RulesConfig config) {
    RuleSettings s = config.rule(ErrorBudgetBurnRule.ID);
    boolean anySlo = s.get(ErrorBudgetBurnRule.SLO) > 0;
    for (String strand : s.overriddenStrands()) {
      anySlo |= s.get(ErrorBudgetBurnRule.SLO, strand) > 0;
    }
    // The 6 h ring is only paid for when some strand has an SLO.
    return anySlo ? Math.max(minutes(config, ErrorBudgetBurnRule.WARN_LONG),
        minutes(config, ErrorBudgetBurnRule.PAGE_LONG)) : 1;
  }
}
