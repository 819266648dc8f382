package io.strandwatch.it.ollama;

import static io.strandwatch.it.harness.ReportAssertions.assertUsd;
import static io.strandwatch.it.ollama.app.OllamaStrands.BROKEN;
import static io.strandwatch.it.ollama.app.OllamaStrands.CUT;
import static io.strandwatch.it.ollama.app.OllamaStrands.LLAMA;
import static io.strandwatch.it.ollama.app.OllamaStrands.NO_USAGE;
import static io.strandwatch.it.ollama.app.OllamaStrands.SLOW;
import static io.strandwatch.it.ollama.app.OllamaStrands.THROTTLED;
import static io.strandwatch.it.ollama.app.OllamaStrands.TOOLS_MODEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.strandwatch.it.harness.ForkedJvm;
import io.strandwatch.it.harness.Jdk;
import io.strandwatch.it.harness.Report;
import io.strandwatch.it.harness.ReportAssertions;
import io.strandwatch.it.ollama.app.OllamaApp;
import io.strandwatch.it.ollama.app.OllamaStrands;
import io.strandwatch.otlp.OtlpHttpReceiver;
import io.strandwatch.simulator.Behavior;
import io.strandwatch.simulator.LlmSimulator;
import io.strandwatch.simulator.RecordedRequest;
import io.strandwatch.simulator.TokenUsage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real ollama4j client in a forked JVM under the agent, against the simulator's {@code /api/chat}. One
 * application run covers every scenario (each its own strand); the tests read its report and, for what the report
 * does not show (server, time to first chunk), its OTLP export.
 */
class OllamaIT {

  private static final String COMPLETION = "COMPLETION-CANARY-41d8 it is sunny in Paris today";
  /** A self-hosted price, so cost is known although Ollama reports no cache counts: $0.10 / $0.40 per million. */
  private static final String PRICES = "models:\n  llama3.2: {provider: ollama, input_per_mtok: 0.10, "
      + "output_per_mtok: 0.40}\n";
  /** What the simulator answers; Ollama reports no cache or reasoning counts. */
  private static final TokenUsage USAGE = TokenUsage.of(1200, 340);
  /** 1200 × $0.10 + 340 × $0.40 per million. */
  private static final BigDecimal LLAMA_CALL_USD = new BigDecimal("0.000256");
  private static final Duration FIRST_BYTE = Duration.ofMillis(100);
  private static final Duration CHUNK_DELAY = Duration.ofMillis(150);

  private static LlmSimulator sim;
  private static OtlpHttpReceiver receiver;
  private static Report report;
  private static String reportText;
  private static ForkedJvm.Result run;

  @BeforeAll
  static void runApplication() throws Exception {
    sim = LlmSimulator.start();
    receiver = OtlpHttpReceiver.start();
    sim.enqueue(Behavior.builder().toolCall("get_weather", "{\"city\":\"Paris\"}").usage(50, 5).build());
    sim.when(TOOLS_MODEL::equals, Behavior.builder().usage(80, 20).text(COMPLETION).build());
    sim.when(THROTTLED::equals, Behavior.rateLimited(Duration.ofSeconds(2)));
    sim.when(BROKEN::equals, Behavior.error(500));
    sim.when(NO_USAGE::equals, Behavior.builder().usage(TokenUsage.absent()).text(COMPLETION).build());
    sim.when(SLOW::equals, Behavior.builder().usage(USAGE).firstByteLatency(Duration.ofSeconds(3)).build());
    sim.when(CUT::equals, Behavior.builder().usage(USAGE).streamChunks(5).truncateAfterEvents(2).build());
    sim.setDefault(Behavior.builder().usage(USAGE).text(COMPLETION).streamChunks(5)
        .firstByteLatency(FIRST_BYTE).chunkDelay(CHUNK_DELAY).build());
    Path prices = Files.createTempFile("strandwatch-prices", ".yaml");
    Files.write(prices, PRICES.getBytes(StandardCharsets.UTF_8));
    ForkedJvm jvm = ForkedJvm.of(Jdk.current(), OllamaApp.class).agentOptions("pricing.file=" + prices)
        .env("OTEL_EXPORTER_OTLP_ENDPOINT", receiver.endpoint())
        .env("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")
        .args(sim.ollamaBaseUrl());
    run = jvm.run();
    report = run.report();
    reportText = new String(Files.readAllBytes(jvm.reportPath()), StandardCharsets.UTF_8);
    assertTrue(run.stdout.contains("ollama app done"), () -> run.stdout + run.stderr);
  }

