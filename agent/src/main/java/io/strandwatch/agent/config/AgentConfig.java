package io.strandwatch.agent.config;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The effective configuration. Sources, strongest first: agent arguments ({@code key=value,key=value}),
 * {@code strandwatch.*} system properties, {@code STRANDWATCH_*} environment variables, the config file, then
 * the defaults. A bad value is reported as a {@link ConfigProblem} and replaced by the default, so the
 * application always starts.
 */
public final class AgentConfig {

  private final Map<ConfigKey, Object> values;
  private final Map<ConfigKey, String> origins;
  private final Map<String, ConfigSection> sections;
  private final List<ConfigProblem> problems;

  private AgentConfig(Map<ConfigKey, Object> values, Map<ConfigKey, String> origins,
      Map<String, ConfigSection> sections, List<ConfigProblem> problems) {
    this.values = values;
    this.origins = origins;
    this.sections = sections;
    this.problems = problems;
  }

  public static AgentConfig fromEnvironment(String agentArgs) {
    return load(agentArgs, System.getProperties(), System.getenv());
  }

  public static AgentConfig load(String agentArgs, Properties systemProperties, Map<String, String> env) {
    List<ConfigProblem> problems = new ArrayList<>();
    Map<String, ConfigValue> args = parseAgentArgs(agentArgs, problems);
    Map<String, ConfigValue> props = fromSystemProperties(systemProperties, problems);
    Map<String, ConfigValue> environment = fromEnvironment(env, problems);

    Map<String, ConfigValue> fileValues = new LinkedHashMap<>();
    Map<String, ConfigSection> sections = new LinkedHashMap<>();
    ConfigValue file = firstOf(ConfigKeys.CONFIG_FILE.name(), args, props, environment);
    if (file != null) {
      ConfigFileReader.read(Paths.get(file.text.trim()), fileValues, sections, problems);
      for (Map.Entry<String, ConfigValue> e : fileValues.entrySet()) {
        if (ConfigKeys.byName(e.getKey()) == null) {
          problems.add(unknownKey(e.getValue().where, e.getKey()));
        }
      }
    }

    Map<ConfigKey, Object> values = new HashMap<>();
    Map<ConfigKey, String> origins = new HashMap<>();
    for (ConfigKey key : ConfigKeys.all()) {
      ConfigValue raw = firstOf(key.name(), args, props, environment, fileValues);
      Object parsed = null;
      if (raw != null) {
        try {
          parsed = key.type().parse(raw.text);
          origins.put(key, raw.where);
        } catch (IllegalArgumentException e) {
          problems.add(new ConfigProblem(raw.where, key.name(), "\"" + raw.text + "\" is " + e.getMessage()
              + "; expected " + key.type().validValues() + "; using the default"
              + (key.defaultValue() == null ? " (unset)" : " " + key.defaultValue())));
        }
      }
      if (parsed == null && key.defaultValue() != null) {
        parsed = key.type().parse(key.defaultValue());
        origins.put(key, "default");
      }
      if (parsed != null) {
        values.put(key, parsed);
      }
    }
    return new AgentConfig(values, origins, sections, Collections.unmodifiableList(problems));
  }

  @SafeVarargs
  private static ConfigValue firstOf(String key, Map<String, ConfigValue>... sources) {
    for (Map<String, ConfigValue> source : sources) {
      ConfigValue v = source.get(key);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static Map<String, ConfigValue> parseAgentArgs(String agentArgs, List<ConfigProblem> problems) {
    Map<String, ConfigValue> out = new LinkedHashMap<>();
    if (agentArgs == null || agentArgs.trim().isEmpty()) {
      return out;
    }
    for (String part : agentArgs.split(",")) {
      String p = part.trim();
      if (p.isEmpty()) {
        continue;
      }
      int eq = p.indexOf('=');
      String where = "agent argument '" + p + "'";
      if (eq <= 0) {
        problems.add(new ConfigProblem(where, null, "expected key=value, such as interval=10s"));
        continue;
      }
      String key = p.substring(0, eq).trim();
      if (ConfigKeys.byName(key) == null) {
        problems.add(unknownKey(where, key));
        continue;
      }
      out.put(key, new ConfigValue(p.substring(eq + 1), where));
    }
    return out;
  }

  private static Map<String, ConfigValue> fromSystemProperties(Properties props, List<ConfigProblem> problems) {
    Map<String, ConfigValue> out = new LinkedHashMap<>();
    for (String name : props.stringPropertyNames()) {
      if (!name.startsWith("strandwatch.")) {
        continue;
      }
      String key = name.substring("strandwatch.".length());
      String where = "system property " + name;
      if (ConfigKeys.byName(key) == null) {
        problems.add(unknownKey(where, key));
        continue;
      }
      out.put(key, new ConfigValue(props.getProperty(name), where));
    }
    return out;
  }

  private static Map<String, ConfigValue> fromEnvironment(Map<String, String> env, List<ConfigProblem> problems) {
    Map<String, ConfigKey> byVariable = new HashMap<>();
    for (ConfigKey key : ConfigKeys.all()) {
      byVariable.put(key.environmentVariable(), key);
    }
    Map<String, ConfigValue> out = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : env.entrySet()) {
      if (!e.getKey().startsWith("STRANDWATCH_")) {
        continue;
      }
      ConfigKey key = byVariable.get(e.getKey());
      String where = "environment variable " + e.getKey();
      if (key == null) {
        problems.add(new ConfigProblem(where, null, "unknown setting; see docs/configuration.md for the list"));
        continue;
      }
      out.put(key.name(), new ConfigValue(e.getValue(), where));
    }
    return out;
  }

  private static ConfigProblem unknownKey(String where, String key) {
    String hint = ConfigKeys.closest(key);
    return new ConfigProblem(where, key, "unknown key" + (hint == null ? "" : "; did you mean '" + hint + "'?")
        + " (all keys: docs/configuration.md)");
  }

  public boolean getBoolean(ConfigKey key) {
    return (Boolean) values.get(key);
  }

  public long getLong(ConfigKey key) {
    return (Long) values.get(key);
  }

  public int getInt(ConfigKey key) {
    return (int) getLong(key);
  }

  public Duration getDuration(ConfigKey key) {
    return (Duration) values.get(key);
  }

  /** The value as text, or null when unset. */
  public String getString(ConfigKey key) {
    Object v = values.get(key);
    return v == null ? null : v.toString();
  }

  public Path getPath(ConfigKey key) {
    String v = getString(key);
    return v == null ? null : Paths.get(v);
  }

  /** The effective value as it would be written, such as {@code 10s}. */
  public String originalText(ConfigKey key) {
    Object v = values.get(key);
    return v instanceof Duration ? ValueType.format((Duration) v) : String.valueOf(v);
  }

  /** Where the effective value came from ("default", "system property strandwatch.x", "file.yaml:3", ...). */
  public String originOf(ConfigKey key) {
    return origins.get(key);
  }

  /** A structured config-file section, or null when the file has none. */
  public ConfigSection section(String name) {
    return sections.get(name);
  }

  public List<ConfigProblem> problems() {
    return problems;
  }
}
