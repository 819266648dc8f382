package io.strandwatch.agent.instrumentation.bedrock;

import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.SdkAccessors;
import java.util.Map;

/**
 * Usage inside the model-native JSON InvokeModel returns, for when Bedrock's token-count headers or invocation
 * metrics are missing. Each model family has its own shape: Anthropic ({@code usage.input_tokens}, cache counts
 * beside it), Amazon Nova ({@code usage.inputTokens}), Meta Llama ({@code prompt_token_count}).
 */
final class ModelBodyUsage {

  private ModelBodyUsage() {}

  /** Reports the usage {@code body} carries; true when it had any. */
  static boolean report(Object body, LlmCallView call) {
    Object usage = JsonBody.path(body, "usage");
    if (usage instanceof Map) {
      Map<?, ?> u = (Map<?, ?>) usage;
      if (u.containsKey("input_tokens") || u.containsKey("output_tokens")) {
        BedrockTokens.report(call, count(u, "input_tokens"), count(u, "output_tokens"),
            count(u, "cache_read_input_tokens"), count(u, "cache_creation_input_tokens"));
        return true;
      }
      if (u.containsKey("inputTokens") || u.containsKey("outputTokens")) {
        BedrockTokens.report(call, count(u, "inputTokens"), count(u, "outputTokens"),
            count(u, "cacheReadInputTokenCount"), count(u, "cacheWriteInputTokenCount"));
        return true;
      }
    }
    if (body instanceof Map && ((Map<?, ?>) body).containsKey("prompt_token_count")) {
      Map<?, ?> b = (Map<?, ?>) body;
      BedrockTokens.report(call, count(b, "prompt_token_count"), count(b, "generation_token_count"), -1, -1);
      return true;
    }
    return false;
  }

  static long count(Map<?, ?> map, String key) {
    return SdkAccessors.count(map.get(key));
  }
}
