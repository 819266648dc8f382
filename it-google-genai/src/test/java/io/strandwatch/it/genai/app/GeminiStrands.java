package io.strandwatch.it.genai.app;

import com.google.genai.Client;
import com.google.genai.ResponseStream;
import com.google.genai.errors.ApiException;
import com.google.genai.errors.GenAiIOException;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.Tool;
import io.strandwatch.annotations.TrackedStrand;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** The strands of the Gemini application; each test scenario is one strand with known calls. */
public final class GeminiStrands {

  public static final String FLASH = "gemini-2.5-flash";
  public static final String TOOLS_MODEL = "gemini-2.0-flash";
  public static final String THROTTLED = "gemini-throttled";
  public static final String BROKEN = "gemini-broken";
  public static final String CUT = "gemini-cut-stream";
  public static final String CLOSED = "gemini-2.5-flash-lite";
  /** Prompt text that must never show up in the report or the agent's output. */
  public static final String PROMPT = "PROMPT-CANARY-b9d4: what is the weather in Paris?";

  private final Client client;

  GeminiStrands(Client client) {
    this.client = client;
  }

  @TrackedStrand("gemini.tools")
  void functionCallingLoop() throws NoSuchMethodException {
    GenerateContentConfig config = GenerateContentConfig.builder()
        .tools(Tool.builder().functions(GeminiTools.class.getMethod("getWeather", String.class)).build())
        .build();
    GenerateContentResponse answer = client.models.generateContent(TOOLS_MODEL, PROMPT, config);
    if (answer.automaticFunctionCallingHistory().orElseThrow().size() < 2) {
      throw new IllegalStateException("the SDK did not call the function");
    }
  }

  @TrackedStrand("gemini.generate")
  void generate() {
    client.models.generateContent(FLASH, PROMPT, null);
  }

  @TrackedStrand("gemini.stream")
  void streamOnAnotherThread() throws Exception {
    ResponseStream<GenerateContentResponse> stream = client.models.generateContentStream(FLASH, PROMPT, null);
    ExecutorService worker = Executors.newSingleThreadExecutor();
    try {
      int chunks = worker.submit(() -> {
        int n = 0;
        try (stream) {
          for (GenerateContentResponse ignored : stream) {
            n++;
          }
        }
        return n;
      }).get(30, TimeUnit.SECONDS);
      if (chunks != 3) {
        throw new IllegalStateException("expected 3 chunks, got " + chunks);
      }
    } finally {
      worker.shutdown();
    }
  }

  @TrackedStrand("gemini.async")
  void asyncCalls() throws Exception {
    CompletableFuture<GenerateContentResponse> whole = client.async.models.generateContent(FLASH, PROMPT, null);
    CompletableFuture<Integer> streamed = client.async.models.generateContentStream(FLASH, PROMPT, null)
        .thenApplyAsync(stream -> {
          int n = 0;
          try (stream) {
            for (GenerateContentResponse ignored : stream) {
              n++;
            }
          }
          return n;
        });
    CompletableFuture.allOf(whole, streamed).get(30, TimeUnit.SECONDS);
  }

  @TrackedStrand("gemini.failures")
  void failures() {
    for (String model : new String[] {THROTTLED, BROKEN}) {
      try {
        client.models.generateContent(model, PROMPT, null);
        throw new IllegalStateException(model + " should have failed");
      } catch (ApiException expected) {
        // counted by the agent as a failed call
      }
    }
  }

  @TrackedStrand("gemini.cut")
  void cutStream() {
    try (ResponseStream<GenerateContentResponse> stream = client.models.generateContentStream(CUT, PROMPT, null)) {
      for (GenerateContentResponse ignored : stream) {
        // reading until the cut connection surfaces
      }
      throw new IllegalStateException("the cut stream should have failed");
    } catch (GenAiIOException expected) {
      // counted by the agent as a failed call
    }
  }

  /** Through a Vertex AI client: one call and one stream read to its end. */
  @TrackedStrand("gemini.vertex")
  void vertex() {
    client.models.generateContent(FLASH, PROMPT, null);
    try (ResponseStream<GenerateContentResponse> stream = client.models.generateContentStream(FLASH, PROMPT, null)) {
      for (GenerateContentResponse ignored : stream) {
        // the text is the application's business
      }
    }
  }

  @TrackedStrand("gemini.closed")
  void closedEarly() {
    try (ResponseStream<GenerateContentResponse> stream = client.models.generateContentStream(CLOSED, PROMPT, null)) {
      Iterator<GenerateContentResponse> it = stream.iterator();
      it.next();
    }
  }
}
