package io.strandwatch.agent.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Human formatting of nanoseconds, bytes and pico-USD for the text and HTML reports. */
public final class Units {

  private Units() {}

  public static String duration(long nanos) {
    if (nanos < 0) {
      return "-";
    }
    if (nanos < 1_000) {
      return nanos + "ns";
    }
    if (nanos < 1_000_000) {
      return String.format(Locale.ROOT, "%.1fus", nanos / 1e3);
    }
    if (nanos < 1_000_000_000) {
      return String.format(Locale.ROOT, "%.1fms", nanos / 1e6);
    }
    return String.format(Locale.ROOT, "%.2fs", nanos / 1e9);
  }

  public static String bytes(long bytes) {
    if (bytes < 1024) {
      return bytes + "B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1fKB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1fMB", bytes / (1024.0 * 1024));
  }

  /** Dollars with four decimals, or six below a cent so small costs do not read as $0. */
  public static String usd(long pico) {
    BigDecimal usd = BigDecimal.valueOf(pico, 12);
    int scale = usd.compareTo(new BigDecimal("0.01")) < 0 ? 6 : 4;
    return "$" + usd.setScale(scale, RoundingMode.HALF_UP).toPlainString();
  }
}
