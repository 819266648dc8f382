package io.strandwatch.agent.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strandwatch.agent.bootstrap.Dispatcher;
import io.strandwatch.agent.bootstrap.LlmHooks;
import io.strandwatch.agent.core.HotPathForTests;
import io.strandwatch.agent.metrics.ModelTotals;
import io.strandwatch.agent.metrics.StrandTotals;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Leaks: the application drops 100,000 unfinished streams (handles bound to LLM calls) and 100,000 futures of async
 * strands that never complete. After a GC nothing of them may stay reachable through the agent, and every dropped
 * call ends exactly once, as {@code abandoned}.
 */
class AbandonedHandlesTest {

  private static final int HANDLES = 100_000;

  @AfterEach
  void uninstall() {
    HotPathForTests.uninstallFromDispatcher();
  }

  @Test
  @Timeout(120)
  void droppedStreamsEndAsAbandonedAndNothingStaysReachable() throws Exception {
    HotPathForTests agent = HotPathForTests.create(2000, false, true);
    agent.installInDispatcher();
    int caller = agent.registry.register("leak.caller", Map.of());
    long baseline = CardinalityBoundsTest.retainedHeap();

    List<WeakReference<Object>> streams = new ArrayList<>();
    Object frame = Dispatcher.enter(caller);
    LlmHooks llm = Dispatcher.llm();
    for (int i = 0; i < HANDLES; i++) {
      Object call = llm.start("anthropic", "chat", "claude-leak", "127.0.0.1", 1, true);
      Object stream = new byte[64];
      llm.bind(stream, call);
      llm.firstChunk(call);
      if (i % 100 == 0) {
        streams.add(new WeakReference<>(stream));
      }
    }
    Dispatcher.exit(frame, null, null);

    long ended = 0;
    for (int attempt = 0; attempt < 20 && ended < HANDLES; attempt++) {
      System.gc();
      Thread.sleep(100);
      agent.ticker.tick(); // expunges collected handles: their calls end as abandoned
      agent.ticker.tick();
      ended = callsSoFar(agent, "claude-leak");
    }
    ModelTotals m = model(agent, "claude-leak");
    assertEquals(HANDLES, m.calls());
    assertEquals(Map.of("abandoned", (long) HANDLES), m.errorTypes());
    assertEquals(0, m.usage().tokens(0), "an abandoned call reports no tokens");
    for (WeakReference<Object> s : streams) {
      assertEquals(null, s.get(), "a dropped stream is still reachable");
    }
    StrandTotals s = strand(agent, "leak.caller");
    assertEquals(1, s.count());
    long growth = CardinalityBoundsTest.retainedHeap() - baseline;
    System.out.printf("AbandonedHandlesTest: %d abandoned calls, %d KB retained after%n", HANDLES, growth / 1024);
    assertTrue(growth < 16L * 1024 * 1024, "100,000 abandoned calls retain " + growth / 1024 + " KB");
  }

  @Test
  @Timeout(120)
  void asyncStrandFuturesThatNeverCompleteAreNotKeptAlive() throws Exception {
    HotPathForTests agent = HotPathForTests.create(2000, false, true);
    agent.installInDispatcher();
    int async = agent.registry.register("leak.async", Map.of());
    int sync = agent.registry.register("leak.sync", Map.of());
    long baseline = CardinalityBoundsTest.retainedHeap();

    List<WeakReference<CompletableFuture<String>>> futures = new ArrayList<>();
    for (int i = 0; i < HANDLES; i++) {
      CompletableFuture<String> never = new CompletableFuture<>();
      Object frame = Dispatcher.enter(async);
      // An LLM call inside, bound to the future the application will drop.
      Object call = Dispatcher.llm().start("openai", "chat", "gpt-leak", "127.0.0.1", 1, false);
      Dispatcher.llm().bind(never, call);
      Dispatcher.exit(frame, null, never);
      if (i % 100 == 0) {
        futures.add(new WeakReference<>(never));
      }
    }
    // The thread's frame stack is still usable: a later strand on it records normally.
    Dispatcher.exit(Dispatcher.enter(sync), null, null);

    long ended = 0;
    for (int attempt = 0; attempt < 20 && (ended < HANDLES || futures.stream().anyMatch(f -> f.get() != null));
        attempt++) {
      System.gc();
      Thread.sleep(100);
      agent.ticker.tick();
      agent.ticker.tick();
      ended = callsSoFar(agent, "gpt-leak");
    }
    for (WeakReference<CompletableFuture<String>> f : futures) {
      assertEquals(null, f.get(), "a dropped future (and the frame its callback holds) is still reachable");
    }
    assertEquals(Map.of("abandoned", (long) HANDLES), model(agent, "gpt-leak").errorTypes());
    assertEquals(1, strand(agent, "leak.sync").count());
    assertTrue(agent.totals.strands().stream().noneMatch(s -> s.name().equals("leak.async")),
        "a strand whose future never completes never ends");
    long growth = CardinalityBoundsTest.retainedHeap() - baseline;
    System.out.printf("AbandonedHandlesTest: %d never-completed futures, %d KB retained after%n", HANDLES,
        growth / 1024);
    assertTrue(growth < 16L * 1024 * 1024, "100,000 dropped futures retain " + growth / 1024 + " KB");
  }

  private static long callsSoFar(HotPathForTests agent, String name) {
    return agent.totals.models().stream().filter(m -> m.model().equals(name)).mapToLong(ModelTotals::calls).sum();
  }

  private static ModelTotals model(HotPathForTests agent, String name) {
    for (ModelTotals m : agent.totals.models()) {
      if (m.model().equals(name)) {
        return m;
      }
    }
    throw new AssertionError("no model " + name + " yet");
  }

  private static StrandTotals strand(HotPathForTests agent, String name) {
    for (StrandTotals s : agent.totals.strands()) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    throw new AssertionError("no strand " + name);
  }
}
