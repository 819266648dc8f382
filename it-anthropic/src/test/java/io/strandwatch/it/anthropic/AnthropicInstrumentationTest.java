package io.strandwatch.it.anthropic;

import static io.strandwatch.it.harness.ReportAssertions.assertTokens;
import static io.strandwatch.it.harness.ReportAssertions.assertUsd;
import static io.strandwatch.it.harness.ReportAssertions.longs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.strandwatch.it.anthropic.app.AnthropicApp;
import io.strandwatch.it.anthropic.app.Secrets;
import io.strandwatch.it.harness.ForkedJvm;
import io.strandwatch.it.harness.Jdk;
import io.strandwatch.it.harness.Report;
import io.strandwatch.simulator.Behavior;
import io.strandwatch.simulator.LlmSimulator;
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
 * The real anthropic-java SDK in a forked JVM under the agent, against the simulator: every strand of
 * {@link AnthropicApp} runs once, and each test checks one aspect of the single report that run wrote.
 */
class AnthropicInstrumentationTest {

  /**
   * Normalized: input 1000 of which 100 cache reads and 50 cache writes (Anthropic's input_tokens is 850), output
   * 250 of which 30 thinking.
   */
  private static final TokenUsage CACHED = TokenUsage.of(1000, 250, 100, 50, 30);
  /** claude-sonnet-4-5: 850 x $3 + 100 x $0.30 + 50 x $3.75 + 250 x $15, per million tokens. */
  private static final BigDecimal CACHED_COST = new BigDecimal("0.0065175");
  private static final String SONNET = "claude-sonnet-4-5-20250929";

  private static LlmSimulator sim;
  private static ForkedJvm jvm;
  private static ForkedJvm.Result run;
  private static Report report;

  @BeforeAll
  static void runApplication() throws Exception {
    sim = LlmSimulator.start();
    sim.setDefault(Behavior.builder().usage(CACHED).snapshotDate("20250929").text(Secrets.COMPLETION).build());
    sim.when("claude-err-429"::equals, Behavior.rateLimited(Duration.ZERO));
    sim.when("claude-err-529"::equals, Behavior.overloaded());
    sim.when("claude-err-500"::equals, Behavior.error(500));
    sim.when("claude-cut"::equals, Behavior.builder().usage(CACHED).text(Secrets.COMPLETION).truncateAfterEvents(3)
        .build());
    sim.when("claude-partial"::equals, Behavior.builder().usage(TokenUsage.of(10, 5)).text(Secrets.COMPLETION)
        .build());
    jvm = ForkedJvm.of(Jdk.current(), AnthropicApp.class).args(sim.anthropicBaseUrl());
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
  void inputIncludesCacheReadsAndWritesAndCostIsExact() {
    Report.Strand s = report.strand("anthropic.messages.sync");
    assertEquals(2, s.llmCalls());
    assertTokens(s, 2000L, 500L, 200L, 100L, 60L);
    assertUsd(CACHED_COST.multiply(BigDecimal.valueOf(2)), s.costUsd());
  }

  @Test
  void asyncAndStreamedCallsCountOnceEachForTheStrandThatStartedThem() {
    for (String name : List.of("anthropic.messages.async", "anthropic.messages.stream.other_thread",
        "anthropic.messages.async_stream")) {
      Report.Strand s = report.strand(name);
      assertEquals(1, s.llmCalls(), name);
      // message_start's placeholder output count (1) is not added to message_delta's 250
      assertTokens(s, 1000L, 250L, 100L, 50L, 30L);
      assertUsd(CACHED_COST, s.costUsd());
    }
  }

  @Test
  void betaMessagesBlockingAndStreamed() {
    for (String name : List.of("anthropic.beta.sync", "anthropic.beta.stream")) {
      Report.Strand s = report.strand(name);
      assertEquals(1, s.llmCalls(), name);
      assertTokens(s, 1000L, 250L, 100L, 50L, 30L);
      assertUsd(CACHED_COST, s.costUsd());
    }
  }

  @Test
  void rejectedRequestsAreErrorsOfTheirType() {
    Report.Strand s = report.strand("anthropic.errors");
    assertEquals(3, s.llmCalls());
    assertEquals(0, s.errors(), "the strand handled the failures itself");
    assertEquals(Map.of("rate_limited", 1L), longs(report.model("anthropic", "claude-err-429").errorTypes()));
    assertEquals(Map.of("http_5xx", 1L), longs(report.model("anthropic", "claude-err-529").errorTypes()));
    assertEquals(Map.of("http_5xx", 1L), longs(report.model("anthropic", "claude-err-500").errorTypes()));
    assertTokens(s, 0L, 0L, 0L, 0L, 0L);
  }

  @Test
  void truncatedStreamKeepsTheInputItSawAndLeavesTheOutputUnknown() {
    Report.Strand s = report.strand("anthropic.stream.truncated");
    assertEquals(1, s.llmCalls());
    assertTokens(s, 1000L, null, 100L, 50L, null);
    assertNull(s.costUsd());
    Report.Model m = report.model("anthropic", "claude-cut");
    assertEquals(1, m.errors());
    assertEquals(List.of("com.anthropic.errors.AnthropicIoException"), List.copyOf(m.errorTypes().keySet()));
  }

  @Test
  void absentUsageFieldsAreUnknownNotZero() {
    assertTokens(report.strand("anthropic.usage.partial"), 10L, 5L, null, null, null);
  }

  @Test
  void droppedStreamEndsAsAbandoned() {
    Report.Model m = report.model("anthropic", "claude-abandon");
    assertEquals(1, m.calls());
    assertEquals(Map.of("abandoned", 1L), longs(m.errorTypes()));
    assertEquals(1, report.strand("anthropic.after_gc").llmCalls());
  }

  @Test
  void nestedStrandsAreInclusive() {
    assertTokens(report.strand("anthropic.outer"), 2000L, 500L, 200L, 100L, 60L);
    assertTokens(report.strand("anthropic.inner"), 1000L, 250L, 100L, 50L, 30L);
    assertEquals(2, report.strand("anthropic.outer").llmCalls());
  }

  @Test
  void modelTotalsSumEveryCallToTheModel() {
    // messages: 2 sync, async, stream, async stream; beta: 2; nested: 2
    Report.Model m = report.model("anthropic", SONNET);
    assertEquals(9, m.calls());
    assertEquals(0, m.errors());
    assertEquals(9_000L, m.tokens("input"));
    assertEquals(2_250L, m.tokens("output"));
    assertEquals(900L, m.tokens("cache_read"));
    assertEquals(450L, m.tokens("cache_write"));
    assertEquals(270L, m.tokens("reasoning"));
    assertUsd(CACHED_COST.multiply(BigDecimal.valueOf(9)), m.costUsd());
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
