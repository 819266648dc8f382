package io.strandwatch.it.genai.app;

import com.google.genai.Client;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.HttpRetryOptions;

/**
 * The application the Google Gen AI tests fork: the real SDK client pointed at the simulator (first argument), calls
 * made inside the strands of {@link GeminiStrands}. Retries are off so each simulated failure is one call.
 */
public final class GeminiApp {

  /** An API key that must never show up in the report or the agent's output. */
  public static final String API_KEY = "AIzaCANARY-5d21c0";

  private GeminiApp() {}

  public static void main(String[] args) throws Exception {
    try (Client client = Client.builder().apiKey(API_KEY).vertexAI(false)
        .httpOptions(HttpOptions.builder().baseUrl(args[0])
            .retryOptions(HttpRetryOptions.builder().attempts(1).build()).build())
        .build()) {
      GeminiStrands strands = new GeminiStrands(client);
      // First: the simulator's one queued behavior (the function call) is for this strand's first request.
      strands.functionCallingLoop();
      strands.generate();
      strands.streamOnAnotherThread();
      strands.asyncCalls();
      strands.failures();
      strands.cutStream();
      strands.closedEarly();
    }
    System.out.println("gemini app done");
  }
}
