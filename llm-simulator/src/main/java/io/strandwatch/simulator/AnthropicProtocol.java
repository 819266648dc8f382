package io.strandwatch.simulator;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Anthropic's Messages API, {@code POST /v1/messages} (the beta API is the same path with {@code ?beta=true}):
 * JSON, and SSE with {@code message_start}, {@code content_block_*}, {@code ping}, {@code message_delta},
 * {@code message_stop}. Accepts {@code x-api-key} and {@code Authorization: Bearer}, as SDK versions differ.
 *
 * <p>Usage on the wire: {@code input_tokens} EXCLUDES cache reads and writes, which are reported beside it;
 * {@code output_tokens} includes {@code output_tokens_details.thinking_tokens}. When
 * streaming, {@code message_start} carries input and cache counts with an output count of 1, as the real API
 * does, and {@code message_delta} carries the final counts: a client that adds them up over-counts by one.
 */
final class AnthropicProtocol implements Protocol {

    @Override
    public boolean handles(String rawPath) {
        return rawPath.startsWith("/v1/messages");
    }

    @Override
    public void handle(Incoming in, Calls calls) throws IOException {
        if (!"POST".equals(in.method()) || !"/v1/messages".equals(in.rawPath())) {
            in.reject(404, errorBody("not_found_error", "Not found: " + in.method() + " " + in.rawPath()));
            return;
        }
        String bearer = in.header("Authorization");
        if (in.header("x-api-key") == null && (bearer == null || !bearer.startsWith("Bearer "))) {
            in.reject(401, errorBody("authentication_error", "x-api-key header is required"));
            return;
        }
        Map<String, Object> body = in.json();
        Object model = body.get("model");
        SimulatedCall call = calls.begin(in, Provider.ANTHROPIC, model instanceof String ? (String) model : null,
                Boolean.TRUE.equals(body.get("stream")));
        call.header("request-id", ResponseIds.next("req_"));
        if (call.behavior().isError()) {
            sendError(call);
        } else if (call.request().streaming()) {
            stream(call);
        } else {
            call.sendJson(200, message(call, List.of(contentBlock(call, true)), stopReason(call), usage(call, false)));
        }
    }

    /** The Messages API body; Bedrock's InvokeModel answers with the same one. */
    static Map<String, Object> message(SimulatedCall call, List<Object> content, String stopReason,
                                       Map<String, Object> usage) {
        Map<String, Object> message = Json.object(
                "id", call.responseId("msg_"),
                "type", "message",
                "role", "assistant",
                "model", call.responseModel(),
                "content", content,
                "stop_reason", stopReason,
                "stop_sequence", null);
        if (usage != null) {
            message.put("usage", usage);
        }
        return message;
    }

    static String stopReason(SimulatedCall call) {
        return call.behavior().toolCall() != null ? "tool_use" : "end_turn";
    }

    /** A complete content block, or the empty one a stream starts with. */
    static Map<String, Object> contentBlock(SimulatedCall call, boolean complete) {
        Behavior b = call.behavior();
        if (b.toolCall() != null) {
            return Json.object("type", "tool_use", "id", toolUseId(call), "name", b.toolCall().name(),
                    "input", complete ? b.toolCall().arguments() : Json.object());
        }
        return Json.object("type", "text", "text", complete ? b.text() : "");
    }

    /**
     * The wire usage, or null when the behavior omits it. In a stream's {@code message_start} the output count
     * is the real API's placeholder 1.
     */
    static Map<String, Object> usage(SimulatedCall call, boolean streamStart) {
        TokenUsage u = call.behavior().usage();
        if (!u.isPresent()) {
            return null;
        }
        Map<String, Object> usage = Json.object();
        putIfNotNull(usage, "input_tokens", u.inputExcludingCache());
        putIfNotNull(usage, "cache_creation_input_tokens", u.cacheWrite());
        putIfNotNull(usage, "cache_read_input_tokens", u.cacheRead());
        if (u.cacheWrite() != null) {
            usage.put("cache_creation", Json.object("ephemeral_5m_input_tokens", u.cacheWrite(),
                    "ephemeral_1h_input_tokens", 0));
        }
        if (u.output() != null) {
            usage.put("output_tokens", streamStart ? Math.min(1, u.output()) : u.output());
        }
        if (u.reasoning() != null && !streamStart) {
            usage.put("output_tokens_details", Json.object("thinking_tokens", u.reasoning()));
        }
        usage.put("service_tier", "standard");
        return usage;
    }

