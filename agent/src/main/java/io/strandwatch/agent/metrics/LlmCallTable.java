package io.strandwatch.agent.metrics;

import io.strandwatch.agent.core.AgentLog;
import io.strandwatch.bridge.model.LlmCallSeriesSnapshot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All LLM call series, capped like {@link SeriesTable}: model strings come from responses, so an unexpected
 * variety of them must not grow memory without bound.
 */
public final class LlmCallTable {

  private final int maxSeries;
  private final ConcurrentHashMap<LlmCallKey, LlmCallSeries> series = new ConcurrentHashMap<>();
  private final LlmCallSeries overflow = new LlmCallSeries(new LlmCallKey(SeriesTable.OVERFLOW_NAME,
      SeriesTable.OVERFLOW_NAME, SeriesTable.OVERFLOW_NAME, null, null, -1, null, null));
  private volatile boolean overflowUsed;

  public LlmCallTable(int maxSeries) {
    this.maxSeries = maxSeries;
  }

  public LlmCallSeries series(LlmCallKey key) {
    LlmCallSeries s = series.get(key);
    if (s != null) {
      return s;
    }
    if (series.size() >= maxSeries) {
      if (!overflowUsed) {
        overflowUsed = true;
        AgentLog.warn("more than " + maxSeries + " LLM call series (provider x model x strand x error); further "
            + "ones are counted in the '" + SeriesTable.OVERFLOW_NAME + "' series. Raise series.max if expected.");
      }
      return overflow;
    }
    return series.computeIfAbsent(key, LlmCallSeries::new);
  }

  public List<LlmCallSeriesSnapshot> drain() {
    List<LlmCallSeriesSnapshot> out = new ArrayList<>();
    for (LlmCallSeries s : series.values()) {
      LlmCallSeriesSnapshot snapshot = s.drain();
      if (snapshot != null) {
        out.add(snapshot);
      }
    }
    LlmCallSeriesSnapshot o = overflow.drain();
    if (o != null) {
      out.add(o);
    }
    return Collections.unmodifiableList(out);
  }
}
