package io.strandwatch.agent.config;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The kinds of values a {@link ConfigKey} takes, each with its parser and a description of what is valid. */
public abstract class ValueType {

  private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d)");

  /** Parses {@code text}; throws IllegalArgumentException with a message naming what would be valid. */
  public abstract Object parse(String text);

  /** A human description of valid values, used in error messages. */
  public abstract String validValues();

  public static final ValueType BOOLEAN = new ValueType() {
    @Override
    public Object parse(String text) {
      String t = text.trim().toLowerCase(Locale.ROOT);
      if (t.equals("true")) {
        return Boolean.TRUE;
      }
      if (t.equals("false")) {
        return Boolean.FALSE;
      }
      throw new IllegalArgumentException("not a boolean");
    }

    @Override
    public String validValues() {
      return "true or false";
    }
  };

  public static final ValueType STRING = new ValueType() {
    @Override
    public Object parse(String text) {
      return text.trim();
    }

    @Override
    public String validValues() {
      return "any text";
    }
  };

  public static final ValueType PATH = new ValueType() {
    @Override
    public Object parse(String text) {
      String t = text.trim();
      if (t.isEmpty()) {
        throw new IllegalArgumentException("empty path");
      }
      return t;
    }

    @Override
    public String validValues() {
      return "a file path";
    }
  };

  /** A duration such as {@code 500ms}, {@code 10s}, {@code 5m}, {@code 1h}, {@code 1d}, at least {@code min}. */
  public static ValueType duration(Duration min, Duration max) {
    return new ValueType() {
      @Override
      public Object parse(String text) {
        Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
          throw new IllegalArgumentException("not a duration");
        }
        long n = Long.parseLong(m.group(1));
        Duration d;
        switch (m.group(2)) {
          case "ms": d = Duration.ofMillis(n); break;
          case "s": d = Duration.ofSeconds(n); break;
          case "m": d = Duration.ofMinutes(n); break;
          case "h": d = Duration.ofHours(n); break;
          default: d = Duration.ofDays(n); break;
        }
        if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
          throw new IllegalArgumentException("out of range");
        }
        return d;
      }

      @Override
      public String validValues() {
        return "a duration from " + format(min) + " to " + format(max) + " such as 10s, 500ms, 5m or 1h";
      }
    };
  }

  public static ValueType integer(long min, long max) {
    return new ValueType() {
      @Override
      public Object parse(String text) {
        long v;
        try {
          v = Long.parseLong(text.trim().replace("_", ""));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("not a whole number");
        }
        if (v < min || v > max) {
          throw new IllegalArgumentException("out of range");
        }
        return v;
      }

      @Override
      public String validValues() {
        return "a whole number from " + min + " to " + max;
      }
    };
  }

  public static ValueType oneOf(String... choices) {
    List<String> valid = Arrays.asList(choices);
    return new ValueType() {
      @Override
      public Object parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (!valid.contains(t)) {
          throw new IllegalArgumentException("not one of the choices");
        }
        return t;
      }

      @Override
      public String validValues() {
        return "one of " + String.join(", ", valid);
      }
    };
  }

  static String format(Duration d) {
    if (d.toMillis() % 1000 != 0) {
      return d.toMillis() + "ms";
    }
    long s = d.getSeconds();
    if (s % 3600 == 0) {
      return (s / 3600) + "h";
    }
    if (s % 60 == 0) {
      return (s / 60) + "m";
    }
    return s + "s";
  }
}
