package io.strandwatch.agent.rules.stats;

/**
 * What a value "normally" looks like for one scope: closed minutes folded into an exponentially decaying
 * histogram (half-life configurable, a day by default). Quantiles of it are the baseline the adaptive rules
 * compare with. It is only trusted after a warm-up: enough samples and enough time since the first minute.
 */
public final class HistogramBaseline {

  private LogHistogram histogram;
  private long firstFoldMillis;

  public HistogramBaseline() {
    this(new LogHistogram(), -1);
  }

  private HistogramBaseline(LogHistogram histogram, long firstFoldMillis) {
    this.histogram = histogram;
    this.firstFoldMillis = firstFoldMillis;
  }

  /** Folds one closed minute in; {@code decay} is the per-minute factor 2^(-1/half-life in minutes). */
  public void fold(LogHistogram minute, double decay, long nowMillis) {
    if (firstFoldMillis < 0) {
      firstFoldMillis = nowMillis;
    }
    histogram.scale(decay);
    histogram.addAll(minute);
  }

  public boolean isWarm(long nowMillis, double minSamples, long warmupMillis) {
    return firstFoldMillis >= 0 && histogram.total() >= minSamples && nowMillis - firstFoldMillis >= warmupMillis;
  }

  public double quantile(double q) {
    return histogram.quantile(q);
  }

  public double robustSigma() {
    return histogram.robustSigma();
  }

  public double samples() {
    return histogram.total();
  }

  /** Takes over a restored baseline's state. */
  public void restoreFrom(HistogramBaseline other) {
    histogram = other.histogram;
    firstFoldMillis = other.firstFoldMillis;
  }

  public static double decayPerMinute(double halfLifeMinutes) {
    return Math.pow(2, -1.0 / halfLifeMinutes);
  }

  public double[] export() {
    double[] h = histogram.export();
    double[] out = new double[h.length + 1];
    out[0] = firstFoldMillis;
    System.arraycopy(h, 0, out, 1, h.length);
    return out;
  }

  /** Null when the data is not a baseline this version wrote. */
  public static HistogramBaseline restore(double[] data) {
    if (data == null || data.length < 3) {
      return null;
    }
    LogHistogram h = LogHistogram.restore(data, 1, data.length - 1);
    return h == null ? null : new HistogramBaseline(h, (long) data[0]);
  }
}
