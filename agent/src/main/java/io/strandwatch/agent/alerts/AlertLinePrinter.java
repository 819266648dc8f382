package io.strandwatch.agent.alerts;

import io.strandwatch.bridge.model.AlertEvent;
import io.strandwatch.bridge.model.AlertListener;
import java.util.function.Consumer;

/** An {@link AlertListener} that writes each event as one line (to stderr in the agent). */
public final class AlertLinePrinter implements AlertListener {

  private final Consumer<String> out;

  public AlertLinePrinter(Consumer<String> out) {
    this.out = out;
  }

  @Override
  public void onAlert(AlertEvent event) {
    out.accept(AlertLineFormatter.format(event));
  }
}
