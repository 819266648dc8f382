package io.strandwatch.agent.instrumentation.googlegenai;

import java.util.Optional;

/**
 * Stand-ins with the accessor shapes of google-genai's types: abstract public classes whose instances are of
 * non-public generated subclasses (AutoValue), with {@link Optional} accessors.
 */
public final class GenAiShapes {

  private GenAiShapes() {}

  public abstract static class UsageMetadata {
    public abstract Optional<Integer> promptTokenCount();

    public abstract Optional<Integer> toolUsePromptTokenCount();

    public abstract Optional<Integer> cachedContentTokenCount();

    public abstract Optional<Integer> candidatesTokenCount();

    public abstract Optional<Integer> thoughtsTokenCount();

    static UsageMetadata of(Integer prompt, Integer toolUse, Integer cached, Integer candidates, Integer thoughts) {
      return new GeneratedUsageMetadata(prompt, toolUse, cached, candidates, thoughts);
    }
  }

  static final class GeneratedUsageMetadata extends UsageMetadata {
    private final Integer prompt;
    private final Integer toolUse;
    private final Integer cached;
    private final Integer candidates;
    private final Integer thoughts;

    GeneratedUsageMetadata(Integer prompt, Integer toolUse, Integer cached, Integer candidates, Integer thoughts) {
      this.prompt = prompt;
      this.toolUse = toolUse;
      this.cached = cached;
      this.candidates = candidates;
      this.thoughts = thoughts;
    }

    @Override
    public Optional<Integer> promptTokenCount() {
      return Optional.ofNullable(prompt);
    }

    @Override
    public Optional<Integer> toolUsePromptTokenCount() {
      return Optional.ofNullable(toolUse);
    }

    @Override
    public Optional<Integer> cachedContentTokenCount() {
      return Optional.ofNullable(cached);
    }

    @Override
    public Optional<Integer> candidatesTokenCount() {
      return Optional.ofNullable(candidates);
    }

    @Override
    public Optional<Integer> thoughtsTokenCount() {
      return Optional.ofNullable(thoughts);
    }
  }

  public abstract static class Response {
    public abstract Optional<UsageMetadata> usageMetadata();

    public abstract Optional<String> modelVersion();

    public abstract Optional<String> responseId();

    static Response of(UsageMetadata usage, String modelVersion, String responseId) {
      return new GeneratedResponse(usage, modelVersion, responseId);
    }
  }

  static final class GeneratedResponse extends Response {
    private final UsageMetadata usage;
    private final String modelVersion;
    private final String responseId;

    GeneratedResponse(UsageMetadata usage, String modelVersion, String responseId) {
      this.usage = usage;
      this.modelVersion = modelVersion;
      this.responseId = responseId;
    }

    @Override
    public Optional<UsageMetadata> usageMetadata() {
      return Optional.ofNullable(usage);
    }

    @Override
    public Optional<String> modelVersion() {
      return Optional.ofNullable(modelVersion);
    }

    @Override
    public Optional<String> responseId() {
      return Optional.ofNullable(responseId);
    }
  }

  public static final class HttpOptions {
    private final String baseUrl;

    public HttpOptions(String baseUrl) {
      this.baseUrl = baseUrl;
    }

    public Optional<String> baseUrl() {
      return Optional.ofNullable(baseUrl);
    }
  }

  public static final class ApiClient {
    private final boolean vertex;
    private final String location;
    private final String baseUrl;

    public ApiClient(boolean vertex, String location, String baseUrl) {
      this.vertex = vertex;
      this.location = location;
      this.baseUrl = baseUrl;
    }

    public boolean vertexAI() {
      return vertex;
    }

    public String location() {
      return location;
    }

    public HttpOptions httpOptions() {
      return new HttpOptions(baseUrl);
    }
  }
}
