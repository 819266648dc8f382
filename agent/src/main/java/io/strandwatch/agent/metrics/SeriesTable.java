package io.strandwatch.agent.metrics;

import io.strandwatch.agent.core.AgentLog;
import io.strandwatch.bridge.model.StrandSeriesSnapshot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * All strand series, capped: past {@code maxSeries} a new series is not created and its executions go to one
 * overflow series per outcome (strand name {@value #OVERFLOW_NAME}), with one warning. Memory therefore stays
 * bounded whatever the number of strands, error types or attribute values.
 */
public final class SeriesTable {

  public static final String OVERFLOW_NAME = "_overflow";

  private final int maxSeries;
  private final List<StrandSeries> all = new CopyOnWriteArrayList<>();
  private StrandSeries overflowOk;
  private StrandSeries overflowError;
  private boolean warned;

  public SeriesTable(int maxSeries) {
    this.maxSeries = maxSeries;
  }

  /** Creates a series; called at weave time and on the first error of a type, never per execution. */
  public synchronized StrandSeries series(String strandName, java.util.Map<String, String> attributes,
      String outcome, String errorType) {
    if (all.size() >= maxSeries) {
      if (!warned) {
        warned = true;
        AgentLog.warn("more than " + maxSeries + " strand series (strands x outcomes x error types); further "
            + "ones are counted in the '" + OVERFLOW_NAME + "' series. Raise series.max if this is expected.");
      }
      return overflow(outcome);
    }
    StrandSeries s = new StrandSeries(strandName, attributes, outcome, errorType);
    all.add(s);
    return s;
  }

  private StrandSeries overflow(String outcome) {
    boolean ok = StrandSeries.OK.equals(outcome);
    StrandSeries s = ok ? overflowOk : overflowError;
    if (s == null) {
      s = new StrandSeries(OVERFLOW_NAME, Collections.emptyMap(), outcome, ok ? null : "_OTHER");
      all.add(s);
      if (ok) {
        overflowOk = s;
      } else {
        overflowError = s;
      }
    }
    return s;
  }

  /** Drains every series; returns the non-empty ones. Ticker thread only. */
  public List<StrandSeriesSnapshot> drain(List<StrandSeries> drainedSeries) {
    List<StrandSeriesSnapshot> out = new ArrayList<>();
    for (StrandSeries s : all) {
      StrandSeriesSnapshot snapshot = s.drain();
      if (snapshot != null) {
        out.add(snapshot);
        drainedSeries.add(s);
      }
    }
    return Collections.unmodifiableList(out);
  }

  public int size() {
    return all.size();
  }
}
