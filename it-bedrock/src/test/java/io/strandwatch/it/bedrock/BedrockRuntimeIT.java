package io.strandwatch.it.bedrock;

import static io.strandwatch.it.bedrock.app.BedrockStrands.BROKEN;
import static io.strandwatch.it.bedrock.app.BedrockStrands.CUT;
import static io.strandwatch.it.bedrock.app.BedrockStrands.SONNET;
import static io.strandwatch.it.bedrock.app.BedrockStrands.SONNET_PROFILE;
import static io.strandwatch.it.bedrock.app.BedrockStrands.THROTTLED;
import static io.strandwatch.it.harness.ReportAssertions.assertUsd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.strandwatch.it.bedrock.app.BedrockApp;
import io.strandwatch.it.bedrock.app.BedrockStrands;
import io.strandwatch.it.harness.ForkedJvm;
import io.strandwatch.it.harness.Jdk;
import io.strandwatch.it.harness.Report;
import io.strandwatch.it.harness.ReportAssertions;
import io.strandwatch.simulator.Behavior;
import io.strandwatch.simulator.LlmSimulator;
import io.strandwatch.simulator.TokenUsage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real Bedrock Runtime SDK in a forked JVM under the agent, against the simulator. One application run covers
 * every scenario (each its own strand); the tests read its report.
 */
class BedrockRuntimeIT {

  /** Normalized: input 1000 of which 100 cache reads and 50 cache writes; Bedrock says inputTokens 850. */
  private static final TokenUsage USAGE = TokenUsage.of(1000, 250, 100, 50, null);
  /** One call at claude-sonnet-4 prices: 850 × $3 + 100 × $0.30 + 50 × $3.75 + 250 × $15 per million. */
  private static final BigDecimal CALL_USD = new BigDecimal("0.0065175");
  private static final String COMPLETION = "COMPLETION-CANARY-77ab the answer";

  private static LlmSimulator sim;
  private static Report report;
  private static String reportText;
  private static ForkedJvm.Result run;

  @BeforeAll
  static void runApplication() throws Exception {
    sim = LlmSimulator.start();
    sim.when(THROTTLED::equals, Behavior.error(429));
    sim.when(BROKEN::equals, Behavior.error(500));
    sim.when(CUT::equals, Behavior.builder().usage(USAGE).streamChunks(4).truncateAfterEvents(2).build());
    sim.setDefault(Behavior.builder().usage(USAGE).text(COMPLETION).streamChunks(3).build());
    ForkedJvm jvm = ForkedJvm.of(Jdk.current(), BedrockApp.class).args(sim.bedrockEndpoint().toString());
    run = jvm.run();
    report = run.report();
    reportText = new String(Files.readAllBytes(jvm.reportPath()), StandardCharsets.UTF_8);
  }

  @AfterAll
  static void stopSimulator() {
    if (sim != null) {
      sim.close();
    }
  }

  @Test
  void syncConverseCountsCacheTokensIntoInput() {
    Report.Strand s = report.strand("bedrock.converse");
    assertEquals(2, s.llmCalls());
    assertTokens(s, 2);
    assertUsd(CALL_USD.multiply(BigDecimal.valueOf(2)), s.costUsd());
  }

  @Test
  void syncInvokeModelReadsTheTokenCountHeaders() {
    Report.Strand s = report.strand("bedrock.invoke");
    assertEquals(1, s.llmCalls());
    assertTokens(s, 1);
    assertUsd(CALL_USD, s.costUsd());
  }

  @Test
  void asyncConverseAndInvokeModelEndWithTheirFutures() {
    Report.Strand s = report.strand("bedrock.async");
    assertEquals(2, s.llmCalls());
    assertTokens(s, 2);
    // The inference-profile id is kept as the request model and still priced like the model it routes to.
    Report.Model profile = report.model("aws.bedrock", SONNET_PROFILE);
    assertEquals(2, profile.calls());
    assertUsd(CALL_USD.multiply(BigDecimal.valueOf(2)), profile.costUsd());
  }

  @Test
  void eventStreamsReadUsageFromTheirLastEvents() {
    Report.Strand s = report.strand("bedrock.stream");
    assertEquals(2, s.llmCalls());
    assertTokens(s, 2);
    assertUsd(CALL_USD.multiply(BigDecimal.valueOf(2)), s.costUsd());
  }

  @Test
  void streamConsumedOnAnotherThreadCountsForTheStrandThatStartedIt() {
    Report.Strand s = report.strand("bedrock.handoff");
    assertEquals(1, s.count());
    assertEquals(1, s.llmCalls());
    assertTokens(s, 1);
  }

  @Test
  void perModelTotalsAddUpEveryCall() {
    Report.Model sonnet = report.model("aws.bedrock", SONNET);
    // converse 2, invoke 1, converseStream 1, invokeModelWithResponseStream 1, handoff 1
    assertEquals(6, sonnet.calls());
    assertEquals(0, sonnet.errors());
    assertEquals(6000L, sonnet.tokens("input"));
    assertEquals(1500L, sonnet.tokens("output"));
    assertEquals(600L, sonnet.tokens("cache_read"));
    assertEquals(300L, sonnet.tokens("cache_write"));
    assertUsd(CALL_USD.multiply(BigDecimal.valueOf(6)), sonnet.costUsd());
  }

  @Test
  void failedCallsAreClassifiedAndNotBilled() {
    Report.Strand s = report.strand("bedrock.failures");
    assertEquals(2, s.llmCalls());
    assertEquals(Map.of("rate_limited", 1L), report.model("aws.bedrock", THROTTLED).errorTypes());
    assertEquals(Map.of("http_5xx", 1L), report.model("aws.bedrock", BROKEN).errorTypes());
    assertEquals(1, report.model("aws.bedrock", BROKEN).errors());
  }

  @Test
  void cutStreamCompletesButItsUsageIsUnknownNotZero() {
    Report.Strand s = report.strand("bedrock.cut");
    assertEquals(1, s.llmCalls());
    assertNull(s.tokens("input"));
    assertNull(s.tokens("output"));
    assertEquals(1, s.tokensUnavailable("input"));
    assertNull(s.costUsd());
    Report.Model cut = report.model("aws.bedrock", CUT);
    assertEquals(0, cut.errors());
    assertNull(cut.tokens("output"));
  }

  @Test
  void noPromptCompletionOrCredentialInTheOutput() {
    for (String secret : new String[] {BedrockStrands.PROMPT, "PROMPT-CANARY", COMPLETION, "COMPLETION-CANARY",
        BedrockApp.ACCESS_KEY, BedrockApp.SECRET_KEY}) {
      assertFalse(reportText.contains(secret), "report contains " + secret);
      assertFalse(run.stderr.contains(secret), "stderr contains " + secret);
      assertFalse(run.stdout.contains(secret), "stdout contains " + secret);
    }
  }

  private static void assertTokens(Report.Strand s, long calls) {
    ReportAssertions.assertTokens(s, USAGE, calls);
  }
}
