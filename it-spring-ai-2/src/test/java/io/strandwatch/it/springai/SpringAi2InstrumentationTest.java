package io.strandwatch.it.springai;

import static io.strandwatch.it.harness.ReportAssertions.assertTokens;
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
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Spring AI 2.0 chat models under the agent, against the simulator. They sit on openai-java and anthropic-java,
 * which the agent instruments too: each request is reported by both layers with the same response id and must
 * count once. Sync {@code call}, cold streaming {@code Flux}, normalized usage, failures by type.
 */
class SpringAi2InstrumentationTest {

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
      Report report = run(sim, "openai-sync", "openai-stream", "anthropic-sync", "anthropic-stream", "prompt-model");
      assertEquals(10, sim.requests().size());
      // Framework on SDK: as many calls as HTTP requests, not twice as many.
      long calls = 0;
      for (String strand : new String[] {"spring.openai.sync", "spring.openai.stream", "spring.anthropic.sync",
          "spring.anthropic.stream", "spring.prompt.model"}) {
        calls += report.strand(strand).llmCalls();
      }
      assertEquals(10, calls);

      Report.Strand openAiSync = report.strand("spring.openai.sync");
      assertEquals(3, openAiSync.llmCalls());
      // Recorded by the openai-java layer, which ends first and reads cache writes (0) that Spring AI does not expose.
      assertTokens(openAiSync, 3000L, 750L, 300L, 0L, 120L);

      // Every chunk carries a usage, zeros until the last (streamUsage asks for it): taken once, not summed.
      Report.Strand openAiStream = report.strand("spring.openai.stream");
      assertEquals(2, openAiStream.llmCalls());
      assertTokens(openAiStream, 2000L, 500L, 200L, 0L, 80L);

      Report.Strand anthropicSync = report.strand("spring.anthropic.sync");
      assertEquals(2, anthropicSync.llmCalls());
      assertTokens(anthropicSync, 2000L, 600L, 200L, 100L, null);

      Report.Strand anthropicStream = report.strand("spring.anthropic.stream");
      assertEquals(2, anthropicStream.llmCalls());
      assertTokens(anthropicStream, 2000L, 600L, 200L, 100L, null);

      Report.Model gpt = report.model("openai", "gpt-4o-mini");
      assertEquals(5, gpt.calls());
      assertEquals(0, gpt.errors());
      assertEquals(5000L, gpt.tokens("input"));
      Report.Model claude = report.model("anthropic", "claude-sonnet-4-5");
      assertEquals(4, claude.calls());
      assertEquals(4000L, claude.tokens("input"));
      assertEquals(1200L, claude.tokens("output"));
      assertEquals(1, report.model("openai", "gpt-4.1-nano").calls(), "the prompt's model wins");
    }
  }

  @Test
  void geminiThroughSpringAiCountsEachRequestOnceWithTheSdksUsage() throws Exception {
    try (LlmSimulator sim = LlmSimulator.start()) {
      // promptTokenCount 1000 with 100 cached; 210 candidates plus 40 thoughts.
      sim.setDefault(answer(TokenUsage.of(1000, 250, 100, null, 40)));
      Report report = run(sim, "gemini-sync", "gemini-stream", "gemini-stream-elsewhere", "gemini-chat-client");
      assertEquals(8, sim.requests().size());
      // Also when the application subscribes on another scheduler: the request is then made on that thread,
      // inside the subscription the agent's Flux marks as the framework call's scope.
      // And through ChatClient's advisor chain.
      for (String strand : new String[] {"spring.gemini.sync", "spring.gemini.stream",
          "spring.gemini.stream.elsewhere", "spring.gemini.chatclient"}) {
        Report.Strand s = report.strand(strand);
        assertEquals(2, s.llmCalls(), s.toString());
        assertTokens(s, 2000L, 500L, 200L, null, 80L);
      }
      Report.Model gemini = report.model("gcp.gemini", "gemini-2.5-flash");
      assertEquals(8, gemini.calls(), gemini.toString());
      assertEquals(8000L, gemini.tokens("input"));
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
