package io.strandwatch.agent.instrumentation.bedrock;

import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ResponseReader;
import io.strandwatch.agent.instrumentation.SdkAccessors;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Reads one InvokeModelWithResponseStream event: a {@code chunk} whose bytes are a model-native JSON event. The
 * last one carries Bedrock's {@code amazon-bedrock-invocationMetrics} (every model family); Anthropic's
 * {@code message_start} / {@code message_delta} usage is read too, so a stream lacking the metrics still counts.
 */
final class InvokeStreamChunkReader implements ResponseReader {

  static final String KEY = "bedrock.invokeModelWithResponseStream";

  static final String METRICS = "amazon-bedrock-invocationMetrics";

  @Override
  public void read(Object event, LlmCallView call) {
    call.firstChunk();
    Object raw = SdkAccessors.get(SdkAccessors.get(event, "bytes"), "asByteArrayUnsafe");
    if (!(raw instanceof byte[])) {
      return;
    }
    Object json = JsonBody.parse(new String((byte[]) raw, StandardCharsets.UTF_8));
    Object metrics = JsonBody.path(json, METRICS);
    if (metrics instanceof Map) {
      Map<?, ?> m = (Map<?, ?>) metrics;
      BedrockTokens.report(call, ModelBodyUsage.count(m, "inputTokenCount"), ModelBodyUsage.count(m, "outputTokenCount"),
          ModelBodyUsage.count(m, "cacheReadInputTokenCount"), ModelBodyUsage.count(m, "cacheWriteInputTokenCount"));
      return;
    }
    Object type = JsonBody.path(json, "type");
    if ("message_start".equals(type)) {
      Object id = JsonBody.path(json, "message", "id");
      call.response(null, id instanceof String ? (String) id : null);
      Object usage = JsonBody.path(json, "message", "usage");
      if (usage instanceof Map) {
        Map<?, ?> u = (Map<?, ?>) usage;
        // message_start's output_tokens is a placeholder; the real count comes with message_delta.
        BedrockTokens.report(call, ModelBodyUsage.count(u, "input_tokens"), -1,
            ModelBodyUsage.count(u, "cache_read_input_tokens"), ModelBodyUsage.count(u, "cache_creation_input_tokens"));
      }
    } else if ("message_delta".equals(type)) {
      Object usage = JsonBody.path(json, "usage");
      if (usage instanceof Map) {
        call.usage(-1, ModelBodyUsage.count((Map<?, ?>) usage, "output_tokens"), -1, -1, -1);
      }
    }
  }
}
