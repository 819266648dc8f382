package io.strandwatch.agent.rules.stats;

/**
 * One-sided upper CUSUM on standardized values: S = max(0, S + z - k). It accumulates small, persistent
 * upward shifts that no single point reveals (a prompt that grew, a cache that stopped hitting) and ignores
 * isolated spikes, which is what slow drifts of CPU or allocation per execution look like.
 */
public final class Cusum {

  private double s;

  /**
   * Adds one standardized value; {@code k} is the slack in sigmas (shifts smaller than it are ignored). The sum
   * is capped at {@code cap} (twice the decision threshold in the rules): an uncapped sum grows through a long
   * incident and then takes hours to fall back, holding the alert long after the values are normal again.
   */
  public double update(double z, double k, double cap) {
    s = Math.min(cap, Math.max(0, s + z - k));
    return s;
  }

  public double value() {
    return s;
  }

  public void reset() {
    s = 0;
  }

  void set(double value) {
    s = Math.max(0, value);
  }
}
