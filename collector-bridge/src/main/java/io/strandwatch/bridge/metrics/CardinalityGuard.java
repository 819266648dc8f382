package io.strandwatch.bridge.metrics;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Caps the series of one metric: past the limit, new attribute sets are folded into a single overflow series,
 * and the first time that happens one line says so.
 */
final class CardinalityGuard {

  static final Attributes OVERFLOW = Attributes.of(AttributeKey.booleanKey("strandwatch.overflow"), true);

  private final String metricName;
  private final int limit;
  private final Consumer<String> log;
  private boolean warned;

  CardinalityGuard(String metricName, int limit, Consumer<String> log) {
    this.metricName = metricName;
    this.limit = limit;
    this.log = log;
  }

  /** The attributes to record under: the series' own, or {@link #OVERFLOW} once the table is full. */
  Attributes admit(Map<Attributes, ?> series, Attributes attributes) {
    if (series.containsKey(attributes)) {
      return attributes;
    }
    int realSeries = series.size() - (series.containsKey(OVERFLOW) ? 1 : 0);
    if (realSeries < limit) {
      return attributes;
    }
    if (!warned) {
      warned = true;
      log.accept("StrandWatch: metric " + metricName + " reached " + limit
          + " series; further series are merged into one with strandwatch.overflow=true"
          + " (raise otel.java.metrics.cardinality.limit to keep more)");
    }
    return OVERFLOW;
  }
}
