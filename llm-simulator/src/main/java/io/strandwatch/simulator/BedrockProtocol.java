package io.strandwatch.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * AWS Bedrock Runtime: {@code POST /model/{modelId}/converse}, {@code /converse-stream}, {@code /invoke} and
 * {@code /invoke-with-response-stream}; the streams use the binary event-stream framing.
 *
 * <p>The model id is taken from the raw path and URL-decoded, so ARNs with an encoded '/' and {@code us.}/{@code eu.}
 * inference-profile ids arrive as the SDK was given them. InvokeModel answers with the Anthropic-on-Bedrock body
 * whatever the model, plus the {@code X-Amzn-Bedrock-*-Token-Count} headers. Usage on the wire follows Anthropic:
 * {@code inputTokens} EXCLUDES cache reads and writes; {@code totalTokens} includes everything. Errors carry the
 * {@code x-amzn-ErrorType} header the SDK maps to its exception classes.
 */
final class BedrockProtocol implements Protocol {

    private static final String PREFIX = "/model/";

    @Override
    public boolean handles(String rawPath) {
        return rawPath.startsWith(PREFIX);
    }

    @Override
    public void handle(Incoming in, Calls calls) throws IOException {
        String rest = in.rawPath().substring(PREFIX.length());
        int slash = rest.lastIndexOf('/');
        String operation = slash < 0 ? "" : rest.substring(slash + 1);
        if (!"POST".equals(in.method()) || slash <= 0) {
            rejectUnknown(in);
            return;
        }
        String modelId = Incoming.decode(rest.substring(0, slash));
        boolean streaming = operation.equals("converse-stream") || operation.equals("invoke-with-response-stream");
        switch (operation) {
            case "converse":
            case "converse-stream":
            case "invoke":
            case "invoke-with-response-stream":
                break;
            default:
                rejectUnknown(in);
                return;
        }
        if (!operation.startsWith("invoke")) {
            in.json();
        }
        SimulatedCall call = calls.begin(in, Provider.BEDROCK, modelId, streaming);
        call.header("x-amzn-RequestId", java.util.UUID.randomUUID().toString());
        if (call.behavior().isError()) {
            sendError(call);
            return;
        }
        switch (operation) {
            case "converse":
                converse(call);
                break;
            case "converse-stream":
                converseStream(call);
                break;
            case "invoke":
                invoke(call);
                break;
            default:
                invokeWithResponseStream(call);
        }
    }

    // ---- Converse ----

    private static void converse(SimulatedCall call) throws IOException {
        call.responseId("");
        Map<String, Object> response = Json.object(
                "output", Json.object("message", Json.object("role", "assistant",
                        "content", Json.array(converseContent(call)))),
                "stopReason", stopReason(call));
        Map<String, Object> usage = converseUsage(call.behavior().usage());
        if (usage != null) {
            response.put("usage", usage);
        }
        response.put("metrics", Json.object("latencyMs", latencyMillis(call)));
        call.sendJson(200, response);
    }

    private static void converseStream(SimulatedCall call) throws IOException {
        Behavior b = call.behavior();
        call.responseId("");
        EventStreamWriter events = new EventStreamWriter(call.openStream(EventStreamWriter.CONTENT_TYPE));
        events.event("messageStart", Json.object("role", "assistant"));
        boolean tool = b.toolCall() != null;
        if (tool) {
            events.event("contentBlockStart", Json.object("contentBlockIndex", 0, "start", Json.object("toolUse",
                    Json.object("toolUseId", toolUseId(call), "name", b.toolCall().name()))));
        }
        String whole = tool ? b.toolCall().argumentsJson() : b.text();
        for (String piece : TextChunks.split(whole, b.streamChunks())) {
            Map<String, Object> delta = tool
                    ? Json.object("toolUse", Json.object("input", piece))
                    : Json.object("text", piece);
            events.event("contentBlockDelta", Json.object("contentBlockIndex", 0, "delta", delta));
        }
        events.event("contentBlockStop", Json.object("contentBlockIndex", 0));
        events.event("messageStop", Json.object("stopReason", stopReason(call)));
        Map<String, Object> metadata = Json.object();
        Map<String, Object> usage = converseUsage(b.usage());
        if (usage != null) {
            metadata.put("usage", usage);
        }
        metadata.put("metrics", Json.object("latencyMs", latencyMillis(call)));
        events.event("metadata", metadata);
        events.close();
    }

    private static Map<String, Object> converseContent(SimulatedCall call) {
        Behavior b = call.behavior();
        if (b.toolCall() != null) {
            return Json.object("toolUse", Json.object("toolUseId", toolUseId(call), "name", b.toolCall().name(),
                    "input", b.toolCall().arguments()));
        }
        return Json.object("text", b.text());
    }

    private static Map<String, Object> converseUsage(TokenUsage u) {
        if (!u.isPresent()) {
            return null;
        }
        Map<String, Object> usage = Json.object();
        putIfNotNull(usage, "inputTokens", u.inputExcludingCache());
        putIfNotNull(usage, "outputTokens", u.output());
        putIfNotNull(usage, "totalTokens", u.total());
        putIfNotNull(usage, "cacheReadInputTokens", u.cacheRead());
        putIfNotNull(usage, "cacheWriteInputTokens", u.cacheWrite());
        return usage;
    }