  @AfterAll
  static void stop() {
    if (sim != null) {
      sim.close();
    }
    if (receiver != null) {
      receiver.close();
    }
  }

  @Test
  void blockingChatIsOneCallWithPromptAndEvalCounts() {
    Report.Strand s = report.strand("ollama.chat");
    assertEquals(1, s.llmCalls());
    assertTokens(s, 1);
    assertUsd(LLAMA_CALL_USD, s.costUsd());
  }

  @Test
  void streamedChatIsOneCallWithTheFinalLinesCounts() {
    Report.Strand s = report.strand("ollama.stream");
    assertEquals(1, s.llmCalls());
    assertTokens(s, 1);
    assertUsd(LLAMA_CALL_USD, s.costUsd());
  }

  @Test
  void toolCallingLoopCountsEachHttpRequest() {
    Report.Strand s = report.strand("ollama.tools");
    assertEquals(2, s.llmCalls());
    assertEquals(130L, s.tokens("input"));
    assertEquals(25L, s.tokens("output"));
    assertEquals(2, report.model("ollama", TOOLS_MODEL).calls());
    assertNull(s.costUsd(), "qwen3 has no price");
  }

  @Test
  void perModelTotalsAndUnknownCacheAndReasoning() {
    Report.Model llama = report.model("ollama", LLAMA);
    // chat 1, stream 1
    assertEquals(2, llama.calls());
    assertEquals(0, llama.errors());
    assertEquals(2400L, llama.tokens("input"));
    assertEquals(680L, llama.tokens("output"));
    for (String unknown : new String[] {"cache_read", "cache_write", "reasoning"}) {
      assertNull(llama.tokens(unknown), "Ollama reports no " + unknown + ": unknown, not 0");
      assertEquals(2, llama.tokensUnavailable(unknown));
    }
    assertUsd(LLAMA_CALL_USD.multiply(BigDecimal.valueOf(2)), llama.costUsd());
  }

  @Test
  void failedCallsAreClassifiedAndAddNoTokens() {
    Report.Strand s = report.strand("ollama.failures");
    assertEquals(2, s.llmCalls());
    // Rejected before any usage: nothing to add, and nothing unknown either.
    assertEquals(0L, s.tokens("input"), s::toString);
    assertEquals(0, s.tokensUnavailable("input"), s::toString);
    assertEquals(Map.of("rate_limited", 1L), report.model("ollama", THROTTLED).errorTypes());
    assertEquals(Map.of("http_5xx", 1L), report.model("ollama", BROKEN).errorTypes());
    assertEquals(0, report.model("ollama", BROKEN).tokensUnavailable("input"));
  }

  @Test
  void aTimeoutIsTimeout() {
    assertEquals(1, report.strand("ollama.timeout").llmCalls());
    assertEquals(Map.of("timeout", 1L), report.model("ollama", SLOW).errorTypes());
  }

  @Test
  void aCutStreamFails() {
    assertEquals(1, report.strand("ollama.cut").llmCalls());
    assertEquals(Map.of("java.io.IOException", 1L), report.model("ollama", CUT).errorTypes());
  }

  @Test
  void absentUsageIsUnknownNotZero() {
    Report.Strand s = report.strand("ollama.no_usage");
    assertEquals(1, s.llmCalls());
    assertNull(s.tokens("input"), s::toString);
    assertNull(s.tokens("output"), s::toString);
    assertEquals(1, report.model("ollama", NO_USAGE).tokensUnavailable("input"));
    assertEquals(0, report.model("ollama", NO_USAGE).errors());
  }

