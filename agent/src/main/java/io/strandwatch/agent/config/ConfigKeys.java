package io.strandwatch.agent.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every setting the agent understands. docs/configuration.md documents each one; keep them in step.
 * Structured settings (lists and maps, such as budgets) are {@link #SECTIONS}: only the config file holds them.
 */
public final class ConfigKeys {

  private static final Map<String, ConfigKey> BY_NAME = new LinkedHashMap<>();

  public static final ConfigKey ENABLED = key("enabled", ValueType.BOOLEAN, "true",
      "Set to false to load the agent without instrumenting anything.");
  public static final ConfigKey CONFIG_FILE = key("config.file", ValueType.PATH, null,
      "A YAML file with any of these settings (nested keys or dotted keys) plus the structured sections.");
  public static final ConfigKey INTERVAL = key("interval",
      ValueType.duration(Duration.ofMillis(100), Duration.ofHours(1)), "10s",
      "How often the ticker takes interval snapshots, evaluates rules and hands metrics to exporters.");
  public static final ConfigKey CPU = key("measure.cpu", ValueType.oneOf("always", "sampled", "off"), "always",
      "Thread CPU time per execution: always, on every Nth execution (sampled), or off.");
  public static final ConfigKey CPU_SAMPLE_EVERY = key("measure.cpu.sample-every", ValueType.integer(2, 1_000_000),
      "16", "With measure.cpu=sampled, the CPU time of one execution in this many is measured.");
  public static final ConfigKey ALLOCATION = key("measure.allocation", ValueType.BOOLEAN, "true",
      "Bytes allocated by the executing thread per execution.");
  public static final ConfigKey MAX_SERIES = key("series.max", ValueType.integer(10, 1_000_000), "2000",
      "The most distinct series (strand x outcome x error type) kept; the rest go to one overflow series.");
  public static final ConfigKey MAX_DEPTH = key("strands.max-depth", ValueType.integer(1, 1024), "64",
      "Nested strand executions deeper than this on one thread are not measured (counted as skipped).");
  public static final ConfigKey REPORT_TEXT = key("report.text", ValueType.BOOLEAN, "true",
      "Print the per-strand table to stderr at JVM exit.");
  public static final ConfigKey REPORT_JSON = key("report.json", ValueType.PATH, null,
      "Write the end-of-run report as JSON to this file at JVM exit.");
  public static final ConfigKey REPORT_HTML = key("report.html", ValueType.PATH, null,
      "Write the end-of-run report as one self-contained HTML page (charts, no scripts) at JVM exit.");
  public static final ConfigKey PRICING_FILE = key("pricing.file", ValueType.PATH, null,
      "A price file (docs/pricing.md) that overrides and extends the bundled prices; pricing.models in the"
          + " config file overrides both.");
  public static final ConfigKey INSTRUMENTATION_DISABLED = key("instrumentation.disabled", ValueType.STRING, "",
      "Comma-separated library instrumentations to leave off, such as openai,bedrock (names in docs).");
  public static final ConfigKey JMX_ENABLED = key("jmx.enabled", ValueType.BOOLEAN, "true",
      "Register the io.strandwatch:type=StrandWatch MBean (strand health, active alerts) after the first tick.");
  public static final ConfigKey DEBUG = key("debug", ValueType.BOOLEAN, "false",
      "Log what is instrumented and why something is skipped.");

  /**
   * Structured config-file sections owned by the features that validate them: budgets, rules and per-strand
   * rules (rules-config.md), and model prices written inline (pricing.md).
   */
  public static final List<String> SECTIONS = Collections.unmodifiableList(new ArrayList<>(List.of(
      "budgets", "rules", "strands", "pricing.models")));

  private ConfigKeys() {}

  static ConfigKey key(String name, ValueType type, String defaultValue, String description) {
    ConfigKey key = new ConfigKey(name, type, defaultValue, description);
    BY_NAME.put(name, key);
    return key;
  }

  public static ConfigKey byName(String name) {
    return BY_NAME.get(name);
  }

  public static Iterable<ConfigKey> all() {
    return Collections.unmodifiableCollection(BY_NAME.values());
  }

  /** The known key closest to {@code name}, for "did you mean" hints; null when nothing is close. */
  static String closest(String name) {
    return KeySuggestions.closest(name, BY_NAME.keySet());
  }
}
