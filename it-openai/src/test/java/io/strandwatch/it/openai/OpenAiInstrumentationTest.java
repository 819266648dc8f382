package io.strandwatch.it.openai;

import static io.strandwatch.it.harness.ReportAssertions.assertTokens;
import static io.strandwatch.it.harness.ReportAssertions.assertUsd;
import static io.strandwatch.it.harness.ReportAssertions.longs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.strandwatch.it.harness.ForkedJvm;
import io.strandwatch.it.harness.Jdk;
import io.strandwatch.it.harness.Report;
import io.strandwatch.it.openai.app.OpenAiApp;
import io.strandwatch.it.openai.app.OpenAiStrands;
import io.strandwatch.it.openai.app.Secrets;
import io.strandwatch.simulator.Behavior;
import io.strandwatch.simulator.LlmSimulator;
import io.strandwatch.simulator.Provider;
import io.strandwatch.simulator.TokenUsage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real openai-java SDK in a forked JVM under the agent, against the simulator: every strand of {@link OpenAiApp}
 * runs once, and each test checks one aspect of the single report that run wrote.
 */
class OpenAiInstrumentationTest {

  /** input 1000 (100 cached, 0 cache writes), output 250 (40 reasoning). */
  private static final TokenUsage FULL = TokenUsage.of(1000, 250, 100, 0, 40);
  /** gpt-4o-2024-08-06 at $2.50 input, $1.25 cached input, $10 output per million tokens. */
  private static final BigDecimal FULL_COST = new BigDecimal("0.004875");
  private static final String GPT_4O = "gpt-4o-2024-08-06";

  private static LlmSimulator sim;
  private static ForkedJvm jvm;
  private static ForkedJvm.Result run;
  private static Report report;

  @BeforeAll
  static void runApplication() throws Exception {
    sim = LlmSimulator.start();
    sim.setDefault(Behavior.builder().usage(FULL).snapshotDate("2024-08-06").text(Secrets.COMPLETION).build());
    sim.when("gpt-err-429"::equals, Behavior.rateLimited(Duration.ZERO));
    sim.when("gpt-err-500"::equals, Behavior.error(500));
    sim.when("gpt-err-400"::equals, Behavior.error(400));
    sim.when("gpt-cut"::equals, Behavior.builder().usage(FULL).text(Secrets.COMPLETION).streamChunks(4)
        .truncateAfterEvents(3).build());
    sim.when("gpt-partial"::equals, Behavior.builder().usage(TokenUsage.of(10, 5)).text(Secrets.COMPLETION).build());
    sim.when("gpt-nousage"::equals, Behavior.builder().usage(TokenUsage.absent()).text(Secrets.COMPLETION).build());
    // Azure answers with the model behind the deployment.
    sim.when(OpenAiStrands.AZURE_DEPLOYMENT::equals, Behavior.builder().usage(FULL).responseModel(GPT_4O)
        .text(Secrets.COMPLETION).build());
    sim.when("gpt-slow"::equals, Behavior.builder().usage(FULL).firstByteLatency(Duration.ofSeconds(3)).build());
    sim.when("text-embedding-3-small"::equals, Behavior.builder().usage(7, 0).build());
    jvm = ForkedJvm.of(Jdk.current(), OpenAiApp.class).args(sim.openAiBaseUrl());
    run = jvm.run();
    report = run.report();
  }

  @AfterAll
  static void stopSimulator() {
    if (sim != null) {
      sim.close();
    }
  }

  @Test
  void blockingChatCompletionsAddExactUsageAndCost() {
    Report.Strand s = report.strand("openai.chat.sync");
    assertEquals(1, s.count());
    assertEquals(2, s.llmCalls());
    assertTokens(s, 2000L, 500L, 200L, 0L, 80L);
    assertUsd(FULL_COST.multiply(BigDecimal.valueOf(2)), s.costUsd());
  }

  @Test
  void asyncCallsCountForTheStrandThatStartedThem() {
    for (String name : List.of("openai.chat.async", "openai.chat.async_stream", "openai.responses.async",
        "openai.responses.async_stream")) {
      Report.Strand s = report.strand(name);
      assertEquals(1, s.llmCalls(), name);
      assertTokens(s, 1000L, 250L, 100L, 0L, 40L);
      assertUsd(FULL_COST, s.costUsd());
    }
  }

  @Test
  void streamReadOnAnotherThreadCountsForTheStrandThatStartedIt() {
    Report.Strand s = report.strand("openai.chat.stream.other_thread");
    assertEquals(1, s.llmCalls());
    assertTokens(s, 1000L, 250L, 100L, 0L, 40L);
    assertUsd(FULL_COST, s.costUsd());
  }

  @Test
  void streamWithoutIncludeUsageHasUnknownTokensNotZero() {
    Report.Strand s = report.strand("openai.chat.stream.no_usage");
    assertEquals(1, s.llmCalls());
    assertTokens(s, null, null, null, null, null);
    assertEquals(1, s.tokensUnavailable("input"));
    assertNull(s.costUsd());
    Report.Model m = report.model("openai", "gpt-4o-mini-2024-08-06");
    assertEquals(1, m.calls());
    assertEquals(0, m.errors());
    assertNull(m.tokens("output"));
  }

  @Test
  void responsesApiBlockingAndStreamed() {
    for (String name : List.of("openai.responses.sync", "openai.responses.stream")) {
      Report.Strand s = report.strand(name);
      assertEquals(1, s.llmCalls(), name);
      assertTokens(s, 1000L, 250L, 100L, 0L, 40L);
      assertUsd(FULL_COST, s.costUsd());
    }
  }

