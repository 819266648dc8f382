package io.strandwatch.agent.report.html;

/** Orders severity names and maps them to a fixed set of CSS classes (never a class taken from data). */
final class Severities {

  private static final String[] NAMES = {"info", "warning", "error", "critical"};

  private Severities() {}

  /** 0 (info) to 3 (critical); -1 for a name this version does not know. */
  static int rank(String severity) {
    for (int i = 0; i < NAMES.length; i++) {
      if (NAMES[i].equals(severity)) {
        return i;
      }
    }
    return -1;
  }

  static String cssClass(String severity) {
    int rank = rank(severity);
    return rank < 0 ? "sev-unknown" : "sev-" + NAMES[rank];
  }
}
