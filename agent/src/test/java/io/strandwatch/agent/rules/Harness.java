package io.strandwatch.agent.rules;

import io.strandwatch.agent.config.AgentConfig;
import io.strandwatch.agent.config.ConfigProblem;
import io.strandwatch.bridge.model.AlertEvent;
import io.strandwatch.bridge.model.MetricsSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.LongFunction;

/**
 * Runs the engine from a YAML config on a hand-moved clock and records each alert event as
 * {@code "<time since start> <STATE> <severity> <key>"}, e.g. {@code "7m FIRING critical error_rate|strand=a"}.
 */
final class Harness {

  /** A Monday, so week budgets start here too. */
  static final Instant START = Instant.parse("2025-01-06T00:00:00Z");

  final MutableClock clock = new MutableClock(START);
  final List<AlertEvent> events = new ArrayList<>();
  final List<String> log = new ArrayList<>();
  final List<ConfigProblem> problems = new ArrayList<>();
  final RulesEngine engine;

  Harness(String yaml) {
    this(yaml, null);
  }

  Harness(String yaml, Path stateDir) {
    RulesConfig config = parse(yaml, problems);
    if (stateDir != null) {
      config = config.withStateDir(stateDir);
    }
    engine = RulesEngine.create(config, clock, log::add);
    engine.addListener(events::add);
  }

  static RulesConfig parse(String yaml, List<ConfigProblem> problems) {
    try {
      Path file = Files.createTempFile("strandwatch-rules", ".yaml");
      file.toFile().deleteOnExit();
      Files.write(file, yaml.getBytes(StandardCharsets.UTF_8));
      AgentConfig config = AgentConfig.load("config.file=" + file, new Properties(), Map.of());
      problems.addAll(config.problems());
      return RulesConfig.parse(config, problems);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Evaluates {@code snapshot} at {@code seconds} after START. */
  void at(long seconds, MetricsSnapshot snapshot) {
    clock.set(START.plusSeconds(seconds));
    engine.evaluate(snapshot);
  }

  /** One snapshot per minute, at minute k for k in [from, to], from {@code data.apply(k)}. */
  void minutes(long from, long to, LongFunction<MetricsSnapshot> data) {
    for (long k = from; k <= to; k++) {
      at(k * 60, data.apply(k));
    }
  }

  /** The recorded events in the compact form. */
  List<String> transitions() {
    List<String> out = new ArrayList<>();
    for (AlertEvent e : events) {
      long s = e.epochNanos() / 1_000_000_000L - START.getEpochSecond();
      out.add(time(s) + " " + (e.reminder() ? "REMINDER" : e.state().toUpperCase(java.util.Locale.ROOT)) + " "
          + e.severity() + " " + e.key());
    }
    return out;
  }

  /**
   * Every field of every event, for exact assertions on what on-call receives:
   * {@code "7m FIRING critical error_rate|strand=a value=0.3 threshold=0.25 baseline=- window=10m
   * scope={strand.name=a}"}. Numbers are the raw values (ratios, ns, pico-USD, tokens) written exactly.
   */
  List<String> details() {
    List<String> out = new ArrayList<>();
    List<String> t = transitions();
    for (int i = 0; i < events.size(); i++) {
      AlertEvent e = events.get(i);
      out.add(t.get(i) + " value=" + num(e.value()) + " threshold=" + num(e.threshold()) + " baseline="
          + (e.baseline() == null ? "-" : num(e.baseline())) + " window=" + e.window() + " scope=" + e.scope());
    }
    return out;
  }

  /** The summary of each event, as on-call reads it. */
  List<String> summaries() {
    List<String> out = new ArrayList<>();
    for (AlertEvent e : events) {
      out.add(e.summary());
    }
    return out;
  }

  static String num(double v) {
    return Double.isNaN(v) || Double.isInfinite(v) ? String.valueOf(v)
        : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  static String time(long seconds) {
    long h = seconds / 3600;
    long m = (seconds % 3600) / 60;
    long s = seconds % 60;
    return (h > 0 ? h + "h" : "") + (m > 0 || (h == 0 && s == 0) ? m + "m" : "") + (s > 0 ? s + "s" : "");
  }

  /** The state of an alert now: PENDING, FIRING or null when inactive. */
  String phase(String key) {
    var a = engine.lifecycle().get(key);
    return a == null ? null : a.phase().name();
  }
}
