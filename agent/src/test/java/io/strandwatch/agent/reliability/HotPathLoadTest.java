package io.strandwatch.agent.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.strandwatch.agent.bootstrap.Dispatcher;
import io.strandwatch.agent.bootstrap.LlmHooks;
import io.strandwatch.agent.core.HotPathForTests;
import io.strandwatch.agent.metrics.ModelTotals;
import io.strandwatch.agent.metrics.StrandTotals;
import io.strandwatch.bridge.model.MetricsSnapshot;
import io.strandwatch.bridge.model.SnapshotListener;
import io.strandwatch.bridge.model.StrandSeriesSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Load: 16 threads x 1,000,000 strand executions through {@link Dispatcher} (what woven advice calls) into the
 * real recorders, while the real ticker takes an interval snapshot every few milliseconds. Every execution, error
 * and LLM token must be in exactly one interval: the run totals are compared with exact expected numbers.
 */
class HotPathLoadTest {

  private static final int THREADS = 16;
  private static final int PER_THREAD = 1_000_000;
  /** Every 10th execution throws, every 1,000th makes one LLM call with known usage. */
  private static final int ERROR_EVERY = 10;
  private static final int LLM_EVERY = 1_000;

  @AfterEach
  void uninstall() {
    HotPathForTests.uninstallFromDispatcher();
  }

  @Test
  @Timeout(120)
  void sixteenMillionExecutionsAcrossConcurrentSnapshotsAreCountedExactly() throws Exception {
    HotPathForTests agent = HotPathForTests.create(2000, false, true);
    agent.installInDispatcher();
    int work = agent.registry.register("load.work", Map.of());
    int inner = agent.registry.register("load.inner", Map.of());
    SnapshotCounter counter = new SnapshotCounter();
    agent.ticker.addListener(counter);
    agent.ticker.start(2);

    // Preallocated so the loop itself allocates nothing but the LLM calls.
    IllegalStateException failure = new IllegalStateException("load");
    CountDownLatch start = new CountDownLatch(1);
    AtomicReference<Throwable> crashed = new AtomicReference<>();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      final long tokensPerCall = t + 1;
      Thread thread = new Thread(() -> {
        try {
          start.await();
          runExecutions(work, inner, tokensPerCall, failure);
        } catch (Throwable e) {
          crashed.set(e);
        }
      }, "load-" + t);
      threads.add(thread);
      thread.start();
    }
    long began = System.nanoTime();
    start.countDown();
    for (Thread t : threads) {
      t.join();
    }
    long tookMillis = (System.nanoTime() - began) / 1_000_000;
    agent.ticker.stop(1_000);
    assertEquals(null, crashed.get());

    long total = (long) THREADS * PER_THREAD;
    long errors = total / ERROR_EVERY;
    long llmCalls = total / LLM_EVERY;
    // Thread t reports t+1 input tokens and 2(t+1) output tokens per call: sum over t of (t+1) = 136.
    long inputTokens = (long) (PER_THREAD / LLM_EVERY) * (THREADS * (THREADS + 1) / 2);

    StrandTotals w = strand(agent, "load.work");
    assertEquals(total, w.count());
    assertEquals(errors, w.errors());
    assertEquals(Map.of(IllegalStateException.class.getName(), errors), w.errorTypes());
    assertEquals(total, w.duration().count());
    assertEquals(total, w.allocated().count() + w.allocated().unavailable(),
        "every execution has exactly one allocation value");
    assertEquals(0, w.allocated().unavailable(), "platform threads: allocation is always measurable");
    assertEquals(0, w.cpu().count() + w.cpu().unavailable(), "cpu off: nothing recorded");
    assertEquals(llmCalls, w.llm().calls());
    assertEquals(inputTokens, w.llm().tokens(0));
    assertEquals(2 * inputTokens, w.llm().tokens(1));
    assertEquals(llmCalls, w.llm().tokensUnavailable(2), "cache reads never reported: unknown, not 0");

    StrandTotals in = strand(agent, "load.inner");
    assertEquals(llmCalls, in.count());
    assertEquals(llmCalls, in.llm().calls());
    assertEquals(inputTokens, in.llm().tokens(0));

    ModelTotals m = agent.totals.models().get(0);
    assertEquals(1, agent.totals.models().size());
    assertEquals(llmCalls, m.calls());
    assertEquals(inputTokens, m.usage().tokens(0));
    assertEquals(2 * inputTokens, m.usage().tokens(1));

    // The listeners saw the same executions, spread over many intervals taken while the threads ran.
    assertEquals(total + llmCalls, counter.executions.get());
    assertTrue(counter.nonEmptySnapshots.get() >= 10, "only " + counter.nonEmptySnapshots + " snapshots with data");
    System.out.println("HotPathLoadTest: " + total + " executions in " + tookMillis + " ms, "
        + counter.nonEmptySnapshots + " non-empty snapshots");
  }

  private static void runExecutions(int work, int inner, long tokensPerCall, Throwable failure) {
    LlmHooks llm = Dispatcher.llm();
    for (int i = 1; i <= PER_THREAD; i++) {
      Object frame = Dispatcher.enter(work);
      if (i % LLM_EVERY == 0) {
        Object innerFrame = Dispatcher.enter(inner);
        Object call = llm.start("openai", "chat", "load-model", "127.0.0.1", 1, false);
        llm.usage(call, tokensPerCall, 2 * tokensPerCall, -1, -1, -1);
        llm.end(call, null);
        Dispatcher.exit(innerFrame, null, null);
      }
      Dispatcher.exit(frame, i % ERROR_EVERY == 0 ? failure : null, null);
    }
  }

  private static StrandTotals strand(HotPathForTests agent, String name) {
    for (StrandTotals s : agent.totals.strands()) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    throw new AssertionError("no strand " + name);
  }

  /** Sums executions over every snapshot handed to listeners, as an exporter would see them. */
  private static final class SnapshotCounter implements SnapshotListener {
    final AtomicLong executions = new AtomicLong();
    final AtomicLong nonEmptySnapshots = new AtomicLong();

    @Override
    public void onSnapshot(MetricsSnapshot snapshot) {
      long n = 0;
      for (StrandSeriesSnapshot s : snapshot.strands()) {
        n += s.duration().count();
      }
      if (n > 0) {
        nonEmptySnapshots.incrementAndGet();
      }
      executions.addAndGet(n);
    }
  }
}
