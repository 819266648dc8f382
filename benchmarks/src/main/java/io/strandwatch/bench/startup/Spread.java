package io.strandwatch.bench.startup;

import java.util.Arrays;

/** Median, minimum and maximum of a set of durations in milliseconds. */
final class Spread {

  final double median;
  final double min;
  final double max;

  private Spread(double median, double min, double max) {
    this.median = median;
    this.min = min;
    this.max = max;
  }

  static Spread of(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    return new Spread(median, sorted[0], sorted[n - 1]);
  }

  String csv() {
    return String.format(java.util.Locale.ROOT, "%.1f,%.1f,%.1f", median, min, max);
  }
}
