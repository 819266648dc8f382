package io.strandwatch.agent.instrumentation.ollama;

/**
 * Stand-ins with the accessor shapes of ollama4j 1.1.6 (Lombok getters): the request's {@code stream} flag is
 * inherited from {@code OllamaCommonRequest}, counts are boxed and absent when the server left them out.
 */
public final class OllamaShapes {

  private OllamaShapes() {}

  public abstract static class CommonRequest {
    private final String model;
    private final boolean stream;

    CommonRequest(String model, boolean stream) {
      this.model = model;
      this.stream = stream;
    }

    public String getModel() {
      return model;
    }

    public boolean isStream() {
      return stream;
    }
  }

  public static class ChatRequest extends CommonRequest {
    ChatRequest(String model, boolean stream) {
      super(model, stream);
    }

    /** Never to be read by the agent. */
    public String getMessages() {
      throw new AssertionError("the agent read the messages");
    }
  }

  /** A request type whose stream flag is not a getter (a changed library version). */
  public static class FieldOnlyRequest {
    public boolean stream;
  }

  public static class EndpointCaller {
    private final String host;

    EndpointCaller(String host) {
      this.host = host;
    }

    public String getHost() {
      return host;
    }
  }

  public static class ResponseModel {
    private final String model;
    private final Integer promptEvalCount;
    private final Integer evalCount;

    ResponseModel(String model, Integer promptEvalCount, Integer evalCount) {
      this.model = model;
      this.promptEvalCount = promptEvalCount;
      this.evalCount = evalCount;
    }

    public String getModel() {
      return model;
    }

    public Integer getPromptEvalCount() {
      return promptEvalCount;
    }

    public Integer getEvalCount() {
      return evalCount;
    }

    /** Never to be read by the agent. */
    public Object getMessage() {
      throw new AssertionError("the agent read the completion");
    }
  }

  public static class ChatResult {
    private final ResponseModel responseModel;

    ChatResult(ResponseModel responseModel) {
      this.responseModel = responseModel;
    }

    public ResponseModel getResponseModel() {
      return responseModel;
    }

    /** Never to be read by the agent. */
    public Object getChatHistory() {
      throw new AssertionError("the agent read the chat history");
    }
  }
}
