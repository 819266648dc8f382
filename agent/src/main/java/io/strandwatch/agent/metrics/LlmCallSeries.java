package io.strandwatch.agent.metrics;

import io.strandwatch.bridge.model.LlmCallSeriesSnapshot;
import io.strandwatch.bridge.model.LlmUsage;
import io.strandwatch.bridge.model.Measure;

/** Recorders of one LLM call series (provider x operation x models x server x strand x error type). */
public final class LlmCallSeries {

  private final LlmCallKey key;
  private final MeasureRecorder duration = new MeasureRecorder();
  private final MeasureRecorder timeToFirstChunk = new MeasureRecorder();
  private final LlmUsageRecorder usage = new LlmUsageRecorder(false);

  LlmCallSeries(LlmCallKey key) {
    this.key = key;
  }

  public LlmCallKey key() {
    return key;
  }

  /** Records one finished call; {@code firstChunkNanos} is negative for non-streaming calls. */
  public void record(long durationNanos, long firstChunkNanos, long[] tokens, long costPico) {
    duration.record(durationNanos);
    if (firstChunkNanos >= 0) {
      timeToFirstChunk.record(firstChunkNanos);
    }
    usage.record(1, tokens[0], tokens[1], tokens[2], tokens[3], tokens[4], costPico);
  }

  LlmCallSeriesSnapshot drain() {
    Measure d = duration.drain();
    Measure ttfc = timeToFirstChunk.drain();
    LlmUsage u = usage.drain(0);
    // A call ending during the drain can have its duration in the next interval and its tokens in this one: those
    // are in the snapshot even without a duration, or they would be lost (HotPathLoadTest).
    if (d == Measure.EMPTY && ttfc == Measure.EMPTY && u == LlmUsage.NONE) {
      return null;
    }
    return new LlmCallSeriesSnapshot(key.provider, key.operation, key.requestModel, key.responseModel,
        key.serverAddress, key.serverPort, key.strandName, key.errorType, d, ttfc,
        new LlmUsage(new Measure(null, d.count(), d.count(), 0), u.inputTokens(), u.outputTokens(),
            u.cacheReadTokens(), u.cacheWriteTokens(), u.reasoningTokens(), u.costPicoUsd()));
  }
}
