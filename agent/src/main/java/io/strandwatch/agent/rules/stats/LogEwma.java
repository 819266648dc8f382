package io.strandwatch.agent.rules.stats;

/**
 * An exponentially weighted mean and variance of log(value): two doubles of state. Working in logs makes the
 * spread multiplicative (a strand at 10 ms and one at 10 s get the same relative sensitivity) and tames the
 * long right tail of latencies, CPU and allocation. Callers clip anomalous points before feeding them back,
 * or the baseline would learn the anomaly.
 */
public final class LogEwma {

  private final double alpha;
  private double mean;
  private double variance;
  private long samples;
  private long firstMillis = -1;

  /** {@code halfLife} in updates: after that many updates an old value weighs half. */
  public LogEwma(double halfLife) {
    this.alpha = 1 - Math.pow(2, -1.0 / halfLife);
  }

  public void update(double logValue, long nowMillis) {
    if (samples == 0) {
      mean = logValue;
      variance = 0;
      firstMillis = nowMillis;
    } else {
      // Until 1/n drops below alpha this is the plain running mean and variance: a long half-life would
      // otherwise leave the baseline stuck near the first sample for hours (EWMA start-up bias).
      double a = Math.max(alpha, 1.0 / (samples + 1));
      double d = logValue - mean;
      mean += a * d;
      variance = (1 - a) * (variance + a * d * d);
    }
    samples++;
  }

  public double mean() {
    return mean;
  }

  public double sigma() {
    return Math.sqrt(variance);
  }

  public long samples() {
    return samples;
  }

  public boolean isWarm(long nowMillis, long minUpdates, long warmupMillis) {
    return samples >= minUpdates && firstMillis >= 0 && nowMillis - firstMillis >= warmupMillis;
  }

  public double[] export() {
    return new double[] {mean, variance, samples, firstMillis};
  }

  public boolean restore(double[] d) {
    if (d == null || d.length != 4 || !(d[1] >= 0) || !(d[2] >= 0) || Double.isNaN(d[0])) {
      return false;
    }
    mean = d[0];
    variance = d[1];
    samples = (long) d[2];
    firstMillis = (long) d[3];
    return true;
  }
}
