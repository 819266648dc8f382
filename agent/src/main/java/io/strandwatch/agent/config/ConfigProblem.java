package io.strandwatch.agent.config;

/**
 * One thing wrong with the configuration: where it was written, which key, what is wrong and what would be
 * valid. Printed as a single line; the agent keeps running with the default for that key.
 */
public final class ConfigProblem {

  private final String where;
  private final String key;
  private final String message;

  public ConfigProblem(String where, String key, String message) {
    this.where = where;
    this.key = key;
    this.message = message;
  }

  public String where() {
    return where;
  }

  public String key() {
    return key;
  }

  public String message() {
    return message;
  }

  @Override
  public String toString() {
    return where + ": " + (key == null ? "" : key + ": ") + message;
  }
}
