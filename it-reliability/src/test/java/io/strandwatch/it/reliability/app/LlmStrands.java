package io.strandwatch.it.reliability.app;

import com.anthropic.client.AnthropicClient;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.openai.client.OpenAIClient;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import io.strandwatch.annotations.TrackedStrand;

/** One strand per kind of provider answer; the model name tells the simulator which answer to give. */
public class LlmStrands {

  private final OpenAIClient openai;
  private final AnthropicClient anthropic;

  public LlmStrands(OpenAIClient openai, AnthropicClient anthropic) {
    this.openai = openai;
    this.anthropic = anthropic;
  }

  private String chat(String model) {
    return openai.chat().completions().create(ChatCompletionCreateParams.builder().model(model)
        .addUserMessage(Canaries.PROMPT).build()).id();
  }

  private String message(String model) {
    return anthropic.messages().create(MessageCreateParams.builder().model(model).maxTokens(1024)
        .addUserMessage(Canaries.PROMPT).build()).id();
  }

  @TrackedStrand("openai.usage.null")
  public String openAiNullUsage() {
    return chat("gpt-usage-null");
  }

  @TrackedStrand("openai.usage.negative")
  public String openAiNegativeUsage() {
    return chat("gpt-usage-negative");
  }

  @TrackedStrand("openai.usage.huge")
  public String openAiHugeUsage() {
    return chat("gpt-usage-huge") + chat("gpt-usage-huge");
  }

  @TrackedStrand("openai.usage.beyond_long")
  public String openAiBeyondLong() {
    return chat("gpt-usage-beyond-long");
  }

  @TrackedStrand("openai.usage.wrong_type")
  public String openAiWrongType() {
    return chat("gpt-usage-wrong-type");
  }

  @TrackedStrand("openai.model.unknown")
  public String openAiUnknownModel() {
    return chat("model-from-the-future-x1");
  }

  @TrackedStrand("openai.id.blank")
  public String openAiBlankIds() {
    return chat("gpt-id-blank") + chat("gpt-id-blank") + chat("gpt-id-blank");
  }

  @TrackedStrand("openai.id.odd")
  public String openAiOddId() {
    return chat("gpt-id-odd");
  }

  /** Prompt, completion (whole and streamed) and tool arguments all carry canaries. */
  @TrackedStrand("openai.secrets")
  public int openAiSecrets() {
    int n = chat("gpt-4o").length() + chat("gpt-tool").length();
    try (com.openai.core.http.StreamResponse<ChatCompletionChunk> stream = openai.chat().completions()
        .createStreaming(ChatCompletionCreateParams.builder().model("gpt-4o").addUserMessage(Canaries.PROMPT)
            .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build()).build())) {
      n += (int) stream.stream().count();
    }
    return n;
  }

  @TrackedStrand("anthropic.usage.null")
  public String anthropicNullUsage() {
    return message("claude-usage-null");
  }

  @TrackedStrand("anthropic.usage.negative")
  public String anthropicNegativeUsage() {
    return message("claude-usage-negative");
  }

  @TrackedStrand("anthropic.usage.huge")
  public String anthropicHugeUsage() {
    return message("claude-usage-huge") + message("claude-usage-huge");
  }

  @TrackedStrand("anthropic.model.unknown")
  public String anthropicUnknownModel() {
    return message("claude-from-the-future");
  }

  @TrackedStrand("anthropic.secrets")
  public int anthropicSecrets() {
    int n = message("claude-sonnet-4-5").length() + message("claude-tool").length();
    try (StreamResponse<RawMessageStreamEvent> stream = anthropic.messages().createStreaming(
        MessageCreateParams.builder().model("claude-sonnet-4-5").maxTokens(1024).addUserMessage(Canaries.PROMPT)
            .build())) {
      n += (int) stream.stream().count();
    }
    return n;
  }
}
