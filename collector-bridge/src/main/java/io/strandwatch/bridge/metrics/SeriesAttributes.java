package io.strandwatch.bridge.metrics;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.strandwatch.bridge.model.LlmCallSeriesSnapshot;
import io.strandwatch.bridge.model.StrandSeriesSnapshot;
import java.util.Map;

/** The attribute sets of the agent's series, named as the semantic conventions (or docs/metrics.md) say. */
final class SeriesAttributes {

  static final AttributeKey<String> STRAND_NAME = AttributeKey.stringKey("strand.name");
  static final AttributeKey<String> STRAND_OUTCOME = AttributeKey.stringKey("strand.outcome");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  static final AttributeKey<String> TOKEN_TYPE = AttributeKey.stringKey("gen_ai.token.type");
  static final AttributeKey<String> OPERATION_NAME = AttributeKey.stringKey("gen_ai.operation.name");
  static final AttributeKey<String> PROVIDER_NAME = AttributeKey.stringKey("gen_ai.provider.name");
  static final AttributeKey<String> REQUEST_MODEL = AttributeKey.stringKey("gen_ai.request.model");
  static final AttributeKey<String> RESPONSE_MODEL = AttributeKey.stringKey("gen_ai.response.model");
  static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
  static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
  static final AttributeKey<String> ALERT_RULE = AttributeKey.stringKey("alert.rule");
  static final AttributeKey<String> ALERT_SEVERITY = AttributeKey.stringKey("alert.severity");

  private SeriesAttributes() {}

  /** The strand's own attributes first, so the ones the bridge defines win a name clash. */
  static Attributes of(StrandSeriesSnapshot series) {
    AttributesBuilder builder = Attributes.builder();
    Map<String, String> own = series.attributes();
    if (own != null) {
      own.forEach((key, value) -> {
        if (key != null && value != null) {
          builder.put(key, value);
        }
      });
    }
    builder.put(STRAND_NAME, series.strandName());
    builder.put(STRAND_OUTCOME, series.outcome());
    if (StrandSeriesSnapshot.ERROR.equals(series.outcome()) && series.errorType() != null) {
      builder.put(ERROR_TYPE, series.errorType());
    }
    return builder.build();
  }

  static Attributes of(LlmCallSeriesSnapshot series) {
    AttributesBuilder builder = Attributes.builder();
    putIfPresent(builder, OPERATION_NAME, series.operation());
    putIfPresent(builder, PROVIDER_NAME, series.provider());
    putIfPresent(builder, REQUEST_MODEL, series.requestModel());
    putIfPresent(builder, RESPONSE_MODEL, series.responseModel());
    putIfPresent(builder, SERVER_ADDRESS, series.serverAddress());
    if (series.serverPort() > 0) {
      builder.put(SERVER_PORT, series.serverPort());
    }
    putIfPresent(builder, ERROR_TYPE, series.errorType());
    putIfPresent(builder, STRAND_NAME, series.strandName());
    return builder.build();
  }

  static Attributes withTokenType(Attributes attributes, String tokenType) {
    return attributes.toBuilder().put(TOKEN_TYPE, tokenType).build();
  }

  static Attributes alert(String rule, String severity) {
    return Attributes.of(ALERT_RULE, rule, ALERT_SEVERITY, severity);
  }

  private static void putIfPresent(AttributesBuilder builder, AttributeKey<String> key, String value) {
    if (value != null && !value.isEmpty()) {
      builder.put(key, value);
    }
  }
}
