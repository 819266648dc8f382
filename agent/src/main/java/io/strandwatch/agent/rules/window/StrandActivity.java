package io.strandwatch.agent.rules.window;

import io.strandwatch.agent.alerts.Scope;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** One strand's recent executions: durations per minute, executions and errors per minute, providers called. */
public final class StrandActivity extends TrackedScope {

  private final String name;
  private Map<String, String> attributes = Collections.emptyMap();
  final HistogramRing durations;
  final MinuteRing executions;
  final MinuteRing spend;
  private final Map<String, Long> providerLastMinute = new HashMap<>(4);

  StrandActivity(String name, int histogramMinutes, int counterMinutes) {
    super(Scope.strand(name));
    this.name = name;
    this.durations = new HistogramRing(histogramMinutes);
    this.executions = new MinuteRing(counterMinutes);
    this.spend = new MinuteRing(histogramMinutes);
  }

  public String name() {
    return name;
  }

  /** The annotation attributes last seen on this strand ({@code team=growth}). */
  public Map<String, String> attributes() {
    return attributes;
  }

  void attributes(Map<String, String> a) {
    if (a != null && !a.isEmpty()) {
      attributes = a;
    }
  }

  public HistogramRing durations() {
    return durations;
  }

  /** Totals are executions, parts are failed executions. */
  public MinuteRing executions() {
    return executions;
  }

  /** Pico-USD spent by executions that ended in each minute (inclusive of nested strands). */
  public MinuteRing spend() {
    return spend;
  }

  void calledProvider(String provider, long minute) {
    providerLastMinute.put(provider, minute);
  }

  public boolean calledWithin(String provider, long nowMinute, int minutes) {
    Long m = providerLastMinute.get(provider);
    return m != null && nowMinute - m < minutes;
  }
}
