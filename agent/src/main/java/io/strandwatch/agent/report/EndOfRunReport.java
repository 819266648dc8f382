package io.strandwatch.agent.report;

import io.strandwatch.agent.alerts.AlertHistory;
import io.strandwatch.agent.config.AgentConfig;
import io.strandwatch.agent.config.ConfigKeys;
import io.strandwatch.agent.core.AgentLog;
import io.strandwatch.agent.metrics.RunTotals;
import io.strandwatch.agent.report.html.HtmlReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;

/** Writes the reports the configuration asks for at JVM exit. */
public final class EndOfRunReport {

  private EndOfRunReport() {}

  public static void write(AgentConfig config, RunTotals totals, AlertHistory alerts) {
    if (config.getBoolean(ConfigKeys.REPORT_TEXT)) {
      System.err.print(TextReport.render(totals, alerts));
      System.err.flush();
    }
    long end = System.currentTimeMillis();
    Path json = config.getPath(ConfigKeys.REPORT_JSON);
    if (json != null) {
      writeFile("JSON", json, () -> JsonReport.render(totals, alerts, end));
    }
    Path html = config.getPath(ConfigKeys.REPORT_HTML);
    if (html != null) {
      writeFile("HTML", html, () -> HtmlReport.render(totals, alerts, end));
    }
  }

  /** Each report on its own: one that fails (a bad path, a rendering bug) must not cost the others. */
  private static void writeFile(String kind, Path path, Supplier<String> content) {
    try {
      writeAtomically(path, content.get());
      AgentLog.info(kind + " report written to " + path.toAbsolutePath());
    } catch (IOException | RuntimeException e) {
      AgentLog.warn("could not write the " + kind + " report to " + path + ": " + e);
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
