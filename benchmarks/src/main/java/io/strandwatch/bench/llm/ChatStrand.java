package io.strandwatch.bench.llm;

import com.openai.client.OpenAIClient;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.strandwatch.annotations.TrackedStrand;

/** A strand that makes one chat call, as an agent application's step would. */
public class ChatStrand {

  private final OpenAIClient client;
  private final ChatCompletionCreateParams params;

  public ChatStrand(OpenAIClient client, String model) {
    this.client = client;
    this.params = ChatCompletionCreateParams.builder().model(model).addUserMessage("Say hello").build();
  }

  @TrackedStrand("bench.chat")
  @WithSpan("bench.chat")
  public ChatCompletion ask() {
    return client.chat().completions().create(params);
  }
}
