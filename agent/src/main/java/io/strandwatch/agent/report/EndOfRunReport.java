package io.strandwatch.agent.report;

import io.strandwatch.agent.alerts.AlertHistory;
import io.strandwatch.agent.config.AgentConfig;
import io.strandwatch.agent.config.ConfigKeys;
import io.strandwatch.agent.core.AgentLog;
import io.strandwatch.agent.metrics.RunTotals;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes the reports the configuration asks for at JVM exit. */
public final class EndOfRunReport {

  private EndOfRunReport() {}

  public static void write(AgentConfig config, RunTotals totals, AlertHistory alerts) {
    if (config.getBoolean(ConfigKeys.REPORT_TEXT)) {
      System.err.print(TextReport.render(totals, alerts));
      System.err.flush();
    }
    Path json = config.getPath(ConfigKeys.REPORT_JSON);
    if (json != null) {
      try {
        writeAtomically(json, JsonReport.render(totals, alerts, System.currentTimeMillis()));
        AgentLog.info("JSON report written to " + json.toAbsolutePath());
      } catch (IOException e) {
        AgentLog.warn("could not write the JSON report to " + json + ": " + e);
      }
    }
  }

  /** Writes through a temporary file so a reader never sees half a report. */
  static void writeAtomically(Path target, String content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Path tmp = Files.createTempFile(dir, absolute.getFileName().toString(), ".tmp");
    Files.write(tmp, content.getBytes(StandardCharsets.UTF_8));
    Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
