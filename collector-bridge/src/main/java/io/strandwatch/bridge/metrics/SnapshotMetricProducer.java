package io.strandwatch.bridge.metrics;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.metrics.data.AggregationTemporality;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.export.MetricProducer;
import io.opentelemetry.sdk.resources.Resource;
import io.strandwatch.bridge.model.LlmCallSeriesSnapshot;
import io.strandwatch.bridge.model.LlmUsage;
import io.strandwatch.bridge.model.MetricsSnapshot;
import io.strandwatch.bridge.model.StrandSeriesSnapshot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Hands the agent's snapshots to the SDK at collection time. Snapshots are merged as they arrive (their
 * histograms may be recycled by the agent once {@code onSnapshot} returns), into series that are either kept
 * forever (cumulative) or handed out once and forgotten (delta: every collection returns what arrived since the
 * previous one, so no interval is lost or sent twice whatever the reader's timing).
 */
public final class SnapshotMetricProducer implements MetricProducer {

  private final AggregationTemporality temporality;
  private final Map<MetricSpec, HistogramTable> histograms = new LinkedHashMap<>();
  private final CounterTable alerts;
  private long windowStartNanos;
  private long windowEndNanos;

  public SnapshotMetricProducer(boolean delta, boolean exponential, int cardinalityLimit, Consumer<String> log) {
    this.temporality = delta ? AggregationTemporality.DELTA : AggregationTemporality.CUMULATIVE;
    for (MetricSpec spec : StrandMetrics.ALL) {
      histograms.put(spec, new HistogramTable(spec, exponential, cardinalityLimit, log));
    }
    this.alerts = new CounterTable(StrandMetrics.ALERTS_NAME, StrandMetrics.ALERTS_DESCRIPTION,
        StrandMetrics.ALERTS_UNIT, cardinalityLimit, log);
  }

  public AggregationTemporality temporality() {
    return temporality;
  }

  public synchronized void record(MetricsSnapshot snapshot) {
    widenWindow(snapshot.startEpochNanos(), snapshot.endEpochNanos());
    if (snapshot.strands() != null) {
      for (StrandSeriesSnapshot series : snapshot.strands()) {
        recordStrand(series);
      }
    }
    if (snapshot.llmCalls() != null) {
      for (LlmCallSeriesSnapshot series : snapshot.llmCalls()) {
        recordLlmCalls(series);
      }
    }
  }

  private void recordStrand(StrandSeriesSnapshot series) {
    Attributes attributes = SeriesAttributes.of(series);
    LlmUsage llm = series.llm() == null ? LlmUsage.NONE : series.llm();
    histograms.get(StrandMetrics.STRAND_DURATION).record(attributes, series.duration());
    histograms.get(StrandMetrics.STRAND_CPU_TIME).record(attributes, series.cpuTime());
    histograms.get(StrandMetrics.STRAND_MEMORY_ALLOCATED).record(attributes, series.allocated());
    recordTokens(StrandMetrics.STRAND_TOKEN_USAGE, attributes, llm);
    histograms.get(StrandMetrics.STRAND_COST).record(attributes, llm.costPicoUsd());
    histograms.get(StrandMetrics.STRAND_LLM_CALLS).record(attributes, llm.calls());
  }

  private void recordLlmCalls(LlmCallSeriesSnapshot series) {
    Attributes attributes = SeriesAttributes.of(series);
    LlmUsage usage = series.usage() == null ? LlmUsage.NONE : series.usage();
    histograms.get(StrandMetrics.GEN_AI_DURATION).record(attributes, series.duration());
    recordTokens(StrandMetrics.GEN_AI_TOKEN_USAGE, attributes, usage);
    histograms.get(StrandMetrics.GEN_AI_TIME_TO_FIRST_CHUNK).record(attributes, series.timeToFirstChunk());
    histograms.get(StrandMetrics.GEN_AI_COST).record(attributes, usage.costPicoUsd());
  }

  private void recordTokens(MetricSpec spec, Attributes attributes, LlmUsage usage) {
    HistogramTable table = histograms.get(spec);
    if (usage.inputTokens() != null && usage.inputTokens().count() > 0) {
      table.record(SeriesAttributes.withTokenType(attributes, "input"), usage.inputTokens());
    }
    if (usage.outputTokens() != null && usage.outputTokens().count() > 0) {
      table.record(SeriesAttributes.withTokenType(attributes, "output"), usage.outputTokens());
    }
  }

  /** Counts an alert that started firing. */
  public synchronized void countAlert(String rule, String severity, long epochNanos) {
    widenWindow(epochNanos, epochNanos);
    alerts.add(SeriesAttributes.alert(rule, severity), 1);
  }

  private void widenWindow(long startNanos, long endNanos) {
    if (windowStartNanos == 0 || startNanos < windowStartNanos) {
      windowStartNanos = startNanos;
    }
    windowEndNanos = Math.max(windowEndNanos, endNanos);
  }

  @Override
  public synchronized Collection<MetricData> produce(Resource resource) {
    if (windowStartNanos == 0) {
      return List.of();
    }
    List<MetricData> metrics = new ArrayList<>();
    for (HistogramTable table : histograms.values()) {
      table.toMetricData(resource, temporality, windowStartNanos, windowEndNanos).ifPresent(metrics::add);
    }
    alerts.toMetricData(resource, temporality, windowStartNanos, windowEndNanos).ifPresent(metrics::add);
    if (temporality == AggregationTemporality.DELTA) {
      histograms.values().forEach(HistogramTable::clear);
      alerts.clear();
      windowStartNanos = 0;
      windowEndNanos = 0;
    }
    return metrics;
  }
}
