package io.strandwatch.agent.cli;

import io.strandwatch.agent.config.AgentConfig;
import io.strandwatch.agent.config.ConfigKeys;
import io.strandwatch.agent.config.ConfigProblem;
import io.strandwatch.agent.core.Version;
import io.strandwatch.agent.pricing.PricingConfig;
import io.strandwatch.agent.rules.RulesConfig;
import java.io.File;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import net.bytebuddy.agent.ByteBuddyAgent;

/** {@code java -jar strandwatch-agent.jar COMMAND}: attach, check-config, --version. */
public final class AgentCli {

  private AgentCli() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
      usage(out);
      return args.length == 0 ? 2 : 0;
    }
    switch (args[0]) {
      case "--version":
      case "version":
        out.println(Version.get());
        return 0;
      case "attach":
        return attach(args, out, err);
      case "check-config":
        return checkConfig(args, out, err);
      default:
        err.println("unknown command '" + args[0] + "'");
        usage(err);
        return 2;
    }
  }

  private static void usage(PrintStream out) {
    out.println("usage: java -jar strandwatch-agent.jar COMMAND");
    out.println("  attach PID [key=value,...]   load the agent into a running JVM (same options as -javaagent)");
    out.println("  check-config FILE            validate a config file without starting anything");
    out.println("  --version                    print the version");
  }

  private static int attach(String[] args, PrintStream out, PrintStream err) {
    if (args.length < 2 || !args[1].matches("\\d+")) {
      err.println("usage: java -jar strandwatch-agent.jar attach PID [key=value,...]");
      return 2;
    }
    try {
      File jar = new File(AgentCli.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      String options = args.length > 2 ? args[2] : null;
      ByteBuddyAgent.attach(jar, args[1], options);
      out.println("StrandWatch attached to JVM " + args[1] + "; its output shows the agent's start line");
      return 0;
    } catch (Exception e) {
      err.println("could not attach to JVM " + args[1] + ": " + e.getMessage()
          + " (same user? a JDK, not a JRE? -XX:+DisableAttachMechanism set?)");
      return 1;
    }
  }

  private static int checkConfig(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 2) {
      err.println("usage: java -jar strandwatch-agent.jar check-config FILE");
      return 2;
    }
    Path file = Paths.get(args[1]);
    if (!Files.isRegularFile(file)) {
      err.println(file + ": no such file");
      return 1;
    }
    List<String> problems = check(file);
    for (String p : problems) {
      err.println(p);
    }
    if (problems.isEmpty()) {
      out.println(file + ": OK");
      return 0;
    }
    err.println(file + ": " + problems.size() + " problem(s)");
    return 1;
  }

  /**
   * Every problem in the file, one line each; empty when the file is valid. Reads exactly what start-up reads
   * (the settings, the rules, budgets and per-strand sections, the price file and inline prices) and starts
   * nothing. Only the file: agent arguments, system properties and environment variables are left out.
   */
  static List<String> check(Path file) {
    List<ConfigProblem> problems = new ArrayList<>();
    // As a property rather than an agent argument, which would split a path containing a comma.
    Properties source = new Properties();
    source.setProperty("strandwatch." + ConfigKeys.CONFIG_FILE.name(), file.toString());
    AgentConfig config = AgentConfig.load(null, source, Collections.emptyMap());
    problems.addAll(config.problems());
    RulesConfig.parse(config, problems);
    List<String> lines = new ArrayList<>();
    for (ConfigProblem p : problems) {
      lines.add(p.toString());
    }
    PricingConfig.load(config, lines::add);
    return lines;
  }
}
