package io.strandwatch.bridge.alerts;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.logs.Logger;
import io.opentelemetry.api.logs.Severity;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.strandwatch.bridge.model.AlertEvent;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Publishes an alert twice: as a span (trace backends show it on a timeline, status ERROR when critical) and as
 * a log record event (log backends alert on it). Both carry the same attributes.
 */
public final class AlertPublisher {

  public static final String EVENT_NAME = "strandwatch.alert";

  private final Tracer tracer;
  private final Logger logger;

  public AlertPublisher(Tracer tracer, Logger logger) {
    this.tracer = tracer;
    this.logger = logger;
  }

  public void publish(AlertEvent alert) {
    Attributes attributes = attributes(alert);
    Span span = tracer.spanBuilder(EVENT_NAME).setNoParent().setSpanKind(SpanKind.INTERNAL)
        .setStartTimestamp(alert.epochNanos(), TimeUnit.NANOSECONDS).setAllAttributes(attributes).startSpan();
    if ("critical".equals(alert.severity())) {
      span.setStatus(StatusCode.ERROR, alert.summary() == null ? "" : alert.summary());
    }
    span.end(alert.epochNanos(), TimeUnit.NANOSECONDS);

    logger.logRecordBuilder().setEventName(EVENT_NAME)
        .setTimestamp(alert.epochNanos(), TimeUnit.NANOSECONDS)
        .setSeverity(severity(alert.severity()))
        .setSeverityText(alert.severity() == null ? "" : alert.severity().toUpperCase(Locale.ROOT))
        .setBody(alert.summary() == null ? "" : alert.summary())
        .setAllAttributes(attributes)
        .emit();
  }

  /** The scope first, so the alert's own attributes win a name clash. */
  static Attributes attributes(AlertEvent alert) {
    AttributesBuilder builder = Attributes.builder();
    Map<String, String> scope = alert.scope();
    if (scope != null) {
      scope.forEach((key, value) -> {
        if (key != null && value != null) {
          builder.put(key, value);
        }
      });
    }
    putString(builder, "alert.rule", alert.rule());
    putString(builder, "alert.severity", alert.severity());
    putString(builder, "alert.state", alert.state());
    putString(builder, "alert.key", alert.key());
    builder.put(AttributeKey.doubleKey("alert.value"), alert.value());
    builder.put(AttributeKey.doubleKey("alert.threshold"), alert.threshold());
    if (alert.baseline() != null) {
      builder.put(AttributeKey.doubleKey("alert.baseline"), alert.baseline());
    }
    putString(builder, "alert.window", alert.window());
    putString(builder, "alert.summary", alert.summary());
    builder.put(AttributeKey.booleanKey("alert.reminder"), alert.reminder());
    return builder.build();
  }

  private static void putString(AttributesBuilder builder, String key, String value) {
    if (value != null) {
      builder.put(AttributeKey.stringKey(key), value);
    }
  }

  static Severity severity(String alertSeverity) {
    if (alertSeverity == null) {
      return Severity.UNDEFINED_SEVERITY_NUMBER;
    }
    switch (alertSeverity) {
      case "critical":
        return Severity.FATAL;
      case "error":
        return Severity.ERROR;
      case "warning":
        return Severity.WARN;
      case "info":
        return Severity.INFO;
      default:
        return Severity.UNDEFINED_SEVERITY_NUMBER;
    }
  }
}
