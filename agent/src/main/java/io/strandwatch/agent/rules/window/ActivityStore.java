package io.strandwatch.agent.rules.window;

import io.strandwatch.agent.alerts.Inhibitor;
import io.strandwatch.bridge.model.LlmCallSeriesSnapshot;
import io.strandwatch.bridge.model.MetricsSnapshot;
import io.strandwatch.bridge.model.StrandSeriesSnapshot;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The shared short-term memory of the rules: each interval's snapshot folded into per-minute rings per
 * strand, provider and model. Each kind of scope is capped; when a map is full, scopes idle longer than the
 * longest window are evicted, and if none is idle the new scope is not tracked (counted, logged once).
 */
public final class ActivityStore implements Inhibitor.ProviderCalls {

  /** Provider-side failures: what a degraded provider looks like from the client. */
  private static final java.util.Set<String> PROVIDER_ERRORS =
      java.util.Set.of("http_5xx", "rate_limited", "timeout");

  private final int maxScopes;
  private final int histogramMinutes;
  private final int counterMinutes;
  private final int providerWindowMinutes;
  private final Consumer<String> log;
  private final Map<String, StrandActivity> strands = new LinkedHashMap<>();
  private final Map<String, ProviderActivity> providers = new LinkedHashMap<>();
  private final Map<String, ModelActivity> models = new LinkedHashMap<>();
  private final Map<String, Map<String, ModelActivity>> modelsByProvider = new java.util.HashMap<>();
  private final MinuteRing globalSpend;
  private long minute;
  private long refused;
  private boolean refusalLogged;

  /**
   * @param histogramMinutes minutes of duration/token histograms and spend kept (the longest short window + 1)
   * @param counterMinutes minutes of execution/error counters kept (the longest burn-rate window + 1)
   * @param providerWindowMinutes how recent a call to a provider must be for inhibition
   */
  public ActivityStore(int maxScopes, int histogramMinutes, int counterMinutes, int providerWindowMinutes,
      Consumer<String> log) {
    this.maxScopes = maxScopes;
    this.histogramMinutes = histogramMinutes;
    this.counterMinutes = counterMinutes;
    this.providerWindowMinutes = providerWindowMinutes;
    this.log = log;
    this.globalSpend = new MinuteRing(histogramMinutes);
  }

  public void ingest(MetricsSnapshot snapshot, long minute) {
    this.minute = minute;
    for (StrandSeriesSnapshot s : snapshot.strands()) {
      StrandActivity a = strand(s.strandName());
      if (a == null) {
        continue;
      }
      a.lastActiveMinute = minute;
      a.attributes(s.attributes());
      long n = s.duration().count();
      a.executions.add(minute, n, StrandSeriesSnapshot.ERROR.equals(s.outcome()) ? n : 0);
      if (s.duration().histogram() != null) {
        a.durations.add(minute, s.duration().histogram());
      }
      // Strand spend is inclusive of nested strands and counted when the execution ends, like the series.
      a.spend.add(minute, s.llm().costPicoUsd().sum(), 0);
    }
    for (LlmCallSeriesSnapshot c : snapshot.llmCalls()) {
      long calls = c.duration().count();
      long cost = c.usage().costPicoUsd().sum();
      globalSpend.add(minute, cost, 0);
      String providerName = c.provider() == null ? "unknown" : c.provider();
      ProviderActivity p = provider(providerName);
      if (p != null) {
        p.lastActiveMinute = minute;
        p.calls.add(minute, calls, c.errorType() != null && PROVIDER_ERRORS.contains(c.errorType()) ? calls : 0);
      }
      if (c.strandName() != null) {
        StrandActivity a = strand(c.strandName());
        if (a != null) {
          a.lastActiveMinute = minute;
          a.calledProvider(providerName, minute);
        }
      }
      ModelActivity m = model(providerName, modelOf(c));
      if (m != null) {
        m.lastActiveMinute = minute;
        if (c.usage().inputTokens().histogram() != null) {
          m.inputTokens.add(minute, c.usage().inputTokens().histogram());
        }
        if (c.usage().outputTokens().histogram() != null) {
          m.outputTokens.add(minute, c.usage().outputTokens().histogram());
        }
      }
    }
  }

  /** The model a call is grouped under: the requested one (stable across dated snapshots), else the reported. */
  public static String modelOf(LlmCallSeriesSnapshot c) {
    if (c.requestModel() != null) {
      return c.requestModel();
    }
    return c.responseModel() != null ? c.responseModel() : "unknown";
  }

  /** The tracked strand, created when there is room; null when the cap refuses it. */
  public StrandActivity strand(String name) {
    return track(strands, name, n -> new StrandActivity(n, histogramMinutes, counterMinutes));
  }

  public ProviderActivity provider(String name) {
    return track(providers, name, n -> new ProviderActivity(n, histogramMinutes));
  }

  public ModelActivity model(String provider, String model) {
    // Nested maps, so the lookup of a known model allocates no composite key.
    Map<String, ModelActivity> byModel = modelsByProvider.get(provider);
    ModelActivity m = byModel == null ? null : byModel.get(model);
    if (m != null) {
      return m;
    }
    m = track(models, provider + "\u0000" + model, k -> new ModelActivity(provider, model, histogramMinutes));
    if (m != null) {
      modelsByProvider.computeIfAbsent(provider, p -> new java.util.HashMap<>()).put(model, m);
    }
    return m;
  }

  private <T extends TrackedScope> T track(Map<String, T> map, String key, Function<String, T> create) {
    T t = map.get(key);
    if (t != null) {
      return t;
    }
    if (map.size() >= maxScopes && !evictIdle(map)) {
      refused++;
      if (!refusalLogged) {
        refusalLogged = true;
        log.accept("[strandwatch] rules track at most " + maxScopes + " scopes of a kind (rules.max_scopes);"
            + " new ones are not evaluated until others go idle (logged once)");
      }
      return null;
    }
    t = create.apply(key);
    t.lastActiveMinute = minute;
    map.put(key, t);
    return t;
  }

  private <T extends TrackedScope> boolean evictIdle(Map<String, T> map) {
    boolean evicted = false;
    for (Iterator<T> it = map.values().iterator(); it.hasNext(); ) {
      T t = it.next();
      if (minute - t.lastActiveMinute > counterMinutes) {
        it.remove();
        evicted = true;
        if (t instanceof ModelActivity) {
          ModelActivity m = (ModelActivity) t;
          Map<String, ModelActivity> byModel = modelsByProvider.get(m.provider());
          if (byModel != null) {
            byModel.remove(m.model());
          }
        }
      }
    }
    return evicted;
  }

  public Collection<StrandActivity> strands() {
    return Collections.unmodifiableCollection(strands.values());
  }

  public StrandActivity strandIfTracked(String name) {
    return strands.get(name);
  }

  public Collection<ProviderActivity> providers() {
    return Collections.unmodifiableCollection(providers.values());
  }

  public Collection<ModelActivity> models() {
    return Collections.unmodifiableCollection(models.values());
  }

  /** Pico-USD of all LLM calls per minute. */
  public MinuteRing globalSpend() {
    return globalSpend;
  }

  public long refused() {
    return refused;
  }

  @Override
  public boolean calledRecently(String strand, String provider) {
    StrandActivity a = strands.get(strand);
    return a != null && a.calledWithin(provider, minute, providerWindowMinutes);
  }
}
