package io.strandwatch.sample;

import com.anthropic.client.AnthropicClient;
import com.anthropic.models.messages.MessageCreateParams;
import com.openai.client.OpenAIClient;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import io.strandwatch.annotations.TrackedStrand;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The application: a question is planned (OpenAI), researched in three steps (Anthropic), written up (OpenAI,
 * streamed) and reviewed (OpenAI, async). Each step is a strand; {@link #answer} encloses them.
 */
public class ResearchAssistant {

  static final String PLANNER_MODEL = "gpt-4o-mini";
  static final String RESEARCH_MODEL = "claude-sonnet-4-5";
  static final String WRITER_MODEL = "gpt-4o";

  private final OpenAIClient openAi;
  private final AnthropicClient anthropic;

  ResearchAssistant(OpenAIClient openAi, AnthropicClient anthropic) {
    this.openAi = openAi;
    this.anthropic = anthropic;
  }

  @TrackedStrand(value = "assistant.answer", attributes = "team=research")
  public String answer(String question) {
    List<String> steps = plan(question);
    List<String> notes = new ArrayList<>();
    for (String step : steps) {
      notes.add(research(step));
    }
    String draft = write(question, notes);
    return review(draft).join();
  }

  @TrackedStrand(value = "assistant.plan", attributes = "team=research")
  List<String> plan(String question) {
    String text = openAi.chat().completions().create(ChatCompletionCreateParams.builder()
        .model(PLANNER_MODEL).addUserMessage("Plan three research steps for: " + question).build())
        .choices().get(0).message().content().orElse("");
    return List.of(question + " (1) " + text.length(), question + " (2)", question + " (3)");
  }

  @TrackedStrand(value = "assistant.research", attributes = "team=research")
  String research(String step) {
    return anthropic.messages().create(MessageCreateParams.builder().model(RESEARCH_MODEL).maxTokens(512)
        .addUserMessage("Research: " + step).build()).content().toString();
  }

  @TrackedStrand(value = "assistant.write", attributes = "team=content")
  String write(String question, List<String> notes) {
    StringBuilder out = new StringBuilder();
    try (var stream = openAi.chat().completions().createStreaming(ChatCompletionCreateParams.builder()
        .model(WRITER_MODEL).addUserMessage("Write an answer to " + question + " from " + notes.size() + " notes")
        .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build()).build())) {
      stream.stream().forEach(chunk -> chunk.choices().forEach(c -> c.delta().content().ifPresent(out::append)));
    }
    return out.toString();
  }

  @TrackedStrand(value = "assistant.review", attributes = "team=content")
  CompletableFuture<String> review(String draft) {
    return openAi.async().chat().completions().create(ChatCompletionCreateParams.builder()
        .model(PLANNER_MODEL).addUserMessage("Review this draft of " + draft.length() + " characters").build())
        .thenApply(c -> c.choices().get(0).message().content().orElse(""));
  }

  /** A strand that loops on the model far more than any normal one: what runaway_strand is for. */
  @TrackedStrand(value = "assistant.deep-dive", attributes = "team=research")
  public int deepDive(String topic) {
    int calls = 0;
    for (int i = 0; i < 60; i++) {
      research(topic + " #" + i);
      calls++;
    }
    return calls;
  }
}
