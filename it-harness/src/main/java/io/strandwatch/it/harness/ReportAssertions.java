package io.strandwatch.it.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.strandwatch.simulator.TokenUsage;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Exact assertions on a {@link Report}, shared by the forked-JVM tests of every client. */
public final class ReportAssertions {

  private ReportAssertions() {}

  /**
   * The strand's five token totals; null where the provider's usage cannot tell (unknown, never 0). All five are
   * compared at once, so a failure shows every difference.
   */
  public static void assertTokens(Report.Strand s, Long input, Long output, Long cacheRead, Long cacheWrite,
      Long reasoning) {
    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put("input", input);
    expected.put("output", output);
    expected.put("cache_read", cacheRead);
    expected.put("cache_write", cacheWrite);
    expected.put("reasoning", reasoning);
    Map<String, Long> actual = new LinkedHashMap<>();
    for (String type : expected.keySet()) {
      actual.put(type, s.tokens(type));
    }
    assertEquals(expected, actual, s.toString());
  }

  /**
   * The strand's five token totals after {@code calls} calls that each reported {@code perCall}, as the
   * simulator was told to answer: a type the usage leaves out is unknown (null), not 0.
   */
  public static void assertTokens(Report.Strand s, TokenUsage perCall, long calls) {
    assertTokens(s, times(perCall.input(), calls), times(perCall.output(), calls),
        times(perCall.cacheRead(), calls), times(perCall.cacheWrite(), calls), times(perCall.reasoning(), calls));
  }

  private static Long times(Integer perCall, long calls) {
    return perCall == null ? null : perCall * calls;
  }

  /** A USD amount from the report, to the digit: 0.0100 equals 0.01. */
  public static void assertUsd(BigDecimal expected, Object actual) {
    assertEquals(0, expected.compareTo(new BigDecimal(String.valueOf(actual))), "expected $" + expected + ", got $"
        + actual);
  }

  /** A JSON map of counts (such as {@code error_types}) as longs, sorted by key. */
  public static Map<String, Long> longs(Map<String, Object> m) {
    Map<String, Long> out = new TreeMap<>();
    m.forEach((k, v) -> out.put(k, ((Number) v).longValue()));
    return out;
  }
}
