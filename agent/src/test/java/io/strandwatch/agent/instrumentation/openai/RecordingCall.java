package io.strandwatch.agent.instrumentation.openai;

import io.strandwatch.agent.instrumentation.LlmCallView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** An {@link LlmCallView} that merges usage like the core does and remembers everything, for assertions. */
public final class RecordingCall implements LlmCallView {

  public final long[] tokens = {-1, -1, -1, -1, -1};
  public String requestModel;
  public String serverAddress;
  public int serverPort = -1;
  public String responseModel;
  public String responseId;
  public int firstChunks;
  public final List<String> ends = new ArrayList<>();

  @Override
  public boolean streaming() {
    return false;
  }

  @Override
  public void firstChunk() {
    firstChunks++;
  }

  @Override
  public void usage(long input, long output, long cacheRead, long cacheWrite, long reasoning) {
    long[] reported = {input, output, cacheRead, cacheWrite, reasoning};
    for (int i = 0; i < reported.length; i++) {
      if (reported[i] >= 0) {
        tokens[i] = reported[i];
      }
    }
  }

  @Override
  public void response(String model, String id) {
    if (model != null) {
      responseModel = model;
    }
    if (id != null) {
      responseId = id;
    }
  }

  @Override
  public void request(String model, String address, int port) {
    if (model != null) {
      requestModel = model;
    }
    if (address != null) {
      serverAddress = address;
    }
    if (port >= 0) {
      serverPort = port;
    }
  }

  @Override
  public void end(String errorType) {
    ends.add(String.valueOf(errorType));
  }

  /** input, output, cache read, cache write, reasoning. */
  public List<Long> tokens() {
    return Arrays.asList(tokens[0], tokens[1], tokens[2], tokens[3], tokens[4]);
  }
}
