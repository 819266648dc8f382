package io.strandwatch.it.ollama.app;

import io.github.ollama4j.Ollama;
import io.github.ollama4j.exceptions.OllamaException;
import io.github.ollama4j.models.chat.OllamaChatMessageRole;
import io.github.ollama4j.models.chat.OllamaChatRequest;
import io.github.ollama4j.models.chat.OllamaChatResult;
import io.github.ollama4j.models.chat.OllamaChatStreamObserver;
import io.github.ollama4j.tools.Tools;
import io.strandwatch.annotations.TrackedStrand;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** The strands of the Ollama application; each test scenario is one strand with known calls. */
public final class OllamaStrands {

  public static final String LLAMA = "llama3.2";
  public static final String TOOLS_MODEL = "qwen3:8b";
  public static final String THROTTLED = "ollama-throttled";
  public static final String BROKEN = "ollama-broken";
  public static final String NO_USAGE = "ollama-no-usage";
  public static final String SLOW = "ollama-slow";
  public static final String CUT = "ollama-cut-stream";
  /** Prompt text that must never show up in the report or the agent's output. */
  public static final String PROMPT = "PROMPT-CANARY-7c1e: what is the weather in Paris?";

  private final Ollama client;
  private final Ollama impatient;

  OllamaStrands(Ollama client, Ollama impatient) {
    this.client = client;
    this.impatient = impatient;
  }

  private static OllamaChatRequest request(String model) {
    return OllamaChatRequest.builder().withModel(model).withMessage(OllamaChatMessageRole.USER, PROMPT).build();
  }

  @TrackedStrand("ollama.tools")
  void toolCallingLoop() throws OllamaException {
    AtomicInteger invoked = new AtomicInteger();
    Tools.Tool weather = Tools.Tool.builder()
        .toolSpec(Tools.ToolSpec.builder().name("get_weather").description("The weather in a city")
            .parameters(Tools.Parameters.of(Map.of("city", Tools.Property.builder().type("string")
                .description("the city").required(true).build())))
            .build())
        .toolFunction(arguments -> {
          invoked.incrementAndGet();
          return "Sunny in " + arguments.get("city");
        })
        .build();
    client.chat(request(TOOLS_MODEL).withTools(new java.util.ArrayList<>(List.of(weather))), null);
    if (invoked.get() != 1) {
      throw new IllegalStateException("ollama4j called the tool " + invoked.get() + " times");
    }
  }

  @TrackedStrand("ollama.chat")
  void chat() throws OllamaException {
    OllamaChatResult result = client.chat(request(LLAMA), null);
    if (result.getResponseModel().getMessage().getResponse().isEmpty()) {
      throw new IllegalStateException("empty answer");
    }
  }

  @TrackedStrand("ollama.stream")
  void stream() throws OllamaException {
    AtomicInteger pieces = new AtomicInteger();
    client.chat(request(LLAMA), new OllamaChatStreamObserver(null, piece -> pieces.incrementAndGet()));
    if (pieces.get() != 5) {
      throw new IllegalStateException("expected 5 streamed pieces, got " + pieces.get());
    }
  }

  @TrackedStrand("ollama.failures")
  void failures() {
    expectFailure(() -> client.chat(request(THROTTLED), null));
    // Streamed: the status is seen before any line is parsed.
    expectFailure(() -> client.chat(request(BROKEN), new OllamaChatStreamObserver(null, piece -> { })));
  }

  @TrackedStrand("ollama.no_usage")
  void noUsage() throws OllamaException {
    client.chat(request(NO_USAGE), null);
  }

  @TrackedStrand("ollama.timeout")
  void timeout() {
    expectFailure(() -> impatient.chat(request(SLOW), null));
  }

  @TrackedStrand("ollama.cut")
  void cutStream() {
    expectFailure(() -> client.chat(request(CUT), new OllamaChatStreamObserver(null, piece -> { })));
  }

  private interface Chat {
    void run() throws OllamaException;
  }

  private static void expectFailure(Chat chat) {
    try {
      chat.run();
    } catch (OllamaException expected) {
      return;
    }
    throw new IllegalStateException("the chat should have failed");
  }
}
