package io.strandwatch.agent.alerts;

/** Short durations for summaries: {@code 90s}, {@code 10m}, {@code 4h}, {@code 1h30m}. */
public final class Durations {

  private Durations() {}

  public static String format(long millis) {
    long s = millis / 1000;
    if (millis % 1000 != 0 && s < 10) {
      return millis + "ms";
    }
    if (s < 120 && s % 60 != 0) {
      return s + "s";
    }
    long m = s / 60;
    if (m < 60) {
      return m + "m";
    }
    long h = m / 60;
    long rest = m % 60;
    if (h < 48) {
      return rest == 0 ? h + "h" : h + "h" + rest + "m";
    }
    return (h / 24) + "d";
  }
}
