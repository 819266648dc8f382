package io.strandwatch.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every result file one run of scripts/bench.sh wrote, by the names the script gives them. */
final class Measurements {

  /** Per-call configurations, in table order: label and what it means. */
  static final String[][] PER_CALL_CONFIGS = {
      {"none", "no agent"},
      {"sw-wall", "StrandWatch, wall time only"},
      {"sw-alloc", "StrandWatch, + allocation"},
      {"sw-sampled", "StrandWatch, + allocation + CPU sampled 1/16"},
      {"sw-cpu", "StrandWatch, + allocation + CPU every call (default)"},
      {"otel", "OpenTelemetry agent, @WithSpan"},
      {"micrometer", "Micrometer Timer by hand, no agent"},
  };

  static final String[][] LLM_CONFIGS = {
      {"none", "no agent"},
      {"strandwatch", "StrandWatch (defaults)"},
      {"otel", "OpenTelemetry agent"},
  };

  private final Path dir;

  Measurements(Path dir) {
    this.dir = dir;
  }

  static final String[] BODIES = {"emptyBody", "workBody"};

  JmhCsv perCall(String config, int threads) throws IOException {
    return JmhCsv.readAll(perCallFiles(config, threads, ".csv"));
  }

  JmhLog perCallLog(String config, int threads) throws IOException {
    return JmhLog.read(perCallFiles(config, threads, ".log"));
  }

  /** Seconds after which the run of this body was killed as hung, or 0 when it was not. */
  long hungAfter(String config, int threads, String body) throws IOException {
    Path marker = dir.resolve("percall-" + config + "-t" + threads + "-" + body + ".hung");
    return Files.exists(marker) ? Long.parseLong(Files.readString(marker).trim()) : 0;
  }

  private Path[] perCallFiles(String config, int threads, String suffix) {
    Path[] files = new Path[BODIES.length];
    for (int i = 0; i < BODIES.length; i++) {
      files[i] = dir.resolve("percall-" + config + "-t" + threads + "-" + BODIES[i] + suffix);
    }
    return files;
  }

  JmhLog referenceLog() throws IOException {
    return JmhLog.read(dir.resolve("reference.log"));
  }

  JmhCsv reference() throws IOException {
    return JmhCsv.read(dir.resolve("reference.csv"));
  }

  JmhCsv llm(String config) throws IOException {
    return JmhCsv.read(dir.resolve("llm-" + config + ".csv"));
  }

  JmhCsv snapshot() throws IOException {
    return JmhCsv.read(dir.resolve("snapshot.csv"));
  }

  JmhCsv recordAfterSnapshot() throws IOException {
    return JmhCsv.read(dir.resolve("record-after-snapshot.csv"));
  }

  /** Bytes in the "Total" line of a class histogram the memory probe wrote, or NaN. */
  double histogramTotal(String name) throws IOException {
    Path path = dir.resolve("histogram-" + name + ".txt");
    if (!Files.exists(path)) {
      return Double.NaN;
    }
    List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    String[] total = lines.get(lines.size() - 1).trim().split("\\s+");
    return Double.parseDouble(total[total.length - 1]);
  }

  /** Rows of a plain CSV file keyed by their first column, or an empty map when the file is missing. */
  Map<String, String[]> table(String file) throws IOException {
    Map<String, String[]> rows = new LinkedHashMap<>();
    Path path = dir.resolve(file);
    if (!Files.exists(path)) {
      return rows;
    }
    List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      rows.put(cells[0], cells);
    }
    return rows;
  }
}
