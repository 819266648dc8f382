package io.strandwatch.agent.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.strandwatch.agent.metrics.LlmCallTable;
import io.strandwatch.agent.metrics.SeriesTable;
import io.strandwatch.bridge.model.LlmCallSeriesSnapshot;
import io.strandwatch.bridge.model.StrandSeriesSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The hot path in-process, without weaving: what enter/exit and LLM calls record. */
class StrandRecorderTest {

  private final SeriesTable table = new SeriesTable(100);
  private final LlmCallTable llmTable = new LlmCallTable(100);
  private final StrandRegistry registry = new StrandRegistry(table);
  private final StrandRecorder recorder = new StrandRecorder(registry, new ThreadMeters(true, true), 64,
      StrandRecorder.CPU_ALWAYS, 16);
  private final LlmRecorder llm = new LlmRecorder(llmTable);

  @Test
  void recordsOkAndErrorExecutionsIntoSeparateSeries() {
    int id = registry.register("checkout", Map.of("team", "growth"));
    for (int i = 0; i < 5; i++) {
      recorder.exit(recorder.enter(id), null, null);
    }
    recorder.exit(recorder.enter(id), new IllegalStateException(), null);
    recorder.exit(recorder.enter(id), new IllegalStateException(), null);
    recorder.exit(recorder.enter(id), new IllegalArgumentException(), null);

    Map<String, StrandSeriesSnapshot> byError = drainByErrorType();
    assertEquals(5, byError.get("ok").duration().count());
    assertEquals(5, byError.get("ok").cpuTime().count());
    assertEquals(5, byError.get("ok").allocated().count());
    assertEquals(Map.of("team", "growth"), byError.get("ok").attributes());
    assertEquals(2, byError.get("java.lang.IllegalStateException").duration().count());
    assertEquals(1, byError.get("java.lang.IllegalArgumentException").duration().count());
    assertEquals("error", byError.get("java.lang.IllegalArgumentException").outcome());
  }

  @Test
  void errorTypesBeyondTheCapShareOneOtherSeries() {
    int id = registry.register("flaky", Map.of());
    List<Throwable> kinds = List.of(new RuntimeException(), new IllegalStateException(),
        new IllegalArgumentException(), new UnsupportedOperationException(), new ArithmeticException(),
        new ArrayStoreException(), new ClassCastException(), new NullPointerException(),
        new IndexOutOfBoundsException(), new SecurityException());
    for (Throwable t : kinds) {
      recorder.exit(recorder.enter(id), t, null);
    }
    Map<String, StrandSeriesSnapshot> byError = drainByErrorType();
    assertEquals(StrandDefinition.MAX_ERROR_TYPES + 1, byError.size());
    assertEquals(2, byError.get("_OTHER").duration().count());
  }

  @Test
  void recursionIsOneExecutionAndNestingIsInclusive() {
    int outer = registry.register("outer", Map.of());
    int inner = registry.register("inner", Map.of());
    Object o = recorder.enter(outer);
    Object again = recorder.enter(outer);
    assertSame(StrandRecorder.SKIPPED, again);
    Object i1 = recorder.enter(inner);
    Object call = llm.start("openai", "chat", "gpt-4o", "127.0.0.1", 8080, false);
    llm.usage(call, 100, 40, 10, 0, 5);
    llm.response(call, "gpt-4o-2024-08-06", "chatcmpl-1");
    llm.end(call, null);
    recorder.exit(i1, null, null);
    recorder.exit(again, null, null);
    recorder.exit(o, null, null);

    Map<String, StrandSeriesSnapshot> byName = new HashMap<>();
    for (StrandSeriesSnapshot s : table.drain(new ArrayList<>())) {
      byName.put(s.strandName(), s);
    }
    assertEquals(1, byName.get("outer").duration().count());
    assertEquals(1, byName.get("inner").duration().count());
    for (String name : List.of("outer", "inner")) {
      StrandSeriesSnapshot s = byName.get(name);
      assertEquals(1, s.llm().calls().sum(), name);
      assertEquals(100, s.llm().inputTokens().sum(), name);
      assertEquals(40, s.llm().outputTokens().sum(), name);
      assertEquals(10, s.llm().cacheReadTokens().sum(), name);
      assertEquals(5, s.llm().reasoningTokens().sum(), name);
      // No pricer in this test: the cost is unknown, never $0.
      assertEquals(0, s.llm().costPicoUsd().count(), name);
      assertEquals(1, s.llm().costPicoUsd().unavailable(), name);
    }
    List<LlmCallSeriesSnapshot> calls = llmTable.drain();
    assertEquals(1, calls.size());
    assertEquals("inner", calls.get(0).strandName());
    assertEquals("gpt-4o-2024-08-06", calls.get(0).responseModel());
  }

