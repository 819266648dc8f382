package io.strandwatch.agent.instrumentation.openai;

import io.strandwatch.agent.instrumentation.LlmCallView;

/**
 * The events of a streamed Responses API call: the response (model, id) arrives in {@code response.created}, the
 * usage in the final {@code response.completed}, {@code response.incomplete} or {@code response.failed}.
 */
final class ResponsesEventReader implements StreamReader {

  static final String RESPONSE_FAILED = "response_failed";

  private final ResponsesApiReader responses = new ResponsesApiReader();
  private volatile boolean complete;
  private volatile String errorType;

  @Override
  public void read(Object event, LlmCallView call) {
    Object started = SdkObjects.get(event, "created");
    if (started != null) {
      Object response = SdkObjects.get(started, "response");
      call.response(SdkObjects.text(SdkObjects.get(response, "model"), ResponsesApiReader.MODEL_VARIANTS),
          SdkObjects.text(SdkObjects.get(response, "id")));
      return;
    }
    Object last = SdkObjects.get(event, "completed");
    if (last == null) {
      last = SdkObjects.get(event, "incomplete");
    }
    if (last == null) {
      last = SdkObjects.get(event, "failed");
      if (last != null) {
        errorType = RESPONSE_FAILED;
      }
    }
    if (last != null) {
      responses.read(SdkObjects.get(last, "response"), call);
      complete = true;
    }
  }

  @Override
  public boolean complete() {
    return complete;
  }

  @Override
  public String errorType() {
    return errorType;
  }
}
