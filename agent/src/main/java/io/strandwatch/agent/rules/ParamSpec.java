package io.strandwatch.agent.rules;

import io.strandwatch.agent.config.ValueType;
import java.time.Duration;
import java.util.Locale;

/**
 * One tunable of a rule: its YAML name, kind, default, valid range and meaning. Values are held as doubles
 * (durations in milliseconds, booleans as 0/1, money in USD) so a rule reads any of them without boxing.
 */
public final class ParamSpec {

  /** The kinds of values, each with its parser and the text of what is valid for error messages. */
  public enum Kind { DURATION, NUMBER, RATIO, USD, INTEGER, BOOLEAN }

  private final String name;
  private final Kind kind;
  private final double defaultValue;
  private final double min;
  private final double max;
  private final String description;
  private final int index;

  ParamSpec(String name, Kind kind, double defaultValue, double min, double max, String description, int index) {
    this.name = name;
    this.kind = kind;
    this.defaultValue = defaultValue;
    this.min = min;
    this.max = max;
    this.description = description;
    this.index = index;
  }

  public String name() {
    return name;
  }

  public Kind kind() {
    return kind;
  }

  /** NaN when the parameter is unset by default (the rule is then off for that scope). */
  public double defaultValue() {
    return defaultValue;
  }

  public String description() {
    return description;
  }

  int index() {
    return index;
  }

  /** The default as written in YAML, for docs. */
  public String defaultText() {
    return Double.isNaN(defaultValue) ? "unset" : format(defaultValue);
  }

  /** Parses a YAML scalar; throws IllegalArgumentException whose message says what is wrong. */
  double parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    double v;
    switch (kind) {
      case BOOLEAN:
        if (!t.equals("true") && !t.equals("false")) {
          throw new IllegalArgumentException("is not a boolean");
        }
        return t.equals("true") ? 1 : 0;
      case DURATION:
        try {
          v = ((Duration) ValueType.duration(Duration.ZERO, Duration.ofDays(400)).parse(t)).toMillis();
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("is not a duration");
        }
        break;
      case RATIO:
        v = number(t.endsWith("%") ? t.substring(0, t.length() - 1) : t);
        if (t.endsWith("%")) {
          v /= 100;
        }
        break;
      case USD:
        v = number(t.startsWith("$") ? t.substring(1) : t);
        break;
      case INTEGER:
        v = number(t);
        if (v != Math.rint(v)) {
          throw new IllegalArgumentException("is not a whole number");
        }
        break;
      default:
        v = number(t);
    }
    if (v < min || v > max) {
      throw new IllegalArgumentException("is out of range");
    }
    return v;
  }

  private static double number(String t) {
    try {
      double v = Double.parseDouble(t.replace("_", ""));
      if (Double.isNaN(v) || Double.isInfinite(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("is not a number");
    }
  }

  /** What a valid value looks like, for error messages and docs. */
  public String validValues() {
    switch (kind) {
      case BOOLEAN:
        return "true or false";
      case DURATION:
        return "a duration from " + format(min) + " to " + format(max) + " such as 30s, 10m or 4h";
      case RATIO:
        return "a ratio from " + trim(min) + " to " + trim(max) + " such as 0.25 or 25%";
      case USD:
        return "an amount in USD from " + trim(min) + " to " + trim(max) + " such as 0.50";
      case INTEGER:
        return "a whole number from " + trim(min) + " to " + trim(max);
      default:
        return "a number from " + trim(min) + " to " + trim(max);
    }
  }

  String format(double v) {
    switch (kind) {
      case BOOLEAN:
        return v != 0 ? "true" : "false";
      case DURATION:
        long ms = (long) v;
        if (ms == 0) {
          return "0s";
        }
        if (ms % 86_400_000L == 0) {
          return (ms / 86_400_000L) + "d";
        }
        if (ms % 3_600_000L == 0) {
          return (ms / 3_600_000L) + "h";
        }
        if (ms % 60_000L == 0) {
          return (ms / 60_000L) + "m";
        }
        return ms % 1000 == 0 ? (ms / 1000) + "s" : ms + "ms";
      default:
        return trim(v);
    }
  }

  private static String trim(double v) {
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
