package io.strandwatch.agent.core;

import io.strandwatch.agent.bootstrap.LlmHooks;
import io.strandwatch.agent.instrumentation.ErrorTypes;
import io.strandwatch.agent.instrumentation.ResponseReader;
import io.strandwatch.agent.instrumentation.ResponseReaders;
import io.strandwatch.agent.instrumentation.ResultWrapper;
import io.strandwatch.agent.instrumentation.ResultWrappers;
import io.strandwatch.agent.metrics.LlmCallKey;
import io.strandwatch.agent.metrics.LlmCallTable;

/**
 * Records LLM calls reported by the client instrumentations: attributes each to the strands open on the
 * thread that started it (inclusive: every enclosing strand gets it; an SDK request a framework makes on another
 * thread, to the strands that called the framework), prices it, and records it in its call series. Not the
 * strand hot path; a call already costs milliseconds, so modest allocation here is fine.
 */
final class LlmRecorder implements LlmHooks {

  private final LlmCallTable table;
  private final RecentResponseIds responseIds = new RecentResponseIds(4096);
  private final RecentFailures failures = new RecentFailures(256);
  private final WeakCallMap carriers = new WeakCallMap(call -> end(call, ErrorTypes.ABANDONED));
  private volatile CallPricer pricer = CallPricer.UNPRICED;
  /** The innermost framework method (LangChain4j doChat, Spring AI call/stream) running on each thread. */
  private final ThreadLocal<LlmCall> frameworkCall = new ThreadLocal<>();

  LlmRecorder(LlmCallTable table) {
    this.table = table;
  }

  void setPricer(CallPricer pricer) {
    this.pricer = pricer;
  }

  @Override
  public Object start(String provider, String operation, String requestModel, String serverAddress,
      int serverPort, boolean streaming) {
    LlmCall framework = frameworkCall.get();
    StrandFrame[] frames;
    if (framework != null) {
      // The framework's request, made by an instrumented SDK (or a wrapped framework model) one layer down.
      framework.delegated = true;
      // Made on another thread (a Flux the application subscribed on another scheduler), it belongs to the
      // strands that called the framework, as the framework's call it replaces did: that thread's are unrelated.
      frames = framework.threadId == Thread.currentThread().getId() ? ThreadFrames.current().snapshotOpen()
          : framework.frames;
    } else {
      frames = ThreadFrames.current().snapshotOpen();
    }
    for (StrandFrame f : frames) {
      f.callStarted();
    }
    return new LlmCall(provider, operation, requestModel, serverAddress, serverPort, streaming, System.nanoTime(),
        frames, this);
  }

  @Override
  public void enterFramework(Object handle) {
    if (handle instanceof LlmCall) {
      LlmCall call = (LlmCall) handle;
      call.enclosingFramework = frameworkCall.get();
      frameworkCall.set(call);
    }
  }

  @Override
  public void leaveFramework(Object handle) {
    if (handle instanceof LlmCall && frameworkCall.get() == handle) {
      LlmCall enclosing = ((LlmCall) handle).enclosingFramework;
      if (enclosing == null) {
        frameworkCall.remove();
      } else {
        frameworkCall.set(enclosing);
      }
    }
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
      // Streams report usage piecemeal (Anthropic: input at message_start, output at message_delta): a
      // negative value keeps what an earlier event reported, so providers' negative garbage is ignored too.
      merge(t, LlmTotals.INPUT, input);
      merge(t, LlmTotals.OUTPUT, output);
      merge(t, LlmTotals.CACHE_READ, cacheRead);
      merge(t, LlmTotals.CACHE_WRITE, cacheWrite);
      merge(t, LlmTotals.REASONING, reasoning);
      call.usageReported = true;
    }
  }

  /**
   * More tokens than any model takes or gives in one call by orders of magnitude: a provider or proxy bug. Such a
   * count is unknown rather than a number, or a few of them would overflow the long sums into negative totals.
   */
  static final long MAX_TOKENS_PER_CALL = 1L << 40;

  private static void merge(long[] tokens, int type, long value) {
    if (value >= 0 && value <= MAX_TOKENS_PER_CALL) {
      tokens[type] = value;
    }
  }

  @Override
  public void response(Object handle, String responseModel, String responseId) {
    if (handle instanceof LlmCall) {
      LlmCall call = (LlmCall) handle;
      if (responseModel != null) {
        call.responseModel = responseModel;
      }
      // A blank id identifies nothing: taken as an id, every such response after the first would be dropped as a
      // duplicate of it.
      if (responseId != null && !responseId.trim().isEmpty()) {
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
    if (call.delegated) {
      release(call);
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

  @Override
  public void read(Object handle, String reader, Object payload) {
    if (!(handle instanceof LlmCall) || payload == null) {
      return;
    }
    ResponseReader r = ResponseReaders.get(reader);
    if (r == null) {
      AgentLog.warnOnce("no-reader-" + reader, "no response reader '" + reader + "'; usage of those calls is unknown");
      return;
    }
    try {
      r.read(payload, (LlmCall) handle);
    } catch (RuntimeException | LinkageError e) {
      AgentLog.warnOnce("reader-failed-" + reader, "reading a " + reader + " response failed; its usage is unknown: "
          + e);
    }
  }

  @Override
  public void fail(Object handle, String reader, Throwable error) {
    if (!(handle instanceof LlmCall)) {
      return;
    }
    if (error != null && failures.seenBefore(error)) {
      // The same request already failed at the SDK layer under a framework: count it once.
      LlmCall call = (LlmCall) handle;
      if (call.ended.compareAndSet(false, true)) {
        release(call);
      }
      return;
    }
    ResponseReader r = ResponseReaders.get(reader);
    String type;
    try {
      type = r != null ? r.classify(error) : ErrorTypes.classify(error);
    } catch (RuntimeException e) {
      type = ErrorTypes.classify(error);
    }
    end(handle, type == null ? error.getClass().getName() : type);
  }

  @Override
  public void bind(Object carrier, Object handle) {
    if (carrier != null && handle instanceof LlmCall) {
      carriers.put(carrier, (LlmCall) handle);
    }
  }

  @Override
  public Object callOf(Object carrier) {
    return carrier == null ? null : carriers.get(carrier);
  }

  @Override
  public Object wrap(Object handle, String wrapper, Object original) {
    if (!(handle instanceof LlmCall) || original == null) {
      return original;
    }
    ResultWrapper w = ResultWrappers.get(wrapper);
    if (w == null) {
      AgentLog.warnOnce("no-wrapper-" + wrapper, "no result wrapper '" + wrapper + "'; those streams are not seen");
      return original;
    }
    try {
      Object wrapped = w.wrap(original, (LlmCall) handle);
      return wrapped == null ? original : wrapped;
    } catch (RuntimeException | LinkageError e) {
      AgentLog.warnOnce("wrapper-failed-" + wrapper, "wrapping a " + wrapper + " result failed; the application "
          + "gets it unwrapped: " + e);
      return original;
    }
  }

  /** Ends calls whose stream or handle the application dropped unfinished; run by the ticker. */
  void expungeAbandoned() {
    carriers.expunge();
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
