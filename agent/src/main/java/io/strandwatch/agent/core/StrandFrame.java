package io.strandwatch.agent.core;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One open strand execution. Frames are preallocated per thread and reused, so entering a strand allocates
 * nothing. LLM calls started inside the execution add their usage here, possibly from another thread (async
 * clients, streams): those fields are updated atomically, and {@link #pendingCalls} tells the owner at exit
 * that a call still holds this frame, in which case the frame is retired instead of reused.
 */
final class StrandFrame {

  private static final VarHandle PENDING;
  private static final VarHandle CALLS;
  private static final VarHandle[] TOKENS = new VarHandle[LlmTotals.TYPES];
  private static final VarHandle COST;
  private static final VarHandle UNKNOWN_COST;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      PENDING = lookup.findVarHandle(StrandFrame.class, "pendingCalls", int.class);
      CALLS = lookup.findVarHandle(StrandFrame.class, "llmCalls", long.class);
      TOKENS[0] = lookup.findVarHandle(StrandFrame.class, "input", long.class);
      TOKENS[1] = lookup.findVarHandle(StrandFrame.class, "output", long.class);
      TOKENS[2] = lookup.findVarHandle(StrandFrame.class, "cacheRead", long.class);
      TOKENS[3] = lookup.findVarHandle(StrandFrame.class, "cacheWrite", long.class);
      TOKENS[4] = lookup.findVarHandle(StrandFrame.class, "reasoning", long.class);
      COST = lookup.findVarHandle(StrandFrame.class, "costPico", long.class);
      UNKNOWN_COST = lookup.findVarHandle(StrandFrame.class, "unknownCost", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  StrandDefinition definition;
  long startNanos;
  /** Thread CPU time at entry, or a negative {@link ThreadMeters} code when not measured. */
  long startCpu;
  long startAllocated;

  // Written through the VarHandles above only.
  private volatile int pendingCalls;
  private volatile long llmCalls;
  private volatile long input;
  private volatile long output;
  private volatile long cacheRead;
  private volatile long cacheWrite;
  private volatile long reasoning;
  private volatile long costPico;
  private volatile int unknownCost;
  /** Bit i set: some call did not report token type i, so that total is unavailable for this execution. */
  private volatile int unknownTokens;

  void begin(StrandDefinition def, long nanos, long cpu, long allocated) {
    definition = def;
    startNanos = nanos;
    startCpu = cpu;
    startAllocated = allocated;
    if (llmCalls != 0) {
      clearLlm();
    }
  }

  private void clearLlm() {
    llmCalls = 0;
    input = 0;
    output = 0;
    cacheRead = 0;
    cacheWrite = 0;
    reasoning = 0;
    costPico = 0;
    unknownCost = 0;
    unknownTokens = 0;
  }

  void callStarted() {
    PENDING.getAndAdd(this, 1);
  }

  /**
   * Adds one finished LLM call. {@code tokens} follow {@link LlmTotals}' order; {@link LlmTotals#UNKNOWN}
   * makes the execution's total of that type unavailable, {@link LlmTotals#NOT_APPLICABLE} adds nothing.
   * {@code cost} follows the same convention.
   */
  void callEnded(long[] tokens, long cost) {
    CALLS.getAndAdd(this, 1L);
    for (int i = 0; i < LlmTotals.TYPES; i++) {
      if (tokens[i] >= 0) {
        TOKENS[i].getAndAdd(this, tokens[i]);
      } else if (tokens[i] == LlmTotals.UNKNOWN) {
        markUnknown(i);
      }
    }
    if (cost >= 0) {
      COST.getAndAdd(this, cost);
    } else if (cost == LlmTotals.UNKNOWN) {
      UNKNOWN_COST.getAndAdd(this, 1);
    }
    PENDING.getAndAdd(this, -1);
  }

  /** A call that captured this frame was abandoned or failed before usage: release it without usage. */
  void callReleased() {
    PENDING.getAndAdd(this, -1);
  }

  private synchronized void markUnknown(int type) {
    // Rare (a provider omitted a field); a lock here is off the strand hot path.
    unknownTokens |= 1 << type;
  }

  boolean hasPendingCalls() {
    return pendingCalls > 0;
  }

  boolean hasLlmCalls() {
    return llmCalls != 0;
  }

  long llmCalls() {
    return llmCalls;
  }

  /** Token total of type {@code type}, or -1 when some call did not report it. */
  long tokens(int type) {
    if ((unknownTokens & (1 << type)) != 0) {
      return -1;
    }
    switch (type) {
      case 0: return input;
      case 1: return output;
      case 2: return cacheRead;
      case 3: return cacheWrite;
      default: return reasoning;
    }
  }

  /** Cost in pico-USD, or -1 when some call was unpriced or had unknown usage. */
  long costPico() {
    return unknownCost > 0 ? -1 : costPico;
  }
}