  @Test
  void embeddingsHaveInputOnly() {
    Report.Strand s = report.strand("openai.embeddings");
    assertEquals(2, s.llmCalls());
    assertEquals(14L, s.tokens("input"));
    assertEquals(0L, s.tokens("output"));
    assertNull(s.tokens("cache_read"));
    // text-embedding-3-small: $0.02 per million input tokens
    assertUsd(new BigDecimal("0.00000028"), s.costUsd());
    Report.Model m = report.model("openai", "text-embedding-3-small");
    assertEquals(2, m.calls());
    assertEquals(14L, m.tokens("input"));
  }

  @Test
  void rejectedRequestsAndCutStreamsAreErrorsOfTheirType() {
    Report.Strand s = report.strand("openai.errors");
    assertEquals(4, s.llmCalls());
    assertEquals(0, s.errors(), "the strand handled the failures itself");
    assertEquals(Map.of("rate_limited", 1L), longs(report.model("openai", "gpt-err-429").errorTypes()));
    assertEquals(Map.of("http_5xx", 1L), longs(report.model("openai", "gpt-err-500").errorTypes()));
    assertEquals(Map.of("http_4xx", 1L), longs(report.model("openai", "gpt-err-400").errorTypes()));
    Report.Model cut = report.model("openai", "gpt-cut");
    assertEquals(1, cut.errors());
    assertEquals(Map.of("com.openai.errors.OpenAIIoException", 1L), longs(cut.errorTypes()));
    // Nothing was billed: the rejected calls add no tokens, and hide none either.
    assertTokens(s, 0L, 0L, 0L, 0L, 0L);
  }

  @Test
  void absentUsageFieldsAreUnknownNotZero() {
    Report.Strand partial = report.strand("openai.usage.partial");
    assertTokens(partial, 10L, 5L, null, null, null);
    Report.Strand absent = report.strand("openai.usage.absent");
    assertEquals(1, absent.llmCalls());
    assertTokens(absent, null, null, null, null, null);
    assertNull(absent.costUsd());
  }

  @Test
  void droppedStreamEndsAsAbandoned() {
    Report.Model m = report.model("openai", "gpt-abandon");
    assertEquals(1, m.calls());
    assertEquals(Map.of("abandoned", 1L), longs(m.errorTypes()));
    assertEquals(1, report.strand("openai.after_gc").llmCalls());
  }

  @Test
  void nestedStrandsAreInclusive() {
    Report.Strand outer = report.strand("openai.outer");
    Report.Strand inner = report.strand("openai.inner");
    assertEquals(2, outer.llmCalls());
    assertEquals(1, inner.llmCalls());
    assertTokens(outer, 2000L, 500L, 200L, 0L, 80L);
    assertTokens(inner, 1000L, 250L, 100L, 0L, 40L);
    assertUsd(FULL_COST.multiply(BigDecimal.valueOf(2)), outer.costUsd());
  }

  @Test
  void azureOpenAiThroughTheSameSdkIsItsOwnProviderPricedByTheModelBehindTheDeployment() {
    // Blocking, stream, async and async stream.
    assertEquals(4, sim.requests().stream().filter(r -> r.provider() == Provider.AZURE_OPENAI).count(),
        "the SDK used Azure's deployment paths");
    Report.Strand s = report.strand("openai.azure");
    assertEquals(4, s.llmCalls());
    assertTokens(s, 4000L, 1000L, 400L, 0L, 160L);
    assertUsd(FULL_COST.multiply(BigDecimal.valueOf(4)), s.costUsd());
    Report.Model m = report.model("azure.ai.openai", GPT_4O);
    assertEquals(4, m.calls());
    assertEquals(0, m.errors());
    assertEquals(4_000L, m.tokens("input"));
  }

  @Test
  void aRequestTheClientGaveUpOnIsATimeoutWithoutTokens() {
    Report.Strand s = report.strand("openai.timeout");
    assertEquals(1, s.llmCalls());
    assertEquals(0, s.errors(), "the strand handled it");
    Report.Model m = report.model("openai", "gpt-slow");
    assertEquals(1, m.calls());
    assertEquals(Map.of("timeout", 1L), longs(m.errorTypes()));
    assertEquals(0L, s.tokens("input"));
  }

  @Test
  void modelTotalsSumEveryCallToTheModel() {
    // chat: 2 sync, async, stream, async stream; responses: 4; nested: 2
    Report.Model m = report.model("openai", GPT_4O);
    assertEquals(11, m.calls());
    assertEquals(0, m.errors());
    assertEquals(11_000L, m.tokens("input"));
    assertEquals(2_750L, m.tokens("output"));
    assertEquals(1_100L, m.tokens("cache_read"));
    assertEquals(0L, m.tokens("cache_write"));
    assertEquals(440L, m.tokens("reasoning"));
    assertUsd(FULL_COST.multiply(BigDecimal.valueOf(11)), m.costUsd());
  }

  @Test
  void neitherPromptsNorCompletionsNorKeysAreRecorded() throws Exception {
    String reportText = Files.readString(jvm.reportPath());
    for (String secret : List.of(Secrets.API_KEY, Secrets.PROMPT, Secrets.COMPLETION)) {
      assertFalse(reportText.contains(secret), "report contains " + secret);
      assertFalse(run.stderr.contains(secret), "stderr contains " + secret);
      assertFalse(run.stdout.contains(secret), "stdout contains " + secret);
    }
  }
}
