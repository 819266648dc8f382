package io.strandwatch.bridge.export;

import io.opentelemetry.exporter.internal.FailedExportException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Says that exports fail, at most once a minute and in one line: a collector that is down for an hour must not
 * fill the application's log. Counts what the failed exports dropped, so the line can say how much was lost.
 */
public final class ExportFailureLog {

  static final long MIN_NANOS_BETWEEN_LINES = TimeUnit.MINUTES.toNanos(1);

  private final Consumer<String> log;
  private final LongSupplier nanoClock;
  private boolean loggedBefore;
  private long lastLineNanos;
  private long droppedSinceLine;
  private long droppedTotal;

  public ExportFailureLog(Consumer<String> log, LongSupplier nanoClock) {
    this.log = log;
    this.nanoClock = nanoClock;
  }

  /** One export of {@code items} (metric points, spans or log records) to {@code target} failed. */
  public synchronized void failed(String signal, String target, int items, Throwable cause) {
    droppedTotal += items;
    droppedSinceLine += items;
    long now = nanoClock.getAsLong();
    if (loggedBefore && now - lastLineNanos < MIN_NANOS_BETWEEN_LINES) {
      return;
    }
    log.accept("StrandWatch: export of " + signal + " to " + target + " failed (" + describe(cause) + "); "
        + droppedSinceLine + " items dropped since the last such message; next message in a minute at the earliest");
    loggedBefore = true;
    lastLineNanos = now;
    droppedSinceLine = 0;
  }

  /** Metric points, spans and log records lost to failed exports since start. */
  public synchronized long droppedTotal() {
    return droppedTotal;
  }

  static String describe(Throwable failure) {
    if (failure == null) {
      return "no reason given";
    }
    if (failure instanceof FailedExportException.HttpExportException) {
      FailedExportException.HttpExportException http = (FailedExportException.HttpExportException) failure;
      if (http.getResponse() != null) {
        return "HTTP " + http.getResponse().getStatusCode();
      }
    }
    if (failure instanceof FailedExportException.GrpcExportException) {
      FailedExportException.GrpcExportException grpc = (FailedExportException.GrpcExportException) failure;
      if (grpc.getResponse() != null) {
        return "gRPC " + grpc.getResponse().getStatusCode() + " " + grpc.getResponse().getStatusDescription();
      }
    }
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    String name = root.getClass().getSimpleName();
    return message == null || message.isBlank() ? name : name + ": " + message.replace('\n', ' ');
  }
}
