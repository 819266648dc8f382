package io.strandwatch.agent.rules;

import io.strandwatch.agent.config.AgentConfig;
import io.strandwatch.agent.config.ConfigProblem;
import io.strandwatch.agent.config.ConfigSection;
import io.strandwatch.agent.config.KeySuggestions;
import io.strandwatch.agent.rules.budget.Budget;
import io.strandwatch.agent.rules.budget.BudgetPeriod;
import io.strandwatch.agent.rules.budget.BudgetScope;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The {@code rules:}, {@code budgets:} and per-strand {@code strands: NAME: rules:} sections, validated. Bad
 * input never throws: each problem becomes a {@link ConfigProblem} naming file, line, key, what is wrong and
 * what is valid, and the default is used instead. docs/rules-config.md documents the schema.
 */
public final class RulesConfig {

  /** Engine settings written directly under {@code rules:} (rule ids are the mapping-valued keys). */
  static final List<String> ENGINE_KEYS = List.of("max_alerts_per_minute", "max_scopes", "history_size",
      "state_dir", "print_alerts", "time_zone");
  private static final List<String> BUDGET_KEYS = List.of("name", "limit_usd", "period", "scope", "time_zone",
      "thresholds");
  static final List<Integer> DEFAULT_THRESHOLDS = List.of(50, 80, 100);

  private final Map<String, RuleSettings> rules;
  private final List<Budget> budgets;
  private final int maxAlertsPerMinute;
  private final int maxScopes;
  private final int historySize;
  private final Path stateDir;
  private final boolean printAlerts;

  private RulesConfig(Map<String, RuleSettings> rules, List<Budget> budgets, int maxAlertsPerMinute, int maxScopes,
      int historySize, Path stateDir, boolean printAlerts) {
    this.rules = rules;
    this.budgets = budgets;
    this.maxAlertsPerMinute = maxAlertsPerMinute;
    this.maxScopes = maxScopes;
    this.historySize = historySize;
    this.stateDir = stateDir;
    this.printAlerts = printAlerts;
  }

  /** Every rule at its defaults, no budgets. */
  public static RulesConfig defaults() {
    return parse(null, null, null, new ArrayList<>());
  }

  /** The entry point of start-up and {@code check-config}: problems are added to {@code problems}. */
  public static RulesConfig parse(AgentConfig config, List<ConfigProblem> problems) {
    return parse(config.section("rules"), config.section("budgets"), config.section("strands"), problems);
  }

  public static RulesConfig parse(ConfigSection rulesSection, ConfigSection budgetsSection,
      ConfigSection strandsSection, List<ConfigProblem> problems) {
    Parser p = new Parser(problems);
    // In the order the sections usually appear in a file, so problems read top to bottom.
    p.rulesSection(rulesSection);
    List<Budget> budgets = p.budgetsSection(budgetsSection);
    p.strandsSection(strandsSection);
    Map<String, RuleSettings> rules = new LinkedHashMap<>();
    for (RuleSpec spec : RuleCatalog.SPECS) {
      rules.put(spec.id(), new RuleSettings(spec, p.values.get(spec.id()),
          p.strandValues.getOrDefault(spec.id(), Collections.emptyMap())));
    }
    return new RulesConfig(Collections.unmodifiableMap(rules), budgets, p.maxAlertsPerMinute, p.maxScopes,
        p.historySize, p.stateDir, p.printAlerts);
  }

  public RuleSettings rule(String id) {
    return rules.get(id);
  }

  public List<Budget> budgets() {
    return budgets;
  }

  public int maxAlertsPerMinute() {
    return maxAlertsPerMinute;
  }

  public int maxScopes() {
    return maxScopes;
  }

  public int historySize() {
    return historySize;
  }

  /** Where baselines are persisted, or null (not persisted). */
  public Path stateDir() {
    return stateDir;
  }

  public boolean printAlerts() {
    return printAlerts;
  }

  /** A copy with another state directory (e.g. one the core derives from its own settings). */
  public RulesConfig withStateDir(Path dir) {
    return new RulesConfig(rules, budgets, maxAlertsPerMinute, maxScopes, historySize, dir, printAlerts);
  }

  /** A copy with other budgets (tests and programmatic set-up). */
  public RulesConfig withBudgets(List<Budget> newBudgets) {
    return new RulesConfig(rules, List.copyOf(newBudgets), maxAlertsPerMinute, maxScopes, historySize, stateDir,
        printAlerts);
  }

