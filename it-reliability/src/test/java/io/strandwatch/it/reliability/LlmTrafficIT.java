package io.strandwatch.it.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strandwatch.it.harness.ForkedJvm;
import io.strandwatch.it.harness.Jdk;
import io.strandwatch.it.harness.Report;
import io.strandwatch.it.reliability.app.Canaries;
import io.strandwatch.it.reliability.app.LlmTrafficApp;
import io.strandwatch.simulator.Behavior;
import io.strandwatch.simulator.LlmSimulator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input and security with the real OpenAI and Anthropic SDKs under the agent, against the simulator, in one
 * forked JVM with debug logging, the JSON report and OTLP export to a local receiver: broken usage values read as
 * unknown (never 0 or negative), unknown models as unpriced, odd ids are counted, every application call succeeds,
 * no secret reaches any output, and the agent listens on no port.
 */
class LlmTrafficIT {

  private static final String HUGE = "9223372036854775807";

  private static LlmSimulator sim;
  private static RawOtlpReceiver otlp;
  private static ForkedJvm jvm;
  private static ForkedJvm.Result run;
  private static Report report;

  @BeforeAll
  static void runApplication() throws Exception {
    sim = LlmSimulator.start();
    otlp = RawOtlpReceiver.start();
    Behavior normal = Behavior.builder().usage(100, 20).text(Canaries.COMPLETION).build();
    sim.setDefault(normal);
    usage("gpt-usage-null", "{\"prompt_tokens\": null, \"completion_tokens\": null, \"total_tokens\": null}");
    usage("gpt-usage-negative", "{\"prompt_tokens\": -5, \"completion_tokens\": -1, \"total_tokens\": -6}");
    usage("gpt-usage-huge", "{\"prompt_tokens\": " + HUGE + ", \"completion_tokens\": 20, \"total_tokens\": 1}");
    usage("gpt-usage-beyond-long",
        "{\"prompt_tokens\": 1e30, \"completion_tokens\": 99999999999999999999999, \"total_tokens\": 1}");
    sim.when("gpt-usage-wrong-type"::equals, normal.toBuilder().rawFields("{\"usage\": \"lots\"}").build());
    sim.when("gpt-id-blank"::equals, normal.toBuilder().rawFields("{\"id\": \"\"}").build());
    sim.when("gpt-id-odd"::equals, normal.toBuilder().rawFields("{\"id\": \"\\u0000\\n\\u202e\\ud83d\\ude00 "
        + "x".repeat(20_000) + "\"}").build());
    usage("claude-usage-null", "{\"input_tokens\": null, \"output_tokens\": null}");
    usage("claude-usage-negative", "{\"input_tokens\": -10, \"output_tokens\": -2}");
    usage("claude-usage-huge", "{\"input_tokens\": " + HUGE + ", \"output_tokens\": 20}");
    String toolArgs = "{\"account\": \"" + Canaries.TOOL_ARGUMENT + "\"}";
    sim.when("gpt-tool"::equals, normal.toBuilder().toolCall("lookup", toolArgs).build());
    sim.when("claude-tool"::equals, normal.toBuilder().toolCall("lookup", toolArgs).build());

    jvm = ForkedJvm.of(Jdk.current(), LlmTrafficApp.class)
        .agentOptions("interval=1s,debug=true")
        .env("OTEL_EXPORTER_OTLP_ENDPOINT", otlp.endpoint())
        .env("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")
        .env("OTEL_EXPORTER_OTLP_HEADERS", "x-canary-token=" + Canaries.OTLP_HEADER)
        .args(sim.openAiBaseUrl(), sim.anthropicBaseUrl());
    run = jvm.run();
    report = run.report();
  }

  private static void usage(String model, String usageJson) {
    sim.when(model::equals, Behavior.builder().usage(100, 20).text(Canaries.COMPLETION)
        .rawFields("{\"usage\": " + usageJson + "}").build());
  }

  @AfterAll
  static void stop() {
    if (sim != null) {
      sim.close();
    }
    if (otlp != null) {
      otlp.close();
    }
  }

  @Test
  void everyApplicationCallSucceeds() {
    for (String strand : List.of("openai.usage.null", "openai.usage.negative", "openai.usage.huge",
        "openai.usage.beyond_long", "openai.usage.wrong_type", "openai.model.unknown", "openai.id.blank",
        "openai.id.odd", "openai.secrets", "anthropic.usage.null", "anthropic.usage.negative",
        "anthropic.usage.huge", "anthropic.model.unknown", "anthropic.secrets")) {
      assertTrue(run.stdout.contains("ok " + strand + "\n"), strand + " failed:\n" + run.stdout + run.stderr);
      Report.Strand s = report.strand(strand);
      assertEquals(1, s.count(), strand);
      assertEquals(0, s.errors(), strand);
    }
  }

