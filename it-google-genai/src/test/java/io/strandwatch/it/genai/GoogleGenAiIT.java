package io.strandwatch.it.genai;

import static io.strandwatch.it.genai.app.GeminiStrands.BROKEN;
import static io.strandwatch.it.genai.app.GeminiStrands.CLOSED;
import static io.strandwatch.it.genai.app.GeminiStrands.CUT;
import static io.strandwatch.it.genai.app.GeminiStrands.FLASH;
import static io.strandwatch.it.genai.app.GeminiStrands.THROTTLED;
import static io.strandwatch.it.genai.app.GeminiStrands.TOOLS_MODEL;
import static io.strandwatch.it.harness.ReportAssertions.assertUsd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.strandwatch.it.genai.app.GeminiApp;
import io.strandwatch.it.genai.app.GeminiStrands;
import io.strandwatch.it.harness.ForkedJvm;
import io.strandwatch.it.harness.Jdk;
import io.strandwatch.it.harness.Report;
import io.strandwatch.it.harness.ReportAssertions;
import io.strandwatch.simulator.Behavior;
import io.strandwatch.simulator.LlmSimulator;
import io.strandwatch.simulator.Provider;
import io.strandwatch.simulator.TokenUsage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real google-genai SDK in a forked JVM under the agent, against the simulator. One application run covers
 * every scenario (each its own strand); the tests read its report.
 */
class GoogleGenAiIT {

  /** Normalized: input 1000 of which 100 cached; output 250 of which 40 thinking (candidatesTokenCount 210). */
  private static final TokenUsage USAGE = TokenUsage.of(1000, 250, 100, null, 40);
  /** One call at gemini-2.5-flash prices: 900 × $0.30 + 100 × $0.03 + 250 × $2.50 per million. */
  private static final BigDecimal CALL_USD = new BigDecimal("0.000898");
  private static final String COMPLETION = "COMPLETION-CANARY-3e9f it is sunny";

  private static LlmSimulator sim;
  private static Report report;
  private static String reportText;
  private static ForkedJvm.Result run;

  @BeforeAll
  static void runApplication() throws Exception {
    sim = LlmSimulator.start();
    sim.enqueue(Behavior.builder().toolCall("getWeather", "{\"city\":\"Paris\"}").usage(50, 5).build());
    sim.when(TOOLS_MODEL::equals, Behavior.builder().usage(80, 20).text(COMPLETION).build());
    sim.when(THROTTLED::equals, Behavior.error(429));
    sim.when(BROKEN::equals, Behavior.error(500));
    sim.when(CUT::equals, Behavior.builder().usage(USAGE).streamChunks(4).truncateAfterEvents(2).build());
    sim.setDefault(Behavior.builder().usage(USAGE).text(COMPLETION).streamChunks(3).build());
    ForkedJvm jvm = ForkedJvm.of(Jdk.current(), GeminiApp.class).args(sim.geminiBaseUrl());
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
  void generateContentAddsThinkingToOutput() {
    Report.Strand s = report.strand("gemini.generate");
    assertEquals(1, s.llmCalls());
    assertTokens(s, 1);
    assertUsd(CALL_USD, s.costUsd());
  }

  @Test
  void functionCallingLoopCountsEachHttpCall() {
    Report.Strand s = report.strand("gemini.tools");
    assertEquals(2, s.llmCalls());
    assertEquals(130L, s.tokens("input"));
    assertEquals(25L, s.tokens("output"));
    // gemini-2.0-flash: 130 × $0.10 + 25 × $0.40 per million
    assertUsd(new BigDecimal("0.000023"), s.costUsd());
    assertEquals(2, report.model("gcp.gemini", TOOLS_MODEL).calls());
  }

  @Test
  void streamConsumedOnAnotherThreadTakesTheLastChunksUsage() {
    Report.Strand s = report.strand("gemini.stream");
    assertEquals(1, s.llmCalls());
    assertTokens(s, 1);
    assertUsd(CALL_USD, s.costUsd());
  }

  @Test
  void asyncGenerateContentAndStream() {
    Report.Strand s = report.strand("gemini.async");
    assertEquals(2, s.llmCalls());
    assertTokens(s, 2);
    assertUsd(CALL_USD.multiply(BigDecimal.valueOf(2)), s.costUsd());
  }

  @Test
  void perModelTotalsAddUpEveryCall() {
    Report.Model flash = report.model("gcp.gemini", FLASH);
    // generate 1, stream 1, async 2
    assertEquals(4, flash.calls());
    assertEquals(0, flash.errors());
    assertEquals(4000L, flash.tokens("input"));
    assertEquals(1000L, flash.tokens("output"));
    assertEquals(400L, flash.tokens("cache_read"));
    assertEquals(160L, flash.tokens("reasoning"));
    assertNull(flash.tokens("cache_write"), "Gemini reports no cache writes: unknown, not 0");
    assertUsd(CALL_USD.multiply(BigDecimal.valueOf(4)), flash.costUsd());
  }

  @Test
  void vertexAiModeIsItsOwnProviderWithTheSameUsageAndPrices() {
    assertEquals(2, sim.requests().stream().filter(r -> r.provider() == Provider.VERTEX_AI).count(),
        "the SDK used Vertex AI's project and location paths");
    Report.Strand s = report.strand("gemini.vertex");
    assertEquals(2, s.llmCalls());
    assertTokens(s, 2);
    assertUsd(CALL_USD.multiply(BigDecimal.valueOf(2)), s.costUsd());
    Report.Model vertex = report.model("gcp.vertex_ai", FLASH);
    assertEquals(2, vertex.calls());
    assertEquals(0, vertex.errors());
    assertEquals(2000L, vertex.tokens("input"));
  }

  @Test
  void failedCallsAreClassified() {
    assertEquals(2, report.strand("gemini.failures").llmCalls());
    assertEquals(Map.of("rate_limited", 1L), report.model("gcp.gemini", THROTTLED).errorTypes());
    assertEquals(Map.of("http_5xx", 1L), report.model("gcp.gemini", BROKEN).errorTypes());
  }

  @Test
  void cutStreamFailsWithThePromptCountKnownAndTheOutputUnknown() {
    Report.Strand s = report.strand("gemini.cut");
    assertEquals(1, s.llmCalls());
    assertEquals(1000L, s.tokens("input"));
    assertNull(s.tokens("output"));
    assertNull(s.costUsd());
    assertEquals(Map.of("com.google.genai.errors.GenAiIOException", 1L),
        report.model("gcp.gemini", CUT).errorTypes());
  }

  @Test
  void streamClosedBeforeItsEndIsCancelled() {
    assertEquals(1, report.strand("gemini.closed").llmCalls());
    assertEquals(Map.of("cancelled", 1L), report.model("gcp.gemini", CLOSED).errorTypes());
  }

  @Test
  void noPromptCompletionOrKeyInTheOutput() {
    for (String secret : new String[] {GeminiStrands.PROMPT, "PROMPT-CANARY", COMPLETION, "COMPLETION-CANARY",
        GeminiApp.API_KEY, GeminiApp.VERTEX_TOKEN, "VERTEX-CANARY"}) {
      assertFalse(reportText.contains(secret), "report contains " + secret);
      assertFalse(run.stderr.contains(secret), "stderr contains " + secret);
      assertFalse(run.stdout.contains(secret), "stdout contains " + secret);
    }
  }

  private static void assertTokens(Report.Strand s, long calls) {
    ReportAssertions.assertTokens(s, USAGE, calls);
  }
}