  /** Parsing state: one instance per parse, collecting problems rather than throwing. */
  private static final class Parser {
    final List<ConfigProblem> problems;
    final Map<String, double[]> values = new LinkedHashMap<>();
    final Map<String, Map<String, double[]>> strandValues = new LinkedHashMap<>();
    int maxAlertsPerMinute = 30;
    int maxScopes = 2000;
    int historySize = 500;
    Path stateDir;
    boolean printAlerts = true;
    ZoneId defaultZone = ZoneOffset.UTC;
    ConfigSection section;

    Parser(List<ConfigProblem> problems) {
      this.problems = problems;
      for (RuleSpec spec : RuleCatalog.SPECS) {
        values.put(spec.id(), RuleSettings.defaults(spec).copyOfValues());
      }
    }

    void problem(Node node, String key, String message) {
      problems.add(new ConfigProblem(section.where(node), key, message));
    }

    void rulesSection(ConfigSection s) {
      if (s == null) {
        return;
      }
      section = s;
      MappingNode map = mapping(s.node(), "rules", "a mapping of rule ids and settings, such as 'error_rate: {warning: 0.1}'");
      if (map == null) {
        return;
      }
      for (NodeTuple t : map.getValue()) {
        String key = keyOf(t, "rules");
        if (key == null) {
          continue;
        }
        Node v = t.getValueNode();
        RuleSpec spec = RuleCatalog.byId(key);
        if (spec != null) {
          ruleBlock(spec, v, values.get(spec.id()), "rules." + key);
        } else if (ENGINE_KEYS.contains(key)) {
          engineKey(key, v);
        } else {
          List<String> known = new ArrayList<>(RuleCatalog.ids());
          known.addAll(ENGINE_KEYS);
          String hint = KeySuggestions.closest(key, known);
          problem(t.getKeyNode(), "rules." + key, "unknown rule or setting" + (hint == null ? "" : "; did you mean '"
              + hint + "'?") + " (rules: " + String.join(", ", RuleCatalog.ids()) + "; settings: "
              + String.join(", ", ENGINE_KEYS) + ")");
        }
      }
    }

    void engineKey(String key, Node v) {
      String text = scalar(v, "rules." + key);
      if (text == null) {
        return;
      }
      String path = "rules." + key;
      switch (key) {
        case "max_alerts_per_minute":
          maxAlertsPerMinute = (int) integer(v, path, text, 1, 10_000, maxAlertsPerMinute);
          break;
        case "max_scopes":
          maxScopes = (int) integer(v, path, text, 10, 1_000_000, maxScopes);
          break;
        case "history_size":
          historySize = (int) integer(v, path, text, 10, 1_000_000, historySize);
          break;
        case "state_dir":
          if (text.trim().isEmpty()) {
            problem(v, path, "is empty; expected a directory path");
          } else {
            stateDir = Paths.get(text.trim());
          }
          break;
        case "print_alerts":
          if (text.trim().equalsIgnoreCase("true") || text.trim().equalsIgnoreCase("false")) {
            printAlerts = Boolean.parseBoolean(text.trim());
          } else {
            problem(v, path, "\"" + text + "\" is not valid; expected true or false");
          }
          break;
        default:
          ZoneId z = zone(v, path, text);
          if (z != null) {
            defaultZone = z;
          }
      }
    }

    /** {@code ID: {param: value}}, or the shorthand {@code ID: false}. */
    void ruleBlock(RuleSpec spec, Node v, double[] target, String path) {
      if (v instanceof ScalarNode) {
        String text = ((ScalarNode) v).getValue().trim();
        if (text.equals("true") || text.equals("false")) {
          target[spec.enabled.index()] = text.equals("true") ? 1 : 0;
        } else {
          problem(v, path, "\"" + text + "\" is not valid; expected true, false or a mapping of settings ("
              + names(spec) + ")");
        }
        return;
      }
      MappingNode map = mapping(v, path, "a mapping of settings (" + names(spec) + ")");
      if (map == null) {
        return;
      }
      for (NodeTuple t : map.getValue()) {
        String name = keyOf(t, path);
        if (name == null) {
          continue;
        }
        ParamSpec p = spec.param(name);
        if (p == null) {
          String hint = KeySuggestions.closest(name, spec.params().stream().map(ParamSpec::name)::iterator);
          problem(t.getKeyNode(), path + "." + name, "unknown setting of " + spec.id()
              + (hint == null ? "" : "; did you mean '" + hint + "'?") + " (valid: " + names(spec) + ")");
          continue;
        }
        String text = scalar(t.getValueNode(), path + "." + name);
        if (text == null) {
          continue;
        }
        try {
          target[p.index()] = p.parse(text);
        } catch (IllegalArgumentException e) {
          problem(t.getValueNode(), path + "." + name, "\"" + text + "\" " + e.getMessage() + "; expected "
              + p.validValues() + "; using the default " + p.defaultText());
        }
      }
    }