  @Test
  void aCallEndingOnAnotherThreadIsAttributedToTheStrandThatStartedIt() throws Exception {
    int id = registry.register("async-caller", Map.of());
    Object frame = recorder.enter(id);
    Object call = llm.start("anthropic", "chat", "claude-sonnet-4-5", "127.0.0.1", 8080, true);
    Thread other = new Thread(() -> {
      llm.firstChunk(call);
      llm.usage(call, 1000, -1, 100, 0, -1);
      llm.usage(call, -1, 250, -1, -1, -1);
      llm.end(call, null);
    });
    other.start();
    other.join();
    recorder.exit(frame, null, null);

    StrandSeriesSnapshot s = table.drain(new ArrayList<>()).get(0);
    assertEquals(1000, s.llm().inputTokens().sum());
    assertEquals(250, s.llm().outputTokens().sum());
    assertEquals(100, s.llm().cacheReadTokens().sum());
    assertEquals(1, s.llm().reasoningTokens().unavailable(), "never reported: unknown, not 0");
    LlmCallSeriesSnapshot c = llmTable.drain().get(0);
    assertEquals(1, c.timeToFirstChunk().count());
  }

  @Test
  void theSameResponseIdFromAFrameworkAndItsSdkCountsOnce() {
    Object sdk = llm.start("openai", "chat", "gpt-4o", null, -1, false);
    Object framework = llm.start("openai", "chat", "gpt-4o", null, -1, false);
    llm.usage(sdk, 10, 5, -1, -1, -1);
    llm.response(sdk, null, "chatcmpl-42");
    llm.end(sdk, null);
    llm.usage(framework, 10, 5, -1, -1, -1);
    llm.response(framework, null, "chatcmpl-42");
    llm.end(framework, null);
    llm.end(framework, null);

    LlmCallSeriesSnapshot c = llmTable.drain().get(0);
    assertEquals(1, c.duration().count());
    assertEquals(10, c.usage().inputTokens().sum());
  }

  @Test
  void aFrameworkCallWhoseSdkCallStartedInsideItCountsOnceWithTheSdksUsage() {
    int id = registry.register("framework-caller", Map.of());
    Object frame = recorder.enter(id);
    // LangChain4j's Bedrock stream: doChat starts the SDK's stream and returns; both end later, elsewhere, and
    // neither reports a response id the other shares.
    Object framework = llm.start("aws.bedrock", "chat", "claude", null, -1, true);
    llm.enterFramework(framework);
    Object sdk = llm.start("aws.bedrock", "chat", "claude", null, -1, true);
    llm.leaveFramework(framework);
    llm.usage(sdk, 1000, 250, 100, 50, -1);
    llm.end(sdk, null);
    llm.usage(framework, 950, 250, 100, -1, -1);
    llm.end(framework, null);
    recorder.exit(frame, null, null);

    StrandSeriesSnapshot s = table.drain(new ArrayList<>()).get(0);
    assertEquals(1, s.llm().calls().sum());
    assertEquals(1000, s.llm().inputTokens().sum());
    assertEquals(50, s.llm().cacheWriteTokens().sum());
    List<LlmCallSeriesSnapshot> calls = llmTable.drain();
    assertEquals(1, calls.size());
    assertEquals(1, calls.get(0).duration().count());
  }

