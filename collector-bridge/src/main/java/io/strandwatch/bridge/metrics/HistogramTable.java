package io.strandwatch.bridge.metrics;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.metrics.data.AggregationTemporality;
import io.opentelemetry.sdk.metrics.data.ExponentialHistogramData;
import io.opentelemetry.sdk.metrics.data.ExponentialHistogramPointData;
import io.opentelemetry.sdk.metrics.data.HistogramData;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.data.MetricDataType;
import io.opentelemetry.sdk.resources.Resource;
import io.strandwatch.bridge.model.Measure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** All series of one histogram metric, keyed by attributes. */
final class HistogramTable {

  private final MetricSpec spec;
  private final boolean exponential;
  private final CardinalityGuard guard;
  private final Map<Attributes, HistogramAccumulator> series = new LinkedHashMap<>();

  HistogramTable(MetricSpec spec, boolean exponential, int cardinalityLimit, Consumer<String> log) {
    this.spec = spec;
    this.exponential = exponential;
    this.guard = new CardinalityGuard(spec.name(), cardinalityLimit, log);
  }

  void record(Attributes attributes, Measure measure) {
    if (measure == null || measure.count() <= 0) {
      return;
    }
    Attributes admitted = guard.admit(series, attributes);
    series.computeIfAbsent(admitted, ignored -> exponential
        ? new ExponentialBucketAccumulator(spec) : new ExplicitBucketAccumulator(spec)).record(measure);
  }

  void clear() {
    series.clear();
  }

  Optional<MetricData> toMetricData(Resource resource, AggregationTemporality temporality, long start, long end) {
    if (series.isEmpty()) {
      return Optional.empty();
    }
    if (exponential) {
      List<ExponentialHistogramPointData> points = new ArrayList<>(series.size());
      series.forEach((attributes, accumulator) ->
          points.add((ExponentialHistogramPointData) accumulator.toPoint(start, end, attributes)));
      return Optional.of(new BridgeMetricData(resource, spec.name(), spec.description(), spec.unit(),
          MetricDataType.EXPONENTIAL_HISTOGRAM, ExponentialHistogramData.create(temporality, points)));
    }
    List<HistogramPointData> points = new ArrayList<>(series.size());
    series.forEach((attributes, accumulator) ->
        points.add((HistogramPointData) accumulator.toPoint(start, end, attributes)));
    return Optional.of(new BridgeMetricData(resource, spec.name(), spec.description(), spec.unit(),
        MetricDataType.HISTOGRAM, HistogramData.create(temporality, points)));
  }
}