    void strandsSection(ConfigSection s) {
      if (s == null) {
        return;
      }
      section = s;
      MappingNode map = mapping(s.node(), "strands", "a mapping of strand names to their settings");
      if (map == null) {
        return;
      }
      for (NodeTuple t : map.getValue()) {
        String strand = keyOf(t, "strands");
        if (strand == null || !(t.getValueNode() instanceof MappingNode)) {
          continue; // other keys of a strand belong to other features, which validate them
        }
        for (NodeTuple st : ((MappingNode) t.getValueNode()).getValue()) {
          if (!(st.getKeyNode() instanceof ScalarNode) || !"rules".equals(((ScalarNode) st.getKeyNode()).getValue())) {
            continue;
          }
          String path = "strands." + strand + ".rules";
          MappingNode rulesMap = mapping(st.getValueNode(), path, "a mapping of rule ids to settings");
          if (rulesMap == null) {
            continue;
          }
          for (NodeTuple rt : rulesMap.getValue()) {
            String id = keyOf(rt, path);
            if (id == null) {
              continue;
            }
            RuleSpec spec = RuleCatalog.byId(id);
            if (spec == null || !spec.strandScoped()) {
              String hint = spec == null ? KeySuggestions.closest(id, RuleCatalog.ids()) : null;
              problem(rt.getKeyNode(), path + "." + id, (spec == null ? "unknown rule" : "is not per strand; set it"
                  + " under rules:") + (hint == null ? "" : "; did you mean '" + hint + "'?")
                  + " (per-strand rules: " + String.join(", ", strandRuleIds()) + ")");
              continue;
            }
            // Per-strand values start from the rule's global values, read after the rules section.
            double[] base = strandValues.computeIfAbsent(id, k -> new LinkedHashMap<>())
                .computeIfAbsent(strand, k -> Arrays.copyOf(values.get(id), values.get(id).length));
            ruleBlock(spec, rt.getValueNode(), base, path + "." + id);
          }
        }
      }
    }

    List<Budget> budgetsSection(ConfigSection s) {
      List<Budget> out = new ArrayList<>();
      if (s == null) {
        return Collections.unmodifiableList(out);
      }
      section = s;
      if (!(s.node() instanceof SequenceNode)) {
        problem(s.node(), "budgets", "expected a list of budgets, each with limit_usd, period and scope");
        return Collections.unmodifiableList(out);
      }
      Set<String> names = new HashSet<>();
      List<Node> items = ((SequenceNode) s.node()).getValue();
      for (int i = 0; i < items.size(); i++) {
        Budget b = budget(items.get(i), "budgets[" + i + "]", i);
        if (b == null) {
          continue;
        }
        if (!names.add(b.name())) {
          problem(items.get(i), "budgets[" + i + "].name", "\"" + b.name() + "\" is used by another budget;"
              + " expected a unique name (the budget is skipped)");
          continue;
        }
        out.add(b);
      }
      return Collections.unmodifiableList(out);
    }