    /** The Anthropic stream's events, in order; Bedrock's InvokeModelWithResponseStream wraps the same ones. */
    static void streamEvents(SimulatedCall call, EventSink sink) throws IOException {
        Behavior b = call.behavior();
        sink.send("message_start", Json.object("type", "message_start",
                "message", message(call, Json.array(), null, usage(call, true))));
        sink.send("content_block_start", Json.object("type", "content_block_start", "index", 0,
                "content_block", contentBlock(call, false)));
        sink.send("ping", Json.object("type", "ping"));
        boolean tool = b.toolCall() != null;
        String whole = tool ? b.toolCall().argumentsJson() : b.text();
        for (String piece : TextChunks.split(whole, b.streamChunks())) {
            Map<String, Object> delta = tool
                    ? Json.object("type", "input_json_delta", "partial_json", piece)
                    : Json.object("type", "text_delta", "text", piece);
            sink.send("content_block_delta", Json.object("type", "content_block_delta", "index", 0, "delta", delta));
        }
        sink.send("content_block_stop", Json.object("type", "content_block_stop", "index", 0));
        Map<String, Object> messageDelta = Json.object("type", "message_delta",
                "delta", Json.object("stop_reason", stopReason(call), "stop_sequence", null));
        Map<String, Object> finalUsage = usage(call, false);
        if (finalUsage != null) {
            finalUsage.remove("service_tier");
            finalUsage.remove("cache_creation");
            messageDelta.put("usage", finalUsage);
        }
        sink.send("message_delta", messageDelta);
        sink.send("message_stop", Json.object("type", "message_stop"));
    }

    /** Where {@link #streamEvents} sends each event: SSE here, event-stream chunks for Bedrock. */
    interface EventSink {
        void send(String eventType, Map<String, Object> event) throws IOException;
    }

    private static void stream(SimulatedCall call) throws IOException {
        call.responseId("msg_");
        SseWriter sse = new SseWriter(call.openStream(SseWriter.CONTENT_TYPE));
        streamEvents(call, sse::event);
        sse.close();
    }

    private static void sendError(SimulatedCall call) throws IOException {
        int status = call.behavior().status();
        String type;
        String message;
        switch (status) {
            case 400:
                type = "invalid_request_error";
                message = "Invalid request (simulated).";
                break;
            case 401:
                type = "authentication_error";
                message = "invalid x-api-key (simulated)";
                break;
            case 403:
                type = "permission_error";
                message = "Your API key does not have permission to use the specified resource (simulated).";
                break;
            case 404:
                type = "not_found_error";
                message = "The requested resource could not be found (simulated).";
                break;
            case 413:
                type = "request_too_large";
                message = "Request exceeds the maximum allowed number of bytes (simulated).";
                break;
            case 429:
                type = "rate_limit_error";
                message = "Number of requests has exceeded your rate limit (simulated).";
                break;
            case 529:
                type = "overloaded_error";
                message = "Overloaded (simulated)";
                break;
            default:
                type = status >= 500 ? "api_error" : "invalid_request_error";
                message = "Internal server error (simulated)";
        }
        if (call.behavior().errorMessage() != null) {
            message = call.behavior().errorMessage();
        }
        call.addRetryAfter();
        Map<String, Object> body = errorBody(type, message);
        body.put("request_id", ResponseIds.next("req_"));
        call.sendJson(status, body);
    }

    private static Map<String, Object> errorBody(String type, String message) {
        return Json.object("type", "error", "error", Json.object("type", type, "message", message));
    }

    private static String toolUseId(SimulatedCall call) {
        return "toolu_" + call.responseId("msg_").replaceAll("^[a-z]+_", "");
    }

    private static void putIfNotNull(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