  @Test
  void missingNullNegativeAndEnormousUsageIsUnknownNeverZeroOrNegative() {
    for (String strand : List.of("openai.usage.null", "openai.usage.negative", "openai.usage.huge",
        "openai.usage.beyond_long", "openai.usage.wrong_type", "anthropic.usage.null", "anthropic.usage.negative",
        "anthropic.usage.huge")) {
      Report.Strand s = report.strand(strand);
      long calls = strand.endsWith(".huge") ? 2 : 1;
      assertEquals(calls, s.llmCalls(), strand);
      assertNull(s.tokens("input"), strand + ": " + s);
      assertEquals(1, s.tokensUnavailable("input"), strand);
      assertNull(s.costUsd(), strand + ": cost of unknown usage is unknown, not $0");
    }
    // Where the provider reported a good output count beside the bad input count, it is kept.
    assertEquals(40L, report.strand("openai.usage.huge").tokens("output"));
    assertEquals(40L, report.strand("anthropic.usage.huge").tokens("output"));
    assertNull(report.strand("openai.usage.negative").tokens("output"));
    Report.Model huge = report.model("openai", "gpt-usage-huge");
    assertEquals(2, huge.calls());
    assertEquals(2, huge.tokensUnavailable("input"));
    assertNull(huge.tokens("input"));
  }

  @Test
  void unknownModelsAreCountedAsUnpricedWithTheirTokens() {
    for (String[] pm : new String[][] {{"openai", "model-from-the-future-x1"},
        {"anthropic", "claude-from-the-future"}}) {
      Report.Model m = report.model(pm[0], pm[1]);
      assertEquals(1, m.calls(), pm[1]);
      assertEquals(0, m.errors(), pm[1]);
      assertEquals(100L, m.tokens("input"), pm[1]);
      assertEquals(20L, m.tokens("output"), pm[1]);
      assertNull(m.costUsd(), pm[1]);
      assertEquals(1L, ((Number) cost(pm[0], pm[1]).get("unpriced_calls")).longValue(), pm[1]);
    }
    assertNull(report.strand("openai.model.unknown").costUsd());
    assertEquals(100L, report.strand("openai.model.unknown").tokens("input"));
  }

  @Test
  void blankAndOddResponseIdsAreCountedPerCall() {
    assertEquals(3, report.strand("openai.id.blank").llmCalls());
    assertEquals(300L, report.strand("openai.id.blank").tokens("input"));
    assertEquals(3, report.model("openai", "gpt-id-blank").calls());
    assertEquals(1, report.strand("openai.id.odd").llmCalls());
    assertEquals(100L, report.strand("openai.id.odd").tokens("input"));
  }

  @Test
  void noSecretAppearsInOutputReportsOrExportedData() throws Exception {
    assertTrue(run.stderr.contains("debug:"), "debug logging was on");
    assertTrue(otlp.paths.contains("/v1/metrics"), "metrics were exported: " + otlp.paths);
    assertEquals(Canaries.OTLP_HEADER, otlp.headers.get("x-canary-token"), "the OTLP header was configured");
    String exported = new String(otlp.allBodies(), StandardCharsets.ISO_8859_1);
    assertTrue(exported.contains("openai.secrets"), "the export carries the strands");
    List<Path> reports;
    try (Stream<Path> files = Files.list(jvm.workDir())) {
      reports = files.toList();
    }
    for (String canary : Canaries.ALL) {
      assertFalse(run.stdout.contains(canary), "stdout contains " + canary);
      assertFalse(run.stderr.contains(canary), "stderr contains " + canary);
      assertFalse(exported.contains(canary), "exported OTLP data contains " + canary);
      for (Path file : reports) {
        assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains(canary), file + " contains " + canary);
      }
    }
    // The canaries did travel: the simulator answered the prompts, tool calls and streams that carried them.
    assertEquals(3, report.strand("openai.secrets").llmCalls());
    assertEquals(3, report.strand("anthropic.secrets").llmCalls());
  }

  @Test
  void theAgentListensOnNoPort() {
    // control: the same check sees the application's own server socket, so it can fail.
    assertTrue(run.stdout.contains("LISTENING agent=0 control=1"), run.stdout);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cost(String provider, String model) {
    for (Object o : report.models()) {
      Map<String, Object> m = (Map<String, Object>) o;
      if (provider.equals(m.get("provider")) && model.equals(m.get("model"))) {
        return (Map<String, Object>) m.get("cost");
      }
    }
    throw new AssertionError("no model " + model);
  }
}