    private Budget budget(Node node, String path, int index) {
      MappingNode map = mapping(node, path, "a mapping with limit_usd, period and scope");
      if (map == null) {
        return null;
      }
      String name = "budget-" + (index + 1);
      Double limit = null;
      BudgetPeriod period = null;
      BudgetScope scope = BudgetScope.GLOBAL;
      ZoneId zone = defaultZone;
      List<Integer> thresholds = DEFAULT_THRESHOLDS;
      boolean broken = false;
      for (NodeTuple t : map.getValue()) {
        String key = keyOf(t, path);
        if (key == null) {
          continue;
        }
        String kp = path + "." + key;
        Node v = t.getValueNode();
        if (key.equals("thresholds")) {
          List<Integer> th = thresholds(v, kp);
          if (th != null) {
            thresholds = th;
          }
          continue;
        }
        if (!BUDGET_KEYS.contains(key)) {
          String hint = KeySuggestions.closest(key, BUDGET_KEYS);
          problem(t.getKeyNode(), kp, "unknown key" + (hint == null ? "" : "; did you mean '" + hint + "'?")
              + " (valid: " + String.join(", ", BUDGET_KEYS) + ")");
          continue;
        }
        String text = scalar(v, kp);
        if (text == null) {
          broken |= !key.equals("name") && !key.equals("time_zone");
          continue;
        }
        switch (key) {
          case "name":
            name = text.trim();
            break;
          case "limit_usd":
            try {
              double d = Double.parseDouble(text.trim().replace("$", "").replace("_", ""));
              if (!(d > 0) || Double.isInfinite(d)) {
                throw new NumberFormatException();
              }
              limit = d;
            } catch (NumberFormatException e) {
              problem(v, kp, "\"" + text + "\" is not valid; expected an amount in USD above 0, such as 50 or 12.5");
              broken = true;
            }
            break;
          case "period":
            period = BudgetPeriod.parse(text);
            if (period == null) {
              problem(v, kp, "\"" + text + "\" is not valid; expected one of hour, day, week, month");
              broken = true;
            }
            break;
          case "scope":
            scope = BudgetScope.parse(text);
            if (scope == null) {
              problem(v, kp, "\"" + text + "\" is not valid; expected global, strand=NAME, model=ID,"
                  + " provider=NAME or an attribute such as team=growth");
              broken = true;
            }
            break;
          default:
            ZoneId z = zone(v, kp, text);
            if (z != null) {
              zone = z;
            }
        }
      }
      if (limit == null && !broken) {
        problem(node, path + ".limit_usd", "is missing; expected an amount in USD above 0, such as 50");
        broken = true;
      }
      if (period == null && !broken) {
        problem(node, path + ".period", "is missing; expected one of hour, day, week, month");
        broken = true;
      }
      if (broken) {
        return null; // a budget with a wrong limit or period would alert at the wrong time: skip it
      }
      return new Budget(name, limit, period, scope, zone, thresholds);
    }

    private List<Integer> thresholds(Node v, String path) {
      if (!(v instanceof SequenceNode)) {
        problem(v, path, "expected a list of percentages such as [50, 80, 100]; using [50, 80, 100]");
        return null;
      }
      List<Integer> out = new ArrayList<>();
      for (Node item : ((SequenceNode) v).getValue()) {
        String text = item instanceof ScalarNode ? ((ScalarNode) item).getValue().trim().replace("%", "") : "";
        try {
          int t = Integer.parseInt(text);
          if (t < 1 || t > 1000) {
            throw new NumberFormatException();
          }
          if (!out.contains(t)) {
            out.add(t);
          }
        } catch (NumberFormatException e) {
          problem(item, path, "\"" + text + "\" is not valid; expected whole percentages from 1 to 1000 such as"
              + " [50, 80, 100]; using [50, 80, 100]");
          return null;
        }
      }
      if (out.isEmpty() || out.size() > 30) {
        problem(v, path, "expected 1 to 30 percentages; using [50, 80, 100]");
        return null;
      }
      Collections.sort(out);
      return out;
    }

    private ZoneId zone(Node v, String path, String text) {
      try {
        return ZoneId.of(text.trim());
      } catch (DateTimeException e) {
        problem(v, path, "\"" + text + "\" is not valid; expected a time zone id such as UTC or America/New_York");
        return null;
      }
    }

    private long integer(Node v, String path, String text, long min, long max, long fallback) {
      try {
        long n = Long.parseLong(text.trim().replace("_", ""));
        if (n >= min && n <= max) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      problem(v, path, "\"" + text + "\" is not valid; expected a whole number from " + min + " to " + max
          + "; using " + fallback);
      return fallback;
    }

    private MappingNode mapping(Node node, String path, String expected) {
      if (node instanceof MappingNode) {
        return (MappingNode) node;
      }
      if (node instanceof ScalarNode && ((ScalarNode) node).getValue().isEmpty()) {
        return null; // an empty section ("rules:") means "all defaults"
      }
      problem(node, path, "expected " + expected);
      return null;
    }

    private String keyOf(NodeTuple t, String path) {
      if (t.getKeyNode() instanceof ScalarNode) {
        return ((ScalarNode) t.getKeyNode()).getValue();
      }
      problem(t.getKeyNode(), path, "keys must be plain words");
      return null;
    }

    private String scalar(Node v, String path) {
      if (v instanceof ScalarNode) {
        return ((ScalarNode) v).getValue();
      }
      problem(v, path, "expected a single value, not a list or mapping");
      return null;
    }

    private static String names(RuleSpec spec) {
      List<String> n = new ArrayList<>();
      for (ParamSpec p : spec.params()) {
        n.add(p.name());
      }
      return String.join(", ", n);
    }

    private static List<String> strandRuleIds() {
      List<String> ids = new ArrayList<>();
      for (RuleSpec s : RuleCatalog.SPECS) {
        if (s.strandScoped()) {
          ids.add(s.id());
        }
      }
      return ids;
    }
  }
}
