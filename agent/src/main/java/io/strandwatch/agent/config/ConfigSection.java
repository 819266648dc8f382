package io.strandwatch.agent.config;

import org.yaml.snakeyaml.nodes.Node;

/**
 * A structured part of the config file (pricing, budgets, rules, per-strand overrides), kept as its YAML node so
 * the feature that owns it can validate it and still report {@code file:line}.
 */
public final class ConfigSection {

  private final String file;
  private final String name;
  private final Node node;

  ConfigSection(String file, String name, Node node) {
    this.file = file;
    this.name = name;
    this.node = node;
  }

  public String file() {
    return file;
  }

  public String name() {
    return name;
  }

  public Node node() {
    return node;
  }

  /** {@code file:line} of a node inside this section, for error messages. */
  public String where(Node inner) {
    return ConfigFileReader.where(file, inner);
  }
}