  @Test
  void eachChatRequestReachedTheServerOnceAndNothingElse() {
    // The simulator logs a request when it answers: the timed-out one, answered after the client left, may be
    // missing.
    List<RecordedRequest> answered = sim.requests().stream().filter(r -> !SLOW.equals(r.model()))
        .collect(Collectors.toList());
    assertTrue(answered.stream().allMatch(r -> "/api/chat".equals(r.path())), answered::toString);
    Map<String, Long> perModel = answered.stream()
        .collect(Collectors.groupingBy(RecordedRequest::model, TreeMap::new, Collectors.counting()));
    assertEquals(Map.of(TOOLS_MODEL, 2L, LLAMA, 2L, THROTTLED, 1L, BROKEN, 1L, NO_USAGE, 1L, CUT, 1L), perModel);
  }

  @Test
  void serverAndTimeToFirstChunkInTheExport() {
    Metric ttfc = receiver.lastMetric("gen_ai.client.operation.time_to_first_chunk");
    Metric duration = receiver.lastMetric("gen_ai.client.operation.duration");
    Map<String, Object> stream = new TreeMap<>(Map.of("gen_ai.operation.name", "chat",
        "gen_ai.provider.name", "ollama", "gen_ai.request.model", LLAMA, "gen_ai.response.model", LLAMA,
        "server.address", "127.0.0.1", "server.port", (long) sim.port(), "strand.name", "ollama.stream"));
    HistogramDataPoint first = point(ttfc, stream);
    HistogramDataPoint whole = point(duration, stream);
    assertEquals(1, first.getCount());
    // The first line arrives after the first-byte latency; the five lines after it take at least 5 × 150 ms more
    // (0.5 s leaves the client 250 ms to parse the first line).
    assertTrue(first.getSum() >= FIRST_BYTE.toMillis() / 1000.0, () -> "ttfc " + first.getSum());
    assertTrue(first.getSum() < whole.getSum() - 0.5, () -> "ttfc " + first.getSum() + ", duration " + whole.getSum());
    // Blocking chats have no time to first chunk.
    assertTrue(ttfc.getHistogram().getDataPointsList().stream()
        .noneMatch(p -> "ollama.chat".equals(attributes(p.getAttributesList()).get("strand.name"))));
    Map<String, Object> chat = new TreeMap<>(stream);
    chat.put("strand.name", "ollama.chat");
    assertEquals(1, point(duration, chat).getCount());
  }

  @Test
  void noPromptOrCompletionInTheOutput() {
    for (String secret : new String[] {OllamaStrands.PROMPT, "PROMPT-CANARY", COMPLETION, "COMPLETION-CANARY"}) {
      assertFalse(reportText.contains(secret), "report contains " + secret);
      assertFalse(run.stderr.contains(secret), "stderr contains " + secret);
      assertFalse(run.stdout.contains(secret), "stdout contains " + secret);
    }
  }

  private static void assertTokens(Report.Strand s, long calls) {
    ReportAssertions.assertTokens(s, USAGE, calls);
  }

  private static HistogramDataPoint point(Metric metric, Map<String, Object> exact) {
    List<HistogramDataPoint> matching = metric.getHistogram().getDataPointsList().stream()
        .filter(p -> attributes(p.getAttributesList()).equals(exact)).collect(Collectors.toList());
    assertEquals(1, matching.size(), () -> "points of " + metric.getName() + " with " + exact + " among "
        + metric.getHistogram().getDataPointsList().stream().map(p -> attributes(p.getAttributesList()))
            .collect(Collectors.toList()));
    return matching.get(0);
  }

  private static Map<String, Object> attributes(List<KeyValue> keyValues) {
    Map<String, Object> map = new TreeMap<>();
    for (KeyValue kv : keyValues) {
      AnyValue v = kv.getValue();
      map.put(kv.getKey(), v.getValueCase() == AnyValue.ValueCase.INT_VALUE ? (Object) v.getIntValue()
          : v.getStringValue());
    }
    return map;
  }
}
