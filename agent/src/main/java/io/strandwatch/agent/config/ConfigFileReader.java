package io.strandwatch.agent.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the YAML config file. Nested mappings become dotted keys ({@code measure: {cpu: sampled}} is
 * {@code measure.cpu}); every value keeps its line so errors can say {@code file:line}. The structured
 * sections are handed over as YAML nodes to the features that own them.
 */
final class ConfigFileReader {

  /** Bounds that stop a hostile or broken file from exhausting memory (billion laughs, huge documents). */
  private static final int MAX_ALIASES = 50;
  /**
   * A real config file is a few KB. SnakeYAML needs about a second per MB and does not count comments against its
   * code point limit (a 5 MB comment took 10 s in ConfigFuzzTest), so the size is checked before parsing.
   */
  static final int MAX_BYTES = 1024 * 1024;

  private ConfigFileReader() {}

  static void read(Path file, Map<String, ConfigValue> values, Map<String, ConfigSection> sections,
      List<ConfigProblem> problems) {
    String name = file.toString();
    Node root;
    try {
      if (Files.size(file) > MAX_BYTES) {
        problems.add(new ConfigProblem(name, null, "is larger than " + (MAX_BYTES / 1024) + " KB; not read"));
        return;
      }
    } catch (IOException e) {
      problems.add(new ConfigProblem(name, null, "cannot be read: " + e));
      return;
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      LoaderOptions options = new LoaderOptions();
      options.setMaxAliasesForCollections(MAX_ALIASES);
      options.setCodePointLimit(MAX_BYTES);
      options.setAllowDuplicateKeys(false);
      root = new Yaml(options).compose(reader);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String where = mark == null ? name : name + ":" + (mark.getLine() + 1);
      problems.add(new ConfigProblem(where, null, "not valid YAML: " + firstLine(e.getProblem())));
      return;
    } catch (YAMLException e) {
      problems.add(new ConfigProblem(name, null, "not valid YAML: " + firstLine(e.getMessage())));
      return;
    } catch (IOException e) {
      problems.add(new ConfigProblem(name, null, "cannot be read: " + e));
      return;
    }
    if (root == null) {
      return;
    }
    if (!(root instanceof MappingNode)) {
      problems.add(new ConfigProblem(where(name, root), null,
          "the file must be a mapping of keys to values, such as 'interval: 10s'"));
      return;
    }
    flatten(name, "", (MappingNode) root, values, sections, problems);
  }

  private static void flatten(String file, String prefix, MappingNode mapping, Map<String, ConfigValue> values,
      Map<String, ConfigSection> sections, List<ConfigProblem> problems) {
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      // An empty key ("!!map : 5" or ": 5") would read as the unknown key "" and print as ": : unknown key".
      if (!(keyNode instanceof ScalarNode) || ((ScalarNode) keyNode).getValue().trim().isEmpty()) {
        problems.add(new ConfigProblem(where(file, keyNode), null, "keys must be plain words"));
        continue;
      }
      String key = prefix + ((ScalarNode) keyNode).getValue();
      Node valueNode = tuple.getValueNode();
      // Matched on the full dotted key, so "pricing: {models: ...}" and "pricing.models:" are the same section.
      if (ConfigKeys.SECTIONS.contains(key)) {
        sections.put(key, new ConfigSection(file, key, valueNode));
      } else if (valueNode instanceof ScalarNode) {
        values.put(key, new ConfigValue(((ScalarNode) valueNode).getValue(), where(file, valueNode)));
      } else if (valueNode instanceof MappingNode && ConfigKeys.byName(key) == null) {
        flatten(file, key + ".", (MappingNode) valueNode, values, sections, problems);
      } else {
        problems.add(new ConfigProblem(where(file, valueNode), key, "expected a single value"
            + (ConfigKeys.byName(key) != null ? ", " + ConfigKeys.byName(key).type().validValues() : "")));
      }
    }
  }

  static String where(String file, Node node) {
    return file + ":" + (node.getStartMark().getLine() + 1);
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "syntax error";
    }
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }
}
