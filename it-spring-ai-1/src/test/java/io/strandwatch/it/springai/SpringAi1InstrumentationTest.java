package io.strandwatch.it.springai;

import static io.strandwatch.it.harness.ReportAssertions.assertTokens;
import static io.strandwatch.it.harness.ReportAssertions.assertUsd;
import static io.strandwatch.it.harness.ReportAssertions.longs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.strandwatch.it.harness.ForkedJvm;
import io.strandwatch.it.harness.Jdk;
import io.strandwatch.it.harness.Report;
import io.strandwatch.it.springai.app.Secrets;
import io.strandwatch.it.springai.app.SpringAiApp;
import io.strandwatch.simulator.Behavior;
import io.strandwatch.simulator.LlmSimulator;
import io.strandwatch.simulator.Provider;
import io.strandwatch.simulator.TokenUsage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Spring AI 1.1 chat models (their own RestClient / WebClient) under the agent, against the simulator: sync
 * {@code call}, cold streaming {@code Flux}, normalized usage, failures by type, nothing of the conversation kept.
 */
class SpringAi1InstrumentationTest {

  private static final TokenUsage OPENAI_USAGE = TokenUsage.of(1000, 250, 100, 0, 40);
  /** On the wire input_tokens is 850: cache reads and writes are reported beside it. */
  private static final TokenUsage ANTHROPIC_USAGE = TokenUsage.of(1000, 300, 100, 50, null);

  private static Behavior answer(TokenUsage usage) {
    return Behavior.builder().usage(usage).text(Secrets.COMPLETION).streamChunks(4).build();
  }

  private static Report run(LlmSimulator sim, String... scenarios) throws Exception {
    String[] args = new String[scenarios.length + 1];
    args[0] = sim.baseUrl();
    System.arraycopy(scenarios, 0, args, 1, scenarios.length);
    ForkedJvm jvm = ForkedJvm.of(Jdk.current(), SpringAiApp.class).args(args);
    ForkedJvm.Result result = jvm.run();
    String report = Files.readString(jvm.reportPath());
    for (String secret : new String[] {Secrets.API_KEY, Secrets.PROMPT, Secrets.COMPLETION, "margarine"}) {
      assertFalse(report.contains(secret), "the report contains '" + secret + "'");
      assertFalse(result.stderr.contains(secret), "stderr contains '" + secret + "'");
    }
    return result.report();
  }

  @Test
  void syncAndStreamedCallsCountOnceWithNormalizedUsage() throws Exception {
    try (LlmSimulator sim = LlmSimulator.start()) {
      sim.setDefault(answer(OPENAI_USAGE));
      sim.whenRequest(r -> r.provider() == Provider.ANTHROPIC, answer(ANTHROPIC_USAGE));
      Report report = run(sim, "openai-sync", "openai-stream", "anthropic-sync", "anthropic-stream", "prompt-model",
          "chat-client");
      assertEquals(12, sim.requests().size());

      Report.Strand openAiSync = report.strand("spring.openai.sync");
      assertEquals(3, openAiSync.llmCalls());
      assertTokens(openAiSync, 3000L, 750L, 300L, null, 120L);

      // Every chunk carries a usage, zeros until the last (streamUsage asks for it): taken once, not summed.
      Report.Strand openAiStream = report.strand("spring.openai.stream");
      assertEquals(2, openAiStream.llmCalls());
      assertTokens(openAiStream, 2000L, 500L, 200L, null, 80L);

      Report.Strand anthropicSync = report.strand("spring.anthropic.sync");
      assertEquals(2, anthropicSync.llmCalls());
      assertTokens(anthropicSync, 2000L, 600L, 200L, 100L, null);

      // message_start's usage (input and cache counts) and message_delta's output, merged by Spring AI into the
      // last chunk: the same totals as the blocking calls, not a sum over chunks.
      Report.Strand anthropicStream = report.strand("spring.anthropic.stream");
      assertEquals(2, anthropicStream.llmCalls());
      assertTokens(anthropicStream, 2000L, 600L, 200L, 100L, null);

      // Through ChatClient's advisor chain: the same calls and usage as on the model itself.
      Report.Strand chatClient = report.strand("spring.chatclient");
      assertEquals(2, chatClient.llmCalls());
      assertTokens(chatClient, 2000L, 500L, 200L, null, 80L);

      Report.Model gpt = report.model("openai", "gpt-4o-mini");
      assertEquals(7, gpt.calls());
      assertEquals(0, gpt.errors());
      assertEquals(7000L, gpt.tokens("input"));
      Report.Model claude = report.model("anthropic", "claude-sonnet-4-5");
      assertEquals(4, claude.calls());
      assertEquals(4000L, claude.tokens("input"));
      assertEquals(1200L, claude.tokens("output"));
      assertEquals(1, report.model("openai", "gpt-4.1-nano").calls(), "the prompt's model wins");
    }
  }

