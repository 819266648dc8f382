package io.strandwatch.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.SeverityNumber;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import io.strandwatch.bridge.model.AlertEvent;
import io.strandwatch.otlp.OtlpHttpReceiver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CollectorBridgeAlertsTest {

  private OtlpHttpReceiver receiver;
  private CollectorBridge bridge;
  private final List<String> logLines = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    receiver = OtlpHttpReceiver.start();
    bridge = CollectorBridge.start(BridgeOptions.builder("checkout-agent")
        .environment(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", receiver.endpoint()))
        .logger(logLines::add).snapshotInterval(Duration.ofHours(1)).build());
  }

  @AfterEach
  void stop() {
    bridge.shutdown(2_000);
    receiver.close();
  }

  private static Map<String, AnyValue> attributes(List<KeyValue> keyValues) {
    Map<String, AnyValue> map = new TreeMap<>();
    keyValues.forEach(keyValue -> map.put(keyValue.getKey(), keyValue.getValue()));
    return map;
  }

  private static AnyValue text(String value) {
    return AnyValue.newBuilder().setStringValue(value).build();
  }

  private static AnyValue number(double value) {
    return AnyValue.newBuilder().setDoubleValue(value).build();
  }

  private static AnyValue flag(boolean value) {
    return AnyValue.newBuilder().setBoolValue(value).build();
  }

  private static Map<String, AnyValue> expectedAttributes(boolean reminder) {
    Map<String, AnyValue> expected = new TreeMap<>();
    expected.put("alert.rule", text("error_rate"));
    expected.put("alert.severity", text("critical"));
    expected.put("alert.state", text("firing"));
    expected.put("alert.key", text("error_rate|strand.name=plan"));
    expected.put("alert.value", number(0.25));
    expected.put("alert.threshold", number(0.05));
    expected.put("alert.baseline", number(0.01));
    expected.put("alert.window", text("10m"));
    expected.put("alert.summary", text("plan: error rate 25% over 10m (threshold 5%)"));
    expected.put("alert.reminder", flag(reminder));
    expected.put("strand.name", text("plan"));
    expected.put("gen_ai.request.model", text("gpt-4o"));
    return expected;
  }

  @Test
  void aCriticalAlertIsAnErrorSpanWithEveryAttribute() {
    bridge.onAlert(Alerts.firing("error_rate", "critical", false));
    assertTrue(bridge.flush(5_000));

    List<Span> spans = receiver.spans();
    assertEquals(1, spans.size());
    Span span = spans.get(0);
    assertEquals("strandwatch.alert", span.getName());
    assertEquals(Span.SpanKind.SPAN_KIND_INTERNAL, span.getKind());
    assertEquals(Status.StatusCode.STATUS_CODE_ERROR, span.getStatus().getCode());
    assertEquals(Alerts.AT, span.getStartTimeUnixNano());
    assertEquals(Alerts.AT, span.getEndTimeUnixNano());
    assertEquals(expectedAttributes(false), attributes(span.getAttributesList()));
    assertEquals("checkout-agent", attributes(receiver.traceRequests().get(0).getResourceSpans(0).getResource()
        .getAttributesList()).get("service.name").getStringValue());
  }

  @Test
  void theSameAlertIsALogEvent() {
    bridge.onAlert(Alerts.firing("error_rate", "critical", true));
    assertTrue(bridge.flush(5_000));

    List<LogRecord> records = receiver.logRecords();
    assertEquals(1, records.size());
    LogRecord record = records.get(0);
    assertEquals("strandwatch.alert", record.getEventName());
    assertEquals(SeverityNumber.SEVERITY_NUMBER_FATAL, record.getSeverityNumber());
    assertEquals("CRITICAL", record.getSeverityText());
    assertEquals("plan: error rate 25% over 10m (threshold 5%)", record.getBody().getStringValue());
    assertEquals(Alerts.AT, record.getTimeUnixNano());
    assertEquals(expectedAttributes(true), attributes(record.getAttributesList()));
  }

  @Test
  void aResolvedWarningIsNotAnErrorAndHasNoBaselineWhenStatic() {
    bridge.onAlert(new AlertEvent("p95_latency", "warning", AlertEvent.RESOLVED, "p95_latency|strand.name=plan",
        1.2, 2.0, null, "5m", "plan: p95 back under 2 s", Map.of("alert.rule", "scope must not win"), Alerts.AT,
        false));
    assertTrue(bridge.flush(5_000));

    Span span = receiver.spans().get(0);
    assertEquals(Status.StatusCode.STATUS_CODE_UNSET, span.getStatus().getCode());
    Map<String, AnyValue> attributes = attributes(span.getAttributesList());
    assertEquals(text("p95_latency"), attributes.get("alert.rule"));
    assertEquals(text("resolved"), attributes.get("alert.state"));
    assertEquals(false, attributes.containsKey("alert.baseline"));
    assertEquals(SeverityNumber.SEVERITY_NUMBER_WARN, receiver.logRecords().get(0).getSeverityNumber());
    // Resolving is not a new alert.
    assertEquals(0, receiver.metricRequests().stream()
        .filter(request -> request.toString().contains("strandwatch.alerts")).count());
  }
}
