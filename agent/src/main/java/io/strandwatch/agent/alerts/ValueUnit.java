package io.strandwatch.agent.alerts;

import java.util.Locale;

/** How an alert's value is written for people: the rules compute in raw units (ns, bytes, pico-USD). */
public enum ValueUnit {
  RATIO, NANOS, BYTES, PICO_USD, TOKENS, NUMBER;

  public String format(double v) {
    switch (this) {
      case RATIO:
        return trim(v * 100) + "%";
      case NANOS:
        return formatNanos(v);
      case BYTES:
        return formatBytes(v);
      case PICO_USD:
        return formatUsd(v / 1e12);
      case TOKENS:
        return String.valueOf(Math.round(v)) + " tokens";
      default:
        return trim(v);
    }
  }

  private static String formatNanos(double ns) {
    if (ns >= 60e9) {
      return trim(ns / 60e9) + " min";
    }
    if (ns >= 1e9) {
      return trim(ns / 1e9) + " s";
    }
    if (ns >= 1e6) {
      return trim(ns / 1e6) + " ms";
    }
    return trim(ns / 1e3) + " µs";
  }

  private static String formatBytes(double b) {
    if (b >= 1 << 30) {
      return trim(b / (1 << 30)) + " GiB";
    }
    if (b >= 1 << 20) {
      return trim(b / (1 << 20)) + " MiB";
    }
    if (b >= 1 << 10) {
      return trim(b / (1 << 10)) + " KiB";
    }
    return trim(b) + " B";
  }

  static String formatUsd(double usd) {
    if (usd != 0 && Math.abs(usd) < 0.01) {
      return "$" + String.format(Locale.ROOT, "%.4f", usd);
    }
    return "$" + String.format(Locale.ROOT, "%.2f", usd);
  }

  /** At most three significant digits and no trailing zeros, so summaries stay short. */
  static String trim(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return String.valueOf(v);
    }
    double a = Math.abs(v);
    String s;
    if (a >= 100 || a == Math.rint(a)) {
      s = String.valueOf(Math.round(v));
    } else if (a >= 10) {
      s = String.format(Locale.ROOT, "%.1f", v);
    } else {
      s = String.format(Locale.ROOT, "%.2f", v);
    }
    if (s.contains(".")) {
      s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return s;
  }
}
