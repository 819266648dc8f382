package io.strandwatch.agent.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strandwatch.agent.config.AgentConfig;
import io.strandwatch.agent.config.ConfigProblem;
import io.strandwatch.agent.pricing.PricingConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule docs cannot drift from the code: every parameter row of rules-config.md matches its spec, every rule
 * in alerts.md has a condition, a first step for on-call, an override example and a runbook, and every YAML
 * example in both pages is a valid config file.
 */
class RuleDocsTest {

  static final Path DOCS = Paths.get("..", "docs");

  static String read(String name) throws Exception {
    return Files.readString(DOCS.resolve(name), StandardCharsets.UTF_8);
  }

  @Test
  void rulesConfigTablesMatchTheSpecs() throws Exception {
    String doc = read("rules-config.md");
    for (RuleSpec spec : RuleCatalog.SPECS) {
      int at = doc.indexOf("### `" + spec.id() + "`");
      assertTrue(at >= 0, spec.id());
      int end = doc.indexOf("\n### ", at + 1);
      String section = doc.substring(at, end < 0 ? doc.length() : end);
      assertEquals(spec.strandScoped(), section.startsWith("### `" + spec.id() + "` (per-strand overrides allowed)"),
          spec.id());
      StringBuilder lifecycle = new StringBuilder("Lifecycle defaults: ");
      for (ParamSpec p : spec.params()) {
        if (p.index() < 5) {
          lifecycle.append(p.index() == 0 ? "" : ", ").append('`').append(p.name()).append(": ")
              .append(p.defaultText()).append('`');
        } else {
          String row = "| `" + p.name() + "` | " + p.defaultText() + " | " + p.validValues() + " | "
              + p.description() + " |";
          assertTrue(section.contains(row), spec.id() + ": missing or stale row\n" + row);
        }
      }
      assertTrue(section.contains(lifecycle.append('.')), spec.id() + ": " + lifecycle);
    }
  }

  @Test
  void everyRuleInAlertsMdHasConditionFirstStepOverrideAndRunbook() throws Exception {
    String doc = read("alerts.md");
    for (String id : RuleCatalog.ids()) {
      int at = doc.indexOf("### `" + id + "`");
      assertTrue(at >= 0, id);
      int end = doc.indexOf("\n### ", at + 1);
      String section = doc.substring(at, end < 0 ? doc.indexOf("\n## ", at) : end);
      for (String part : new String[] {"- **Condition", "- **First:**", "- **Override:**", "- **Runbook:**"}) {
        assertTrue(section.contains(part), id + " lacks " + part);
      }
    }
  }

  @Test
  void everyYamlExampleIsAValidConfigFile(@TempDir Path dir) throws Exception {
    List<String> problems = new ArrayList<>();
    int examples = 0;
    for (String page : new String[] {"alerts.md", "rules-config.md"}) {
      Matcher m = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL).matcher(read(page));
      while (m.find()) {
        String yaml = dedent(m.group(1));
        if (yaml.contains("<strand name>")) {
          continue; // the schema outline, with placeholders, not an example
        }
        Path file = Files.writeString(dir.resolve(page + "-" + (++examples) + ".yaml"), yaml);
        Properties p = new Properties();
        p.setProperty("strandwatch.config.file", file.toString());
        AgentConfig config = AgentConfig.load(null, p, Map.of());
        List<ConfigProblem> found = new ArrayList<>(config.problems());
        RulesConfig.parse(config, found);
        found.forEach(f -> problems.add(page + " example: " + f + "\n" + yaml));
        PricingConfig.load(config, f -> problems.add(page + " example: " + f));
      }
    }
    assertTrue(examples >= 15, examples + " examples");
    assertEquals(List.of(), problems);
  }

  /** Code blocks inside list items are indented; YAML needs them at column 0. */
  static String dedent(String block) {
    String[] lines = block.split("\n", -1);
    int indent = Integer.MAX_VALUE;
    for (String l : lines) {
      if (!l.isBlank()) {
        indent = Math.min(indent, l.length() - l.stripLeading().length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String l : lines) {
      out.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    return out.toString();
  }
}