    // ---- InvokeModel (Anthropic-on-Bedrock bodies) ----

    private static void invoke(SimulatedCall call) throws IOException {
        call.responseId("msg_bdrk_");
        addTokenCountHeaders(call);
        call.header("X-Amzn-Bedrock-Invocation-Latency", Long.toString(latencyMillis(call)));
        Map<String, Object> body = AnthropicProtocol.message(call,
                Json.array(AnthropicProtocol.contentBlock(call, true)), AnthropicProtocol.stopReason(call),
                AnthropicProtocol.usage(call, false));
        call.sendJson(200, body);
    }

    private static void invokeWithResponseStream(SimulatedCall call) throws IOException {
        call.responseId("msg_bdrk_");
        EventStreamWriter events = new EventStreamWriter(call.openStream(EventStreamWriter.CONTENT_TYPE));
        AnthropicProtocol.streamEvents(call, (type, event) -> {
            if (type.equals("ping")) {
                return; // Bedrock does not forward Anthropic's pings.
            }
            if (type.equals("message_stop")) {
                event.put("amazon-bedrock-invocationMetrics", invocationMetrics(call));
            }
            byte[] json = Json.write(event).getBytes(StandardCharsets.UTF_8);
            events.event("chunk", Json.object("bytes", Base64.getEncoder().encodeToString(json)));
        });
        events.close();
    }

    private static void addTokenCountHeaders(SimulatedCall call) {
        TokenUsage u = call.behavior().usage();
        if (!u.isPresent()) {
            return;
        }
        headerIfNotNull(call, "X-Amzn-Bedrock-Input-Token-Count", u.inputExcludingCache());
        headerIfNotNull(call, "X-Amzn-Bedrock-Output-Token-Count", u.output());
        headerIfNotNull(call, "X-Amzn-Bedrock-Cache-Read-Input-Token-Count", u.cacheRead());
        headerIfNotNull(call, "X-Amzn-Bedrock-Cache-Write-Input-Token-Count", u.cacheWrite());
    }

    private static Map<String, Object> invocationMetrics(SimulatedCall call) {
        TokenUsage u = call.behavior().usage();
        Map<String, Object> metrics = Json.object();
        if (u.isPresent()) {
            putIfNotNull(metrics, "inputTokenCount", u.inputExcludingCache());
            putIfNotNull(metrics, "outputTokenCount", u.output());
            putIfNotNull(metrics, "cacheReadInputTokenCount", u.cacheRead());
            putIfNotNull(metrics, "cacheWriteInputTokenCount", u.cacheWrite());
        }
        metrics.put("invocationLatency", latencyMillis(call));
        metrics.put("firstByteLatency", call.behavior().firstByteLatency().toMillis());
        return metrics;
    }

    // ---- errors ----

    private static void sendError(SimulatedCall call) throws IOException {
        int status = call.behavior().status();
        String type;
        String message;
        switch (status) {
            case 400:
                type = "ValidationException";
                message = "Malformed input request (simulated).";
                break;
            case 403:
                type = "AccessDeniedException";
                message = "You don't have access to the model with the specified model ID (simulated).";
                break;
            case 404:
                type = "ResourceNotFoundException";
                message = "Could not resolve the foundation model (simulated).";
                break;
            case 408:
                type = "ModelTimeoutException";
                message = "Model timed out (simulated).";
                break;
            case 424:
                type = "ModelErrorException";
                message = "The model returned an error (simulated).";
                break;
            case 429:
                type = "ThrottlingException";
                message = "Too many requests, please wait before trying again (simulated).";
                break;
            case 503:
                type = "ServiceUnavailableException";
                message = "Bedrock is unable to process your request (simulated).";
                break;
            default:
                type = status >= 500 ? "InternalServerException" : "ValidationException";
                message = "The request processing has failed (simulated).";
        }
        if (call.behavior().errorMessage() != null) {
            message = call.behavior().errorMessage();
        }
        call.addRetryAfter();
        call.header("x-amzn-ErrorType", type + ":http://internal.amazon.com/coral/com.amazon.bedrock/");
        call.sendJson(status, Json.object("message", message));
    }

    private static void rejectUnknown(Incoming in) throws IOException {
        in.exchange().getResponseHeaders().set("x-amzn-ErrorType", "UnknownOperationException");
        in.reject(404, Json.object("message", "Unknown operation: " + in.method() + " " + in.rawPath()));
    }

    // ---- helpers ----

    private static String stopReason(SimulatedCall call) {
        return call.behavior().toolCall() != null ? "tool_use" : "end_turn";
    }

    private static String toolUseId(SimulatedCall call) {
        return "tooluse_" + call.responseId("");
    }

    private static long latencyMillis(SimulatedCall call) {
        Behavior b = call.behavior();
        return b.firstByteLatency().toMillis() + b.chunkDelay().toMillis() * b.streamChunks();
    }

    private static void headerIfNotNull(SimulatedCall call, String name, Integer value) {
        if (value != null) {
            call.header(name, value.toString());
        }
    }

    private static void putIfNotNull(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
