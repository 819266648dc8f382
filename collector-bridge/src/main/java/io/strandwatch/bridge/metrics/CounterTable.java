package io.strandwatch.bridge.metrics;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.metrics.data.AggregationTemporality;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.data.MetricDataType;
import io.opentelemetry.sdk.metrics.data.SumData;
import io.opentelemetry.sdk.resources.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** A monotonic long counter's series, keyed by attributes. */
final class CounterTable {

  private final String name;
  private final String description;
  private final String unit;
  private final CardinalityGuard guard;
  private final Map<Attributes, Long> series = new LinkedHashMap<>();

  CounterTable(String name, String description, String unit, int cardinalityLimit, Consumer<String> log) {
    this.name = name;
    this.description = description;
    this.unit = unit;
    this.guard = new CardinalityGuard(name, cardinalityLimit, log);
  }

  void add(Attributes attributes, long increment) {
    series.merge(guard.admit(series, attributes), increment, Long::sum);
  }

  void clear() {
    series.clear();
  }

  Optional<MetricData> toMetricData(Resource resource, AggregationTemporality temporality, long start, long end) {
    if (series.isEmpty()) {
      return Optional.empty();
    }
    List<LongPointData> points = new ArrayList<>(series.size());
    series.forEach((attributes, value) -> points.add(LongPointData.create(start, end, attributes, value)));
    return Optional.of(new BridgeMetricData(resource, name, description, unit, MetricDataType.LONG_SUM,
        SumData.createLongSumData(true, temporality, points)));
  }
}
