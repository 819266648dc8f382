package io.strandwatch.bench.startup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One way of launching the hello-world: a label and the JVM arguments that select the agent. */
final class LaunchConfig {

  final String label;
  final List<String> jvmArgs;

  private LaunchConfig(String label, List<String> jvmArgs) {
    this.label = label;
    this.jvmArgs = jvmArgs;
  }

  /** {@code label=arg1 arg2 ...}; nothing after '=' means no extra JVM arguments. */
  static LaunchConfig parse(String text) {
    int eq = text.indexOf('=');
    if (eq <= 0) {
      throw new IllegalArgumentException("expected label=jvm args, got: " + text);
    }
    String args = text.substring(eq + 1).trim();
    List<String> jvmArgs = args.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(args.split("\\s+")));
    return new LaunchConfig(text.substring(0, eq), jvmArgs);
  }
}
