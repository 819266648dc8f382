package io.strandwatch.agent.instrumentation.googlegenai;

import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.SdkAccessors;

/**
 * Gemini's {@code usageMetadata} in the normalized convention. {@code promptTokenCount} already includes the
 * cached tokens ({@code cachedContentTokenCount}); tool-use prompt tokens (search results fed back to the model)
 * are billed as input but counted apart, so they are added. {@code candidatesTokenCount} excludes the thinking
 * tokens ({@code thoughtsTokenCount}), which are billed as output: output is their sum, reasoning the thoughts.
 * Gemini reports no cache writes.
 */
final class GeminiUsage {

  private GeminiUsage() {}

  static void report(Object usageMetadata, LlmCallView call) {
    if (usageMetadata == null) {
      return;
    }
    long prompt = SdkAccessors.count(usageMetadata, "promptTokenCount");
    long toolUse = SdkAccessors.count(usageMetadata, "toolUsePromptTokenCount");
    long cached = SdkAccessors.count(usageMetadata, "cachedContentTokenCount");
    long candidates = SdkAccessors.count(usageMetadata, "candidatesTokenCount");
    long thoughts = SdkAccessors.count(usageMetadata, "thoughtsTokenCount");
    long input = prompt < 0 ? -1 : prompt + Math.max(0, toolUse);
    // Early stream chunks carry the prompt count only: their output stays unknown until a later chunk has it.
    long output = candidates < 0 && thoughts < 0 ? -1 : Math.max(0, candidates) + Math.max(0, thoughts);
    call.usage(input, output, cached, -1, thoughts);
  }
}
