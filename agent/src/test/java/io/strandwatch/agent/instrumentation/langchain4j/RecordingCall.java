package io.strandwatch.agent.instrumentation.langchain4j;

import io.strandwatch.agent.instrumentation.LlmCallView;
import java.util.Arrays;

/** What readers and wrappers told a call, for assertions. */
final class RecordingCall implements LlmCallView {

  long[] usage;
  String requestModel;
  String responseModel;
  String responseId;
  int firstChunks;
  int ends;
  String errorType;

  @Override
  public boolean streaming() {
    return true;
  }

  @Override
  public void firstChunk() {
    firstChunks++;
  }

  @Override
  public void usage(long input, long output, long cacheRead, long cacheWrite, long reasoning) {
    usage = new long[] {input, output, cacheRead, cacheWrite, reasoning};
  }

  @Override
  public void response(String model, String id) {
    responseModel = model;
    responseId = id;
  }

  @Override
  public void request(String model, String serverAddress, int serverPort) {
    requestModel = model;
  }

  @Override
  public void end(String type) {
    ends++;
    errorType = type;
  }

  String usage() {
    return Arrays.toString(usage);
  }
}
