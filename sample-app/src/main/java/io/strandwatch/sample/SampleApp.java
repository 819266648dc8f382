package io.strandwatch.sample;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import io.strandwatch.simulator.LlmSimulator;
import java.time.Duration;

/**
 * Runs the research assistant for a fixed time against the local provider simulator, following the scripted
 * scenario (steady, then trouble), or against the real providers when OPENAI_API_KEY and ANTHROPIC_API_KEY are
 * set. Usage: {@code SampleApp [seconds]}.
 */
public final class SampleApp {

  private SampleApp() {}

  public static void main(String[] args) throws Exception {
    Duration runFor = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 75);
    String openAiKey = System.getenv("OPENAI_API_KEY");
    String anthropicKey = System.getenv("ANTHROPIC_API_KEY");
    boolean real = openAiKey != null && anthropicKey != null;
    LlmSimulator simulator = real ? null : LlmSimulator.start();
    Scenario scenario = real ? null : new Scenario(simulator, runFor);
    OpenAIClient openAi = real
        ? OpenAIOkHttpClient.builder().apiKey(openAiKey).build()
        : OpenAIOkHttpClient.builder().baseUrl(simulator.openAiBaseUrl()).apiKey("sim-key").maxRetries(0).build();
    AnthropicClient anthropic = real
        ? AnthropicOkHttpClient.builder().apiKey(anthropicKey).build()
        : AnthropicOkHttpClient.builder().baseUrl(simulator.anthropicBaseUrl()).apiKey("sim-key").maxRetries(0)
            .build();
    System.out.println("research assistant: running " + runFor.getSeconds() + " s against "
        + (real ? "the real providers" : "the local simulator at " + simulator.baseUrl()));

    ResearchAssistant assistant = new ResearchAssistant(openAi, anthropic);
    long end = System.nanoTime() + runFor.toNanos();
    int questions = 0;
    while (System.nanoTime() < end) {
      if (scenario != null) {
        scenario.advance();
      }
      try {
        assistant.answer(Questions.next(questions++));
      } catch (RuntimeException e) {
        // A failed question is what the error-rate alert is about; the app carries on like a real service.
      }
      if (scenario != null && scenario.runawayDue()) {
        try {
          assistant.deepDive("the history of every question asked so far");
        } catch (RuntimeException e) {
          // counted as an error of the runaway strand
        }
      }
    }
    System.out.println("research assistant: answered " + questions + " questions");
    openAi.close();
    anthropic.close();
    if (simulator != null) {
      simulator.close();
    }
  }
}
