package io.strandwatch.agent.core;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One provider request in flight: what it was started with, the strand frames open on the thread that
 * started it (so usage is attributed there even when the response arrives on another thread), and what the
 * response reported so far. Ended exactly once.
 */
final class LlmCall {

  final String provider;
  final String operation;
  final String requestModel;
  final String serverAddress;
  final int serverPort;
  final boolean streaming;
  final long startNanos;
  final StrandFrame[] frames;
  final String strandName;

  final long[] tokens = {-1, -1, -1, -1, -1};
  volatile boolean usageReported;
  volatile String responseModel;
  volatile String responseId;
  volatile long firstChunkNanos;
  final AtomicBoolean ended = new AtomicBoolean();

  LlmCall(String provider, String operation, String requestModel, String serverAddress, int serverPort,
      boolean streaming, long startNanos, StrandFrame[] frames) {
    this.provider = provider;
    this.operation = operation;
    this.requestModel = requestModel;
    this.serverAddress = serverAddress;
    this.serverPort = serverPort;
    this.streaming = streaming;
    this.startNanos = startNanos;
    this.frames = frames;
    this.strandName = frames.length == 0 ? null : frames[frames.length - 1].definition.name();
  }
}
