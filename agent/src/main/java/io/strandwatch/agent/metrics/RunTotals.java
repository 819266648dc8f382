package io.strandwatch.agent.metrics;

import io.strandwatch.bridge.model.LlmCallSeriesSnapshot;
import io.strandwatch.bridge.model.MetricsSnapshot;
import io.strandwatch.bridge.model.StrandSeriesSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything since the agent started, folded from the interval snapshots for the end-of-run report. */
public final class RunTotals {

  private final long startEpochMillis = System.currentTimeMillis();
  private final Map<String, StrandTotals> strands = new LinkedHashMap<>();
  private final Map<String, ModelTotals> models = new LinkedHashMap<>();

  public synchronized void add(MetricsSnapshot snapshot) {
    for (StrandSeriesSnapshot s : snapshot.strands()) {
      strands.computeIfAbsent(s.strandName(), n -> new StrandTotals(n, s.attributes())).add(s);
    }
    for (LlmCallSeriesSnapshot c : snapshot.llmCalls()) {
      String model = c.responseModel() != null ? c.responseModel() : c.requestModel();
      models.computeIfAbsent(c.provider() + "|" + model, k -> new ModelTotals(c.provider(), model)).add(c);
    }
  }

  public long startEpochMillis() {
    return startEpochMillis;
  }

  public synchronized List<StrandTotals> strands() {
    return new ArrayList<>(strands.values());
  }

  public synchronized List<ModelTotals> models() {
    return new ArrayList<>(models.values());
  }
}