  /**
   * {@code spring-ai-azure-openai} sits on {@code com.azure:azure-ai-openai}, which StrandWatch does not
   * instrument: Spring AI's layer alone counts each request, as provider {@code azure.ai.openai}.
   */
  @Test
  void azureOpenAiOnItsUninstrumentedSdkCountsEachRequestOnceThroughSpringAi() throws Exception {
    try (LlmSimulator sim = LlmSimulator.start()) {
      Behavior gpt4o = Behavior.builder().usage(OPENAI_USAGE).text(Secrets.COMPLETION).streamChunks(4)
          .responseModel("gpt-4o-2024-08-06").build();
      sim.enqueue(gpt4o, gpt4o, Behavior.rateLimited(Duration.ofSeconds(1)));
      Report report = run(sim, "azure");
      assertEquals(3, sim.requests().size());
      assertEquals(3, sim.requests().stream().filter(r -> r.provider() == Provider.AZURE_OPENAI).count(),
          "Spring AI used Azure's deployment paths");

      Report.Strand azure = report.strand("spring.azure");
      assertEquals(3, azure.llmCalls(), azure.toString());
      assertTokens(azure, 2000L, 500L, 200L, null, 80L);
      // Priced by the model behind the deployment: 2 x (900 x $2.50 + 100 x $1.25 + 250 x $10) / 1M.
      assertUsd(new BigDecimal("0.00975"), azure.costUsd());
      Report.Model gpt = report.model("azure.ai.openai", "gpt-4o-2024-08-06");
      assertEquals(2, gpt.calls(), () -> gpt + "\n" + report.modelNames());
      Report.Model throttled = report.model("azure.ai.openai", SpringAiApp.AZURE_DEPLOYMENT);
      assertEquals(Map.of("rate_limited", 1L), longs(throttled.errorTypes()), throttled::toString);
    }
  }

  /** Spring AI runs the tool loop inside one {@code call}: one call, the usage of both requests. */
  @Test
  void aToolLoopSpringAiRunsItselfIsOneCallWithBothRequestsUsage() throws Exception {
    try (LlmSimulator sim = LlmSimulator.start()) {
      sim.enqueue(Behavior.builder().toolCall("weather", "{\"city\":\"Paris\"}").usage(TokenUsage.of(300, 20))
          .build(), answer(OPENAI_USAGE));
      Report report = run(sim, "tools");
      assertEquals(2, sim.requests().size(), "the tool call and the answer");

      Report.Strand tools = report.strand("spring.tools");
      assertEquals(1, tools.llmCalls(), tools.toString());
      assertEquals(1300L, tools.tokens("input"), tools.toString());
      assertEquals(270L, tools.tokens("output"), tools.toString());
      assertEquals(null, tools.tokens("cache_read"), tools.toString());
    }
  }

  @Test
  void failedCallsCountWithTheirErrorTypeAndNoTokens() throws Exception {
    try (LlmSimulator sim = LlmSimulator.start()) {
      sim.enqueue(Behavior.rateLimited(Duration.ofSeconds(1)), Behavior.error(500),
          Behavior.rateLimited(Duration.ofSeconds(1)), Behavior.error(500));
      Report report = run(sim, "errors");
      assertEquals(4, sim.requests().size(), "no retries: one HTTP request per call");

      Report.Strand errors = report.strand("spring.errors");
      assertEquals(4, errors.llmCalls());
      assertEquals(0L, errors.tokens("input"));
      assertEquals(0L, errors.tokens("output"));
      Report.Model gpt = report.model("openai", "gpt-4o-mini");
      assertEquals(Map.of("http_5xx", 1L, "rate_limited", 1L), longs(gpt.errorTypes()));
      Report.Model claude = report.model("anthropic", "claude-sonnet-4-5");
      assertEquals(Map.of("http_5xx", 1L, "rate_limited", 1L), longs(claude.errorTypes()));
    }
  }
}
