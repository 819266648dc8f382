package io.strandwatch.it.genai.app;

import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.genai.Client;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.HttpRetryOptions;
import java.util.Date;

/**
 * The application the Google Gen AI tests fork: the real SDK client pointed at the simulator (first argument), calls
 * made inside the strands of {@link GeminiStrands}. Retries are off so each simulated failure is one call.
 */
public final class GeminiApp {

  /** An API key that must never show up in the report or the agent's output. */
  public static final String API_KEY = "AIzaCANARY-5d21c0";
  /** Vertex AI's OAuth access token, which must not show up either. */
  public static final String VERTEX_TOKEN = "ya29.VERTEX-CANARY-7a41";

  private GeminiApp() {}

  public static void main(String[] args) throws Exception {
    HttpOptions simulator = HttpOptions.builder().baseUrl(args[0])
        .retryOptions(HttpRetryOptions.builder().attempts(1).build()).build();
    try (Client client = Client.builder().apiKey(API_KEY).vertexAI(false).httpOptions(simulator).build()) {
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
    // Vertex AI mode: project and location paths, and a token that is already there, so the SDK never asks
    // Google for one.
    GoogleCredentials token = GoogleCredentials.create(
        new AccessToken(VERTEX_TOKEN, new Date(System.currentTimeMillis() + 3_600_000)));
    try (Client vertex = Client.builder().vertexAI(true).project("acme-prod").location("us-central1")
        .credentials(token).httpOptions(simulator).build()) {
      new GeminiStrands(vertex).vertex();
    }
    System.out.println("gemini app done");
  }
}
