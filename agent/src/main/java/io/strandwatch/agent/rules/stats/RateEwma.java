package io.strandwatch.agent.rules.stats;

/**
 * An exponentially weighted mean of a rate (spend per minute). Linear, not logged, because idle minutes spend
 * exactly zero. Callers clip a spike before feeding it back so a sustained spike is learned only slowly.
 */
public final class RateEwma {

  private final double alpha;
  private double mean;
  private long samples;
  private long firstMillis = -1;

  public RateEwma(double halfLife) {
    this.alpha = 1 - Math.pow(2, -1.0 / halfLife);
  }

  public void update(double value, long nowMillis) {
    if (samples == 0) {
      mean = value;
      firstMillis = nowMillis;
    } else {
      mean += alpha * (value - mean);
    }
    samples++;
  }

  public double mean() {
    return mean;
  }

  public boolean isWarm(long nowMillis, long warmupMillis) {
    return firstMillis >= 0 && nowMillis - firstMillis >= warmupMillis;
  }

  public double[] export() {
    return new double[] {mean, samples, firstMillis};
  }

  public boolean restore(double[] d) {
    if (d == null || d.length != 3 || !(d[0] >= 0) || !(d[1] >= 0)) {
      return false;
    }
    mean = d[0];
    samples = (long) d[1];
    firstMillis = (long) d[2];
    return true;
  }
}
