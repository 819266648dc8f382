package io.strandwatch.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The rows of a JMH {@code -rf csv} result file: primary scores and profiler metrics such as B/op. */
final class JmhCsv {

  /** One score: benchmark method (simple name), secondary metric or "" for the primary one, value, error. */
  static final class Score {
    final String method;
    final String metric;
    final Map<String, String> params;
    final double value;
    final double error;
    final String unit;

    Score(String method, String metric, Map<String, String> params, double value, double error, String unit) {
      this.method = method;
      this.metric = metric;
      this.params = params;
      this.value = value;
      this.error = error;
      this.unit = unit;
    }
  }

  private final List<Score> scores;

  private JmhCsv(List<Score> scores) {
    this.scores = scores;
  }

  /** The scores of several result files as one. */
  static JmhCsv readAll(Path... files) throws IOException {
    List<Score> scores = new ArrayList<>();
    for (Path file : files) {
      scores.addAll(read(file).scores);
    }
    return new JmhCsv(scores);
  }

  static JmhCsv read(Path file) throws IOException {
    List<Score> scores = new ArrayList<>();
    List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    if (lines.isEmpty()) {
      return new JmhCsv(scores);
    }
    List<String> header = fields(lines.get(0));
    for (String line : lines.subList(1, lines.size())) {
      List<String> f = fields(line);
      String name = f.get(0);
      int colon = name.indexOf(':');
      String qualified = colon < 0 ? name : name.substring(0, colon);
      String metric = colon < 0 ? "" : name.substring(colon + 1);
      Map<String, String> params = new HashMap<>();
      for (int i = 7; i < header.size() && i < f.size(); i++) {
        params.put(header.get(i).replace("Param: ", ""), f.get(i));
      }
      scores.add(new Score(qualified.substring(qualified.lastIndexOf('.') + 1), metric, params,
          number(f.get(4)), number(f.get(5)), f.get(6)));
    }
    return new JmhCsv(scores);
  }

  /** The score of {@code method} for {@code metric} ("" = primary), or null when it was not run. */
  Score find(String method, String metric, String param, String paramValue) {
    for (Score s : scores) {
      if (s.method.equals(method) && s.metric.equals(metric)
          && (param == null || paramValue.equals(s.params.get(param)))) {
        return s;
      }
    }
    return null;
  }

  Score find(String method, String metric) {
    return find(method, metric, null, null);
  }

  private static double number(String text) {
    return text.isEmpty() || text.equals("NaN") ? Double.NaN : Double.parseDouble(text.replace(',', '.'));
  }

  private static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        out.add(field.toString().trim());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    out.add(field.toString().trim());
    return out;
  }

  static String format(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.0f" : Math.abs(value) >= 10 ? "%.1f" : "%.2f",
        value);
  }
}
