package io.strandwatch.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A local LLM provider simulator on 127.0.0.1, speaking the real wire formats of OpenAI (and Azure OpenAI),
 * Anthropic, AWS Bedrock Runtime, Google Gen AI and Ollama, so that the real SDKs parse its answers.
 *
 * <pre>{@code
 * try (LlmSimulator sim = LlmSimulator.start()) {
 *     sim.enqueue(Behavior.rateLimited(Duration.ofSeconds(1)));            // next request only
 *     sim.when(model -> model.startsWith("claude"), Behavior.withUsage(TokenUsage.of(1000, 250)));
 *     OpenAIClient client = OpenAIOkHttpClient.builder().baseUrl(sim.openAiBaseUrl()).apiKey("any").build();
 *     ...
 *     assertEquals(2, sim.requests().size());
 * }
 * }</pre>
 *
 * How a behavior is chosen for each request: the oldest {@link #enqueue(Behavior) queued} one-shot behavior, else
 * the first matching {@link #when rule}, else the {@link #behaviorFunction(Function) behavior function}, else the
 * {@link #setDefault(Behavior) default}. Token counts follow the normalized convention described in
 * {@link TokenUsage}. Thread-safe.
 */
public final class LlmSimulator implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;
    private final BehaviorRules rules = new BehaviorRules();
    private final RequestLog log = new RequestLog();
    private final List<Protocol> protocols = List.of(
            new OpenAiProtocol(), new AnthropicProtocol(), new BedrockProtocol(), new GeminiProtocol(),
            new OllamaProtocol());

    private LlmSimulator(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        AtomicInteger threads = new AtomicInteger();
        // Unbounded: a slow streamed answer must not hold up the next request of a concurrent test.
        executor = Executors.newCachedThreadPool(task -> {
            Thread t = new Thread(task, "llm-simulator-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::dispatch);
        server.start();
    }

    /** Starts on an ephemeral port of 127.0.0.1. */
    public static LlmSimulator start() {
        return start(0);
    }

    /** Starts on this port of 127.0.0.1 (0: ephemeral). */
    public static LlmSimulator start(int port) {
        try {
            return new LlmSimulator(port);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the LLM simulator on port " + port, e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT}: Anthropic's and Gemini's base URL, Ollama's host. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** {@code http://127.0.0.1:PORT/v1}: what OpenAI SDKs take as base URL. */
    public String openAiBaseUrl() {
        return baseUrl() + "/v1";
    }

    public String anthropicBaseUrl() {
        return baseUrl();
    }

    /** For {@code BedrockRuntimeClient.builder().endpointOverride(...)}. */
    public URI bedrockEndpoint() {
        return URI.create(baseUrl());
    }

    /** For Google Gen AI's {@code HttpOptions.builder().baseUrl(...)}. */
    public String geminiBaseUrl() {
        return baseUrl();
    }

    /** An Azure OpenAI endpoint: deployments live under {@code /openai/deployments/}. */
    public String azureEndpoint() {
        return baseUrl();
    }

    public String ollamaBaseUrl() {
        return baseUrl();
    }

    /** The behavior used when nothing else matches. */
    public LlmSimulator setDefault(Behavior behavior) {
        rules.setDefault(behavior);
        return this;
    }

    /** Answers every request whose requested model matches with this behavior (model may be null). */
    public LlmSimulator when(Predicate<String> model, Behavior behavior) {
        Objects.requireNonNull(model, "model");
        rules.addRule(request -> model.test(request.model()), behavior);
        return this;
    }

    /** Answers every matching request with this behavior. */
    public LlmSimulator whenRequest(Predicate<SimulatedRequest> condition, Behavior behavior) {
        rules.addRule(condition, behavior);
        return this;
    }

    /** Chooses a behavior per request after queue and rules; returning null falls through to the default. */
    public LlmSimulator behaviorFunction(Function<SimulatedRequest, Behavior> function) {
        rules.setFunction(function);
        return this;
    }

    /** Queues one-shot behaviors: each answers exactly one request, first in, first out, whatever its provider. */
    public LlmSimulator enqueue(Behavior... behaviors) {
        for (Behavior behavior : behaviors) {
            rules.enqueue(behavior);
        }
        return this;
    }

    /** One-shot behaviors not yet used. */
    public int queuedBehaviors() {
        return rules.queued();
    }

    /** Back to the default behavior with no queue, rules or function; the request log is kept. */
    public LlmSimulator reset() {
        rules.reset();
        return this;
    }

    /** The requests answered so far, oldest first. */
    public List<RecordedRequest> requests() {
        return log.snapshot();
    }

    public void clearRequests() {
        log.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        boolean cut = false;
        try {
            Incoming incoming = new Incoming(exchange);
            String path = incoming.rawPath();
            for (Protocol protocol : protocols) {
                if (protocol.handles(path)) {
                    try {
                        protocol.handle(incoming, this::begin);
                    } catch (IllegalArgumentException badRequest) {
                        incoming.reject(400, Json.object("error", Json.object(
                                "message", "simulator: " + badRequest.getMessage())));
                    }
                    return;
                }
            }
            incoming.reject(404, Json.object("error", Json.object("message", "simulator: no route for "
                    + exchange.getRequestMethod() + " " + path)));
        } catch (ConnectionCut e) {
            // Escaping the handler unclosed makes the JDK server drop the connection mid-response.
            cut = true;
            throw e;
        } finally {
            if (!cut) {
                exchange.close();
            }
        }
    }

    private SimulatedCall begin(Incoming incoming, Provider provider, String model, boolean streaming) {
        Instant receivedAt = Instant.now();
        SimulatedRequest request = new SimulatedRequest(provider, incoming.rawPath(), model, streaming);
        Behavior behavior = rules.choose(request);
        Pause.sleep(behavior.firstByteLatency());
        return new SimulatedCall(incoming, request, behavior, log, receivedAt);
    }
}
