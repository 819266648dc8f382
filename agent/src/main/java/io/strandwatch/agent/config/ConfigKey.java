package io.strandwatch.agent.config;

/**
 * One documented setting. {@code name} is the dotted key as written in the config file and agent arguments;
 * the system property is {@code strandwatch.NAME} and the environment variable {@code STRANDWATCH_NAME}
 * upper-cased with dots and dashes as underscores.
 */
public final class ConfigKey {

  private final String name;
  private final ValueType type;
  private final String defaultValue;
  private final String description;

  ConfigKey(String name, ValueType type, String defaultValue, String description) {
    this.name = name;
    this.type = type;
    this.defaultValue = defaultValue;
    this.description = description;
  }

  public String name() {
    return name;
  }

  public ValueType type() {
    return type;
  }

  /** The default as text, or null when the key is unset by default. */
  public String defaultValue() {
    return defaultValue;
  }

  public String description() {
    return description;
  }

  public String systemProperty() {
    return "strandwatch." + name;
  }

  public String environmentVariable() {
    return "STRANDWATCH_" + name.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
  }
}
