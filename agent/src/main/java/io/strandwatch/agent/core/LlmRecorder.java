package io.strandwatch.agent.core;

import io.strandwatch.agent.bootstrap.LlmHooks;
import io.strandwatch.agent.metrics.LlmCallKey;
import io.strandwatch.agent.metrics.LlmCallTable;

/**
 * Records LLM calls reported by the client instrumentations: attributes each to the strands open on the
 * thread that started it (inclusive: every enclosing strand gets it), prices it, and records it in its call
 * series. Not the strand hot path; a call already costs milliseconds, so modest allocation here is fine.
 */
final class LlmRecorder implements LlmHooks {

  private final LlmCallTable table;
  private final int maxDepth;
  private final RecentResponseIds responseIds = new RecentResponseIds(4096);
  private volatile CallPricer pricer = CallPricer.UNPRICED;

  LlmRecorder(LlmCallTable table, int maxDepth) {
    this.table = table;
    this.maxDepth = maxDepth;
  }

  void setPricer(CallPricer pricer) {
    this.pricer = pricer;
  }

  @Override
  public Object start(String provider, String operation, String requestModel, String serverAddress,
      int serverPort, boolean streaming) {
    StrandFrame[] frames = ThreadFrames.current().snapshotOpen(maxDepth);
    for (StrandFrame f : frames) {
      f.callStarted();
    }
    return new LlmCall(provider, operation, requestModel, serverAddress, serverPort, streaming, System.nanoTime(),
        frames);
  }

  @Override
  public void firstChunk(Object handle) {
    if (handle instanceof LlmCall) {
      LlmCall call = (LlmCall) handle;
      if (call.firstChunkNanos == 0) {
        call.firstChunkNanos = Math.max(1, System.nanoTime() - call.startNanos);
      }
    }
  }

  @Override
  public void usage(Object handle, long input, long output, long cacheRead, long cacheWrite, long reasoning) {
    if (handle instanceof LlmCall) {
      LlmCall call = (LlmCall) handle;
      long[] t = call.tokens;
      t[LlmTotals.INPUT] = sanitize(input);
      t[LlmTotals.OUTPUT] = sanitize(output);
      t[LlmTotals.CACHE_READ] = sanitize(cacheRead);
      t[LlmTotals.CACHE_WRITE] = sanitize(cacheWrite);
      t[LlmTotals.REASONING] = sanitize(reasoning);
      call.usageReported = true;
    }
  }

  /** Negative counts from a provider are not counts; treat them as not reported. */
  private static long sanitize(long v) {
    return v < 0 ? LlmTotals.UNKNOWN : v;
  }

  @Override
  public void response(Object handle, String responseModel, String responseId) {
    if (handle instanceof LlmCall) {
      LlmCall call = (LlmCall) handle;
      if (responseModel != null) {
        call.responseModel = responseModel;
      }
      if (responseId != null) {
        call.responseId = responseId;
      }
    }
  }

  @Override
  public void end(Object handle, String errorType) {
    if (!(handle instanceof LlmCall)) {
      return;
    }
    LlmCall call = (LlmCall) handle;
    if (!call.ended.compareAndSet(false, true)) {
      return;
    }
    long duration = System.nanoTime() - call.startNanos;
    String id = call.responseId;
    if (id != null && !responseIds.firstSighting(id)) {
      release(call);
      return;
    }
    long[] tokens = call.tokens;
    long cost;
    if (!call.usageReported && errorType != null) {
      // A rejected request (429, 5xx, timeout) reported no usage and is not billed.
      for (int i = 0; i < tokens.length; i++) {
        tokens[i] = LlmTotals.NOT_APPLICABLE;
      }
      cost = LlmTotals.NOT_APPLICABLE;
    } else {
      cost = priceOf(call);
    }
    for (StrandFrame f : call.frames) {
      f.callEnded(tokens, cost);
    }
    LlmCallKey key = new LlmCallKey(call.provider, call.operation, call.requestModel, call.responseModel,
        call.serverAddress, call.serverPort, call.strandName, errorType);
    long ttfc = call.streaming && call.firstChunkNanos > 0 ? call.firstChunkNanos : -1;
    table.series(key).record(duration, ttfc, tokens, cost);
  }

  private long priceOf(LlmCall call) {
    try {
      long cost = pricer.costPico(call.provider, call.requestModel, call.responseModel, call.tokens);
      return cost < 0 ? LlmTotals.UNKNOWN : cost;
    } catch (RuntimeException e) {
      AgentLog.warnOnce("pricer-failed", "pricing an LLM call failed, its cost is unknown: " + e);
      return LlmTotals.UNKNOWN;
    }
  }

  private static void release(LlmCall call) {
    for (StrandFrame f : call.frames) {
      f.callReleased();
    }
  }
}
