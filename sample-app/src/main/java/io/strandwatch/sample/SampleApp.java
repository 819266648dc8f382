package io.strandwatch.sample;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.google.genai.Client;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.HttpRetryOptions;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import io.strandwatch.simulator.LlmSimulator;
import java.time.Duration;

/**
 * Runs the research assistant against the local provider simulator, following the scripted scenario (steady,
 * then trouble; it ends once its alerts have cleared, within the given time), or for the given time against the
 * real providers whose API keys are set (OPENAI_API_KEY, ANTHROPIC_API_KEY, GOOGLE_API_KEY or GEMINI_API_KEY;
 * providers without a key stay on the simulator, and the scenario runs only when none has a key).
 * {@code -Dsample.simulator=true} ignores the keys. Usage: {@code SampleApp [seconds]} (at most; default 120).
 */
public final class SampleApp {

  private SampleApp() {}

  public static void main(String[] args) throws Exception {
    Duration maxRun = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 120);
    boolean simulateAll = Boolean.getBoolean("sample.simulator");
    String openAiKey = simulateAll ? null : System.getenv("OPENAI_API_KEY");
    String anthropicKey = simulateAll ? null : System.getenv("ANTHROPIC_API_KEY");
    String googleKey = simulateAll ? null
        : System.getenv("GOOGLE_API_KEY") != null ? System.getenv("GOOGLE_API_KEY") : System.getenv("GEMINI_API_KEY");
    boolean allReal = openAiKey != null && anthropicKey != null && googleKey != null;
    boolean noneReal = openAiKey == null && anthropicKey == null && googleKey == null;
    LlmSimulator simulator = allReal ? null : LlmSimulator.start();
    OpenAIClient openAi = openAiKey != null
        ? OpenAIOkHttpClient.builder().apiKey(openAiKey).build()
        : OpenAIOkHttpClient.builder().baseUrl(simulator.openAiBaseUrl()).apiKey("sim-key").maxRetries(0).build();
    AnthropicClient anthropic = anthropicKey != null
        ? AnthropicOkHttpClient.builder().apiKey(anthropicKey).build()
        : AnthropicOkHttpClient.builder().baseUrl(simulator.anthropicBaseUrl()).apiKey("sim-key").maxRetries(0)
            .build();
    Client gemini = googleKey != null
        ? Client.builder().apiKey(googleKey).vertexAI(false).build()
        : Client.builder().apiKey("sim-key").vertexAI(false).httpOptions(HttpOptions.builder()
            .baseUrl(simulator.geminiBaseUrl()).retryOptions(HttpRetryOptions.builder().attempts(1).build()).build())
            .build();
    System.out.println("research assistant: running at most " + maxRun.getSeconds() + " s against "
        + (allReal ? "the real providers"
        : noneReal ? "the local simulator at " + simulator.baseUrl()
        : "OpenAI " + where(openAiKey) + ", Anthropic " + where(anthropicKey) + ", Gemini " + where(googleKey)
            + " (no scripted scenario)"));
    ResearchAssistant assistant = new ResearchAssistant(openAi, anthropic, gemini);
    Scenario scenario = noneReal ? new Scenario(simulator, maxRun) : null;
    long endMillis = scenario != null ? scenario.endMillis() : System.currentTimeMillis() + maxRun.toMillis();
    int questions = 0;
    while (System.currentTimeMillis() < endMillis) {
      if (scenario != null) {
        scenario.advance(questions);
      }
      try {
        assistant.answer(Questions.next(questions++));
      } catch (RuntimeException e) {
        // A failed question is what the error-rate alert is about; the app carries on like a real service.
      }
      if (scenario != null && scenario.runawayDue(questions)) {
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
    gemini.close();
    if (simulator != null) {
      simulator.close();
    }
  }

  private static String where(String key) {
    return key != null ? "for real" : "on the simulator";
  }
}
