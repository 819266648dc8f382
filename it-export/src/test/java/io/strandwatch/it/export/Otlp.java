package io.strandwatch.it.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Reading decoded OTLP for assertions: attributes as maps, data points by attribute set. */
final class Otlp {

  private Otlp() {}

  static Map<String, Object> attributes(List<KeyValue> keyValues) {
    Map<String, Object> map = new TreeMap<>();
    for (KeyValue keyValue : keyValues) {
      AnyValue value = keyValue.getValue();
      switch (value.getValueCase()) {
        case INT_VALUE:
          map.put(keyValue.getKey(), value.getIntValue());
          break;
        case BOOL_VALUE:
          map.put(keyValue.getKey(), value.getBoolValue());
          break;
        case DOUBLE_VALUE:
          map.put(keyValue.getKey(), value.getDoubleValue());
          break;
        default:
          map.put(keyValue.getKey(), value.getStringValue());
      }
    }
    return map;
  }

  /** The explicit-bucket point whose attributes are exactly {@code exact}. */
  static HistogramDataPoint histogram(Metric metric, Map<String, Object> exact) {
    List<HistogramDataPoint> matching = metric.getHistogram().getDataPointsList().stream()
        .filter(point -> attributes(point.getAttributesList()).equals(new TreeMap<>(exact)))
        .collect(Collectors.toList());
    assertEquals(1, matching.size(), () -> "points of " + metric.getName() + " with " + exact + " among "
        + metric.getHistogram().getDataPointsList().stream().map(p -> attributes(p.getAttributesList()))
            .collect(Collectors.toList()));
    return matching.get(0);
  }

  /** The exponential point whose attributes are exactly {@code exact}. */
  static ExponentialHistogramDataPoint exponential(Metric metric, Map<String, Object> exact) {
    List<ExponentialHistogramDataPoint> matching = metric.getExponentialHistogram().getDataPointsList().stream()
        .filter(point -> attributes(point.getAttributesList()).equals(new TreeMap<>(exact)))
        .collect(Collectors.toList());
    assertEquals(1, matching.size(), () -> "points of " + metric.getName() + " with " + exact + " among "
        + metric.getExponentialHistogram().getDataPointsList().stream()
            .map(p -> attributes(p.getAttributesList())).collect(Collectors.toList()));
    return matching.get(0);
  }

  /** Bucket counts for {@code boundaries}: {@code count} in bucket {@code index}, zero elsewhere. */
  static List<Long> oneBucket(List<Double> boundaries, int index, long count) {
    List<Long> counts = new ArrayList<>(Collections.nCopies(boundaries.size() + 1, 0L));
    counts.set(index, count);
    return counts;
  }

  /** The base-2 exponential bucket index of {@code value} at {@code scale} (buckets are upper-inclusive). */
  static int exponentialIndex(double value, int scale) {
    return (int) Math.ceil(Math.log(value) / Math.log(2) * Math.pow(2, scale)) - 1;
  }

  static long sum(List<Long> counts) {
    return counts.stream().mapToLong(Long::longValue).sum();
  }
}
