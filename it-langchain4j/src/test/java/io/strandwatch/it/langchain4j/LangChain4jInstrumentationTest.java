package io.strandwatch.it.langchain4j;

import static io.strandwatch.it.harness.ReportAssertions.assertTokens;
import static io.strandwatch.it.harness.ReportAssertions.assertUsd;
import static io.strandwatch.it.harness.ReportAssertions.longs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.strandwatch.it.harness.ForkedJvm;
import io.strandwatch.it.harness.Jdk;
import io.strandwatch.it.harness.Report;
import io.strandwatch.it.langchain4j.app.LangChain4jApp;
import io.strandwatch.it.langchain4j.app.Secrets;
import io.strandwatch.simulator.Behavior;
import io.strandwatch.simulator.LlmSimulator;
import io.strandwatch.simulator.Provider;
import io.strandwatch.simulator.TokenUsage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * LangChain4j chat models under the agent, against the simulator: every provider through the one {@code doChat}
 * hook, sync and streaming, normalized usage, failures by type, and nothing of the conversation recorded.
 */
class LangChain4jInstrumentationTest {

  /** OpenAI reports cached and reasoning tokens inside its totals. */
  private static final TokenUsage OPENAI_USAGE = TokenUsage.of(1000, 250, 100, 0, 40);
  /** Anthropic reports cache reads and writes beside input_tokens (here 850); normalized input is 1000. */
  private static final TokenUsage ANTHROPIC_USAGE = TokenUsage.of(1000, 300, 100, 50, null);

  private static Behavior answer(TokenUsage usage) {
    return Behavior.builder().usage(usage).text(Secrets.COMPLETION).streamChunks(4).build();
  }

  private static ForkedJvm.Result run(LlmSimulator sim, String... scenarios) throws Exception {
    String[] args = new String[scenarios.length + 1];
    args[0] = sim.baseUrl();
    System.arraycopy(scenarios, 0, args, 1, scenarios.length);
    ForkedJvm jvm = ForkedJvm.of(Jdk.current(), LangChain4jApp.class).args(args);
    ForkedJvm.Result result = jvm.run();
    assertNothingSecret(jvm, result);
    return result;
  }

  @Test
  void syncAndStreamingCallsOfEveryProviderCountOnceWithNormalizedUsage() throws Exception {
    try (LlmSimulator sim = LlmSimulator.start()) {
      sim.setDefault(answer(OPENAI_USAGE));
      sim.whenRequest(r -> r.provider() == Provider.ANTHROPIC, answer(ANTHROPIC_USAGE));
      Report report = run(sim, "openai-sync", "openai-stream", "anthropic-sync", "anthropic-stream").report();
      assertEquals(9, sim.requests().size());

      Report.Strand openAiSync = report.strand("lc4j.openai.sync");
      assertEquals(3, openAiSync.llmCalls());
      assertTokens(openAiSync, 3000L, 750L, 300L, null, 120L);

      // Streamed: usage only in the last chunk (LangChain4j asks for it with stream_options.include_usage).
      Report.Strand openAiStream = report.strand("lc4j.openai.stream");
      assertEquals(2, openAiStream.llmCalls());
      assertTokens(openAiStream, 2000L, 500L, 200L, null, 80L);

      Report.Strand anthropicSync = report.strand("lc4j.anthropic.sync");
      assertEquals(2, anthropicSync.llmCalls());
      assertTokens(anthropicSync, 2000L, 600L, 200L, 100L, null);

      // Streamed: input and cache counts at message_start, the final output count at message_delta.
      Report.Strand anthropicStream = report.strand("lc4j.anthropic.stream");
      assertEquals(2, anthropicStream.llmCalls());
      assertTokens(anthropicStream, 2000L, 600L, 200L, 100L, null);

      Report.Model gpt = report.model("openai", "gpt-4o-mini");
      assertEquals(5, gpt.calls());
      assertEquals(0, gpt.errors());
      assertEquals(5000L, gpt.tokens("input"));
      assertEquals(1250L, gpt.tokens("output"));
      Report.Model claude = report.model("anthropic", "claude-sonnet-4-5");
      assertEquals(4, claude.calls());
      assertEquals(4000L, claude.tokens("input"));
      assertEquals(1200L, claude.tokens("output"));
      assertEquals(400L, claude.tokens("cache_read"));
      assertEquals(200L, claude.tokens("cache_write"));
    }
  }

