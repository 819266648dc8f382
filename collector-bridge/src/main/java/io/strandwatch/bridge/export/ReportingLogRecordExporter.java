package io.strandwatch.bridge.export;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.logs.data.LogRecordData;
import io.opentelemetry.sdk.logs.export.LogRecordExporter;
import java.util.Collection;

/** A log record exporter whose failures go to the {@link ExportFailureLog}. */
final class ReportingLogRecordExporter implements LogRecordExporter {

  private final LogRecordExporter delegate;
  private final ExportFailureLog failures;
  private final String target;

  ReportingLogRecordExporter(LogRecordExporter delegate, ExportFailureLog failures, String target) {
    this.delegate = delegate;
    this.failures = failures;
    this.target = target;
  }

  @Override
  public CompletableResultCode export(Collection<LogRecordData> logs) {
    return ExportOutcome.reported(() -> delegate.export(logs), failures, "alert events", target, logs.size());
  }

  @Override
  public CompletableResultCode flush() {
    return delegate.flush();
  }

  @Override
  public CompletableResultCode shutdown() {
    return delegate.shutdown();
  }
}
