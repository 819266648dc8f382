package io.strandwatch.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fastest measurement iteration of each benchmark, read from JMH's console log. On a loaded machine the mean
 * mixes in time the benchmark thread spent descheduled; the best iteration is the closest to the uncontended
 * cost, so the tables show both.
 */
final class JmhLog {

  private static final Pattern BENCHMARK = Pattern.compile("^# Benchmark: \\S+\\.(\\w+)$");
  private static final Pattern ITERATION = Pattern.compile("^Iteration\\s+\\d+: ([0-9.,]+) ");

  private final Map<String, Double> best = new HashMap<>();

  private JmhLog() {}

  static JmhLog read(Path... files) throws IOException {
    JmhLog log = new JmhLog();
    for (Path file : files) {
      if (Files.exists(file)) {
        log.add(file);
      }
    }
    return log;
  }

  private void add(Path file) throws IOException {
    String method = null;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      Matcher b = BENCHMARK.matcher(line);
      if (b.matches()) {
        method = b.group(1);
        continue;
      }
      Matcher i = ITERATION.matcher(line);
      if (method != null && i.find()) {
        double value = Double.parseDouble(i.group(1).replace(",", ""));
        best.merge(method, value, Math::min);
      }
    }
  }

  /** The lowest iteration score of {@code method}, or NaN. */
  double best(String method) {
    Double value = best.get(method);
    return value == null ? Double.NaN : value;
  }
}