  @Test
  void failedRequestsCountAsCallsWithTheirErrorTypeAndNoTokens() throws Exception {
    try (LlmSimulator sim = LlmSimulator.start()) {
      sim.enqueue(Behavior.rateLimited(java.time.Duration.ofSeconds(1)), Behavior.error(500),
          Behavior.rateLimited(java.time.Duration.ofSeconds(1)), Behavior.error(500));
      ForkedJvm.Result result = run(sim, "errors");
      assertEquals(4, sim.requests().size(), "maxRetries(0): one HTTP request per call");
      Report report = result.report();

      Report.Strand errors = report.strand("lc4j.errors");
      assertEquals(1, errors.count());
      assertEquals(0, errors.errors(), "the application handled every failure");
      assertEquals(4, errors.llmCalls());
      assertEquals(0L, errors.tokens("input"));
      assertEquals(0L, errors.tokens("output"));

      Report.Model gpt = report.model("openai", "gpt-4o-mini");
      assertEquals(2, gpt.calls());
      assertEquals(2, gpt.errors());
      assertEquals(Map.of("http_5xx", 1L, "rate_limited", 1L), longs(gpt.errorTypes()));
      Report.Model claude = report.model("anthropic", "claude-sonnet-4-5");
      assertEquals(2, claude.errors());
      assertEquals(Map.of("http_5xx", 1L, "rate_limited", 1L), longs(claude.errorTypes()));
    }
  }

  /**
   * {@code langchain4j-open-ai-official} sits on openai-java: each request is reported by the SDK layer and by
   * LangChain4j with the same response id (a failure with the same exception) and must count once.
   */
  @Test
  void frameworkOnInstrumentedSdkCountsEachRequestOnce() throws Exception {
    try (LlmSimulator sim = LlmSimulator.start()) {
      sim.enqueue(answer(OPENAI_USAGE), answer(OPENAI_USAGE), Behavior.rateLimited(java.time.Duration.ofSeconds(1)));
      Report report = run(sim, "official").report();
      assertEquals(3, sim.requests().size());

      Report.Strand official = report.strand("lc4j.official");
      assertEquals(3, official.llmCalls(), official.toString());
      assertEquals(2000L, official.tokens("input"), official.toString());
      assertEquals(500L, official.tokens("output"), official.toString());
      Report.Model gpt = report.model("openai", "gpt-4o-mini");
      assertEquals(3, gpt.calls(), gpt.toString());
      assertEquals(Map.of("rate_limited", 1L), longs(gpt.errorTypes()));
    }
  }

  @Test
  void frameworkOnTheInstrumentedAwsSdkCountsEachRequestOnce() throws Exception {
    try (LlmSimulator sim = LlmSimulator.start()) {
      TokenUsage usage = TokenUsage.of(1000, 250, 100, 50, null);
      sim.enqueue(answer(usage), answer(usage), Behavior.rateLimited(java.time.Duration.ofSeconds(1)));
      Report report = run(sim, "bedrock").report();
      assertEquals(3, sim.requests().size());

      // Bedrock reports cache reads and writes beside inputTokens (850): normalized input is 1000 per call.
      Report.Strand bedrock = report.strand("lc4j.bedrock");
      assertEquals(3, bedrock.llmCalls(), bedrock.toString());
      assertTokens(bedrock, 2000L, 500L, 200L, 100L, null);
      Report.Model claude = report.model("aws.bedrock", LangChain4jApp.BEDROCK_MODEL);
      assertEquals(3, claude.calls(), claude.toString());
      assertEquals(Map.of("rate_limited", 1L), longs(claude.errorTypes()));
    }
  }

