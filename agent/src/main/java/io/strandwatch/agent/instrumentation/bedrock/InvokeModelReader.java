package io.strandwatch.agent.instrumentation.bedrock;

import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ResponseReader;
import io.strandwatch.agent.instrumentation.SdkAccessors;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Reads an {@code InvokeModelResponse}. Token counts come from Bedrock's {@code X-Amzn-Bedrock-*-Token-Count}
 * response headers, which exist for every model family; the model-native body is only a fallback, and the source
 * of the response id when the model gives one (Anthropic's {@code msg_…}).
 */
final class InvokeModelReader implements ResponseReader {

  static final String KEY = "bedrock.invokeModel";

  static final String INPUT_HEADER = "X-Amzn-Bedrock-Input-Token-Count";
  static final String OUTPUT_HEADER = "X-Amzn-Bedrock-Output-Token-Count";
  static final String CACHE_READ_HEADER = "X-Amzn-Bedrock-Cache-Read-Input-Token-Count";
  static final String CACHE_WRITE_HEADER = "X-Amzn-Bedrock-Cache-Write-Input-Token-Count";

  /** Bodies above this size (images, embeddings) are not parsed: the headers are enough. */
  private static final int MAX_BODY_BYTES = 1 << 20;

  @Override
  public void read(Object response, LlmCallView call) {
    Object headers = SdkAccessors.get(SdkAccessors.get(response, "sdkHttpResponse"), "headers");
    long input = header(headers, INPUT_HEADER);
    long output = header(headers, OUTPUT_HEADER);
    boolean fromHeaders = input >= 0 || output >= 0;
    if (fromHeaders) {
      BedrockTokens.report(call, input, output, header(headers, CACHE_READ_HEADER), header(headers, CACHE_WRITE_HEADER));
    }
    Object body = body(response);
    if (!fromHeaders) {
      ModelBodyUsage.report(body, call);
    }
    Object id = JsonBody.path(body, "id");
    call.response(null, id instanceof String ? (String) id : BedrockRequestIds.of(response));
  }

  private static Object body(Object response) {
    // asByteArrayUnsafe() gives the size without copying the body.
    Object raw = SdkAccessors.get(SdkAccessors.get(response, "body"), "asByteArrayUnsafe");
    if (!(raw instanceof byte[]) || ((byte[]) raw).length > MAX_BODY_BYTES) {
      return null;
    }
    return JsonBody.parse(new String((byte[]) raw, StandardCharsets.UTF_8));
  }

  /** A header's first value as a count; header names are case-insensitive, whatever map the SDK uses. */
  static long header(Object headers, String name) {
    if (!(headers instanceof Map)) {
      return -1;
    }
    for (Map.Entry<?, ?> e : ((Map<?, ?>) headers).entrySet()) {
      if (e.getKey() instanceof String && name.equalsIgnoreCase((String) e.getKey())) {
        Object values = e.getValue();
        if (values instanceof List && !((List<?>) values).isEmpty()) {
          return SdkAccessors.count(((List<?>) values).get(0));
        }
      }
    }
    return -1;
  }
}
