package io.strandwatch.bridge.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * One exported histogram: its name, unit and explicit bucket boundaries, and how the agent's integer values
 * (nanoseconds, bytes, tokens, pico-USD) become the exported unit. Conversion divides by a power of ten so
 * that exact integer sums become the nearest double, never an accumulated rounding error.
 */
public final class MetricSpec {

  private final String name;
  private final String description;
  private final String unit;
  private final int decimalShift;
  private final List<Double> boundaries;
  private final long[] nativeUpperBounds;

  MetricSpec(String name, String description, String unit, int decimalShift, List<Double> boundaries) {
    this.name = name;
    this.description = description;
    this.unit = unit;
    this.decimalShift = decimalShift;
    this.boundaries = List.copyOf(boundaries);
    this.nativeUpperBounds = new long[boundaries.size()];
    for (int i = 0; i < boundaries.size(); i++) {
      // A value v (native, integer) is in the bucket with upper bound b iff v <= floor(b * 10^shift).
      nativeUpperBounds[i] = new BigDecimal(Double.toString(boundaries.get(i))).movePointRight(decimalShift)
          .setScale(0, RoundingMode.FLOOR).longValueExact();
    }
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public String unit() {
    return unit;
  }

  /** Explicit bucket boundaries in the exported unit. */
  public List<Double> boundaries() {
    return boundaries;
  }

  /** The boundaries in the native unit, for bucketing integer values without floating point. */
  long[] nativeUpperBounds() {
    return nativeUpperBounds;
  }

  /** The exported value of a native integer, correctly rounded. */
  double toExported(long nativeValue) {
    if (decimalShift == 0) {
      return nativeValue;
    }
    return BigDecimal.valueOf(nativeValue).movePointLeft(decimalShift).doubleValue();
  }

  @Override
  public String toString() {
    return name;
  }
}
