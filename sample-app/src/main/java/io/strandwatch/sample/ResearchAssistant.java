package io.strandwatch.sample;

import com.anthropic.client.AnthropicClient;
import com.anthropic.models.messages.MessageCreateParams;
import com.google.genai.Client;
import com.google.genai.ResponseStream;
import com.google.genai.types.GenerateContentResponse;
import com.openai.client.OpenAIClient;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import io.strandwatch.annotations.TrackedStrand;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The application: a question is planned (OpenAI), researched in three steps (Anthropic), written up (OpenAI,
 * streamed), then reviewed (OpenAI, async) and summarized (Gemini, async stream) at the same time. Each step is a
 * strand; {@link #answer} encloses them.
 */
public class ResearchAssistant {

  static final String PLANNER_MODEL = "gpt-4o-mini";
  static final String RESEARCH_MODEL = "claude-sonnet-4-5";
  static final String WRITER_MODEL = "gpt-4o";
  static final String SUMMARY_MODEL = "gemini-2.5-flash";

  private final OpenAIClient openAi;
  private final AnthropicClient anthropic;
  private final Client gemini;

  ResearchAssistant(OpenAIClient openAi, AnthropicClient anthropic, Client gemini) {
    this.openAi = openAi;
    this.anthropic = anthropic;
    this.gemini = gemini;
  }

  @TrackedStrand(value = "assistant.answer", attributes = "team=research")
  public String answer(String question) {
    List<String> steps = plan(question);
    List<String> notes = new ArrayList<>();
    for (String step : steps) {
      notes.add(research(step));
    }
    String draft = write(question, notes);
    CompletableFuture<String> summary = summarize(draft);
    return review(draft).thenCombine(summary, (review, tldr) -> tldr + "\n" + review).join();
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

  @TrackedStrand(value = "assistant.summarize", attributes = "team=content")
  CompletableFuture<String> summarize(String draft) {
    return gemini.async.models.generateContentStream(SUMMARY_MODEL,
        "Summarize in one line a draft of " + draft.length() + " characters", null)
        .thenApplyAsync(stream -> {
          StringBuilder out = new StringBuilder();
          try (ResponseStream<GenerateContentResponse> chunks = stream) {
            for (GenerateContentResponse chunk : chunks) {
              String text = chunk.text();
              out.append(text == null ? "" : text);
            }
          }
          return out.toString();
        });
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