  @Test
  void anSdkRequestAFrameworkMakesOnAnotherThreadBelongsToTheStrandThatCalledTheFramework() throws Exception {
    int caller = registry.register("framework-caller", Map.of());
    int unrelated = registry.register("unrelated-worker-strand", Map.of());
    Object frame = recorder.enter(caller);
    // Spring AI's stream(): the call starts here; the application subscribes on another scheduler, whose thread
    // runs an unrelated strand of its own and makes the request inside the subscription the agent marks.
    Object framework = llm.start("gcp.gemini", "chat", "gemini-2.5-flash", null, -1, true);
    Thread subscriber = new Thread(() -> {
      Object workerFrame = recorder.enter(unrelated);
      llm.enterFramework(framework);
      Object sdk = llm.start("gcp.gemini", "chat", "gemini-2.5-flash", null, -1, true);
      llm.leaveFramework(framework);
      llm.usage(sdk, 1000, 250, 100, -1, 40);
      llm.end(sdk, null);
      recorder.exit(workerFrame, null, null);
    });
    subscriber.start();
    subscriber.join();
    llm.usage(framework, 1000, 250, -1, -1, -1);
    llm.end(framework, null);
    recorder.exit(frame, null, null);

    Map<String, StrandSeriesSnapshot> byName = new java.util.HashMap<>();
    table.drain(new ArrayList<>()).forEach(s -> byName.put(s.strandName(), s));
    assertEquals(1, byName.get("framework-caller").llm().calls().sum());
    assertEquals(1000, byName.get("framework-caller").llm().inputTokens().sum());
    assertEquals(100, byName.get("framework-caller").llm().cacheReadTokens().sum(), "the SDK's usage");
    assertEquals(0, byName.get("unrelated-worker-strand").llm().calls().sum());
    assertEquals(1, llmTable.drain().get(0).duration().count());
  }

  @Test
  void aFrameworkCallWithoutAnInstrumentedSdkUnderneathCountsAndIsLeftCleanly() {
    Object outer = llm.start("openai", "chat", "gpt-4o", null, -1, false);
    llm.enterFramework(outer);
    // A decorating model delegating to another: the inner one is the request, the outer dropped.
    Object inner = llm.start("openai", "chat", "gpt-4o", null, -1, false);
    llm.enterFramework(inner);
    llm.leaveFramework(inner);
    llm.usage(inner, 10, 5, -1, -1, -1);
    llm.end(inner, null);
    llm.leaveFramework(outer);
    llm.end(outer, null);
    // Left: a later SDK call on this thread is on its own, and delegates nothing.
    Object later = llm.start("openai", "chat", "gpt-4o", null, -1, false);
    llm.usage(later, 20, 5, -1, -1, -1);
    llm.end(later, null);

    LlmCallSeriesSnapshot c = llmTable.drain().get(0);
    assertEquals(2, c.duration().count());
    assertEquals(30, c.usage().inputTokens().sum());
  }

  @Test
  void failedCallsWithoutUsageAddNoTokensAndHideNone() {
    int id = registry.register("retrying", Map.of());
    Object frame = recorder.enter(id);
    Object failed = llm.start("openai", "chat", "gpt-4o", null, -1, false);
    llm.end(failed, "rate_limited");
    Object ok = llm.start("openai", "chat", "gpt-4o", null, -1, false);
    llm.usage(ok, 10, 5, 0, 0, 0);
    llm.end(ok, null);
    recorder.exit(frame, null, null);

    StrandSeriesSnapshot s = table.drain(new ArrayList<>()).get(0);
    assertEquals(2, s.llm().calls().sum());
    assertEquals(10, s.llm().inputTokens().sum());
    assertEquals(0, s.llm().inputTokens().unavailable());
  }

  @Test
  void asyncStrandEndsWhenItsFutureCompletes() throws Exception {
    int id = registry.register("async", Map.of());
    CompletableFuture<String> future = new CompletableFuture<>();
    recorder.exit(recorder.enter(id), null, future);
    assertEquals(0, table.drain(new ArrayList<>()).size(), "not ended while the future is pending");
    Thread.sleep(20);
    future.completeExceptionally(new java.io.IOException("late"));

    StrandSeriesSnapshot s = table.drain(new ArrayList<>()).get(0);
    assertEquals("java.io.IOException", s.errorType());
    assertEquals(1, s.duration().count());
    assertEquals(true, s.duration().sum() >= 20_000_000L);
  }

  @Test
  void unknownStrandIdRecordsNothing() {
    assertNull(recorder.enter(12345));
  }

  private Map<String, StrandSeriesSnapshot> drainByErrorType() {
    Map<String, StrandSeriesSnapshot> out = new HashMap<>();
    for (StrandSeriesSnapshot s : table.drain(new ArrayList<>())) {
      out.put(s.errorType() == null ? "ok" : s.errorType(), s);
    }
    return out;
  }
}
