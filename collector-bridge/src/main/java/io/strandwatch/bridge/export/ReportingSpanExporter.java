package io.strandwatch.bridge.export;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;

/** A span exporter whose failures go to the {@link ExportFailureLog}. */
final class ReportingSpanExporter implements SpanExporter {

  private final SpanExporter delegate;
  private final ExportFailureLog failures;
  private final String target;

  ReportingSpanExporter(SpanExporter delegate, ExportFailureLog failures, String target) {
    this.delegate = delegate;
    this.failures = failures;
    this.target = target;
  }

  @Override
  public CompletableResultCode export(Collection<SpanData> spans) {
    return ExportOutcome.reported(() -> delegate.export(spans), failures, "alert spans", target, spans.size());
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