  /**
   * {@code langchain4j-azure-open-ai} sits on {@code com.azure:azure-ai-openai}, which StrandWatch does not
   * instrument: the LangChain4j layer alone counts each request, as provider {@code azure.ai.openai}, with the
   * deployment as the requested model and the model behind it, as Azure reports it, as the response model.
   */
  @Test
  void frameworkOnAnUninstrumentedSdkCountsEachRequestOnceThroughTheFramework() throws Exception {
    try (LlmSimulator sim = LlmSimulator.start()) {
      Behavior gpt4o = Behavior.builder().usage(OPENAI_USAGE).text(Secrets.COMPLETION).streamChunks(4)
          .responseModel("gpt-4o-2024-08-06").build();
      sim.enqueue(gpt4o, gpt4o, Behavior.rateLimited(java.time.Duration.ofSeconds(1)));
      Report report = run(sim, "azure").report();
      assertEquals(3, sim.requests().size());
      assertEquals(3, sim.requests().stream().filter(r -> r.provider() == Provider.AZURE_OPENAI).count(),
          "LangChain4j used Azure's deployment paths");

      Report.Strand azure = report.strand("lc4j.azure");
      assertEquals(3, azure.llmCalls(), azure.toString());
      // LangChain4j's Azure integration passes on input and output only: cache and reasoning are unknown, and
      // the cost is at the uncached input price, 2 x (1000 x $2.50 + 250 x $10) / 1M for gpt-4o-2024-08-06.
      assertTokens(azure, 2000L, 500L, null, null, null);
      assertUsd(new BigDecimal("0.01"), azure.costUsd());
      // The report keys a call by the response model where there is one, else by the deployment.
      Report.Model gpt = report.model("azure.ai.openai", "gpt-4o-2024-08-06");
      assertEquals(2, gpt.calls(), () -> gpt + "\n" + report.modelNames());
      assertEquals(0, gpt.errors());
      assertUsd(new BigDecimal("0.01"), gpt.costUsd());
      Report.Model throttled = report.model("azure.ai.openai", LangChain4jApp.AZURE_DEPLOYMENT);
      assertEquals(1, throttled.calls(), throttled::toString);
      assertEquals(Map.of("rate_limited", 1L), longs(throttled.errorTypes()),
          "the status from the azure-core response inside LangChain4j's RateLimitException");
    }
  }

  /** AiServices with a tool: its loop makes two requests inside one {@code chat}, each a call of its own. */
  @Test
  void anAiServiceToolLoopCountsEachRequest() throws Exception {
    try (LlmSimulator sim = LlmSimulator.start()) {
      sim.enqueue(Behavior.builder().toolCall("weather", "{\"city\":\"Paris\"}").usage(TokenUsage.of(300, 20))
          .build(), answer(OPENAI_USAGE));
      Report report = run(sim, "ai-service").report();
      assertEquals(2, sim.requests().size(), "the tool call and the answer");

      Report.Strand assistant = report.strand("lc4j.aiservice");
      assertEquals(2, assistant.llmCalls(), assistant.toString());
      // The tool request reports no cache or reasoning details: those totals are unknown, not 100 and 40.
      assertTokens(assistant, 1300L, 270L, null, null, null);
      assertEquals(2, report.model("openai", "gpt-4o-mini").calls());
    }
  }

  static void assertNothingSecret(ForkedJvm jvm, ForkedJvm.Result result) throws Exception {
    String report = Files.readString(jvm.reportPath());
    for (String secret : new String[] {Secrets.API_KEY, Secrets.PROMPT, Secrets.COMPLETION, "margarine"}) {
      assertFalse(report.contains(secret), "the report contains '" + secret + "'");
      assertFalse(result.stderr.contains(secret), "stderr contains '" + secret + "'");
    }
  }
}
