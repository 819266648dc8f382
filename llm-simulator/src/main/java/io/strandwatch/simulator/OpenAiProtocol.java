package io.strandwatch.simulator;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * OpenAI's wire format: chat completions (JSON and SSE), the Responses API (JSON and SSE) and embeddings; also
 * Azure OpenAI's deployment paths, which carry the same bodies.
 *
 * <p>Usage on the wire: {@code prompt_tokens}/{@code input_tokens} include {@code cached_tokens} and
 * {@code cache_write_tokens};
 * {@code completion_tokens}/{@code output_tokens} include {@code reasoning_tokens}. That is the normalized
 * convention already, so counts pass through unchanged. A streamed chat completion carries usage only when the
 * request set {@code stream_options.include_usage}, in a last chunk with no choices.
 */
final class OpenAiProtocol implements Protocol {

    private static final String AZURE_PREFIX = "/openai/deployments/";

    @Override
    public boolean handles(String rawPath) {
        return rawPath.startsWith("/v1/chat/completions") || rawPath.startsWith("/v1/responses")
                || rawPath.startsWith("/v1/embeddings") || rawPath.startsWith(AZURE_PREFIX);
    }

    @Override
    public void handle(Incoming in, Calls calls) throws IOException {
        String path = in.rawPath();
        Map<String, Object> body = in.json();
        boolean streaming = Boolean.TRUE.equals(body.get("stream"));
        String model = stringOrNull(body.get("model"));
        Provider provider = Provider.OPENAI;
        String operation = path;
        if (path.startsWith(AZURE_PREFIX)) {
            String rest = path.substring(AZURE_PREFIX.length());
            int slash = rest.indexOf('/');
            if (slash < 0) {
                notFound(in);
                return;
            }
            // Azure routes by deployment; the body's model, if any, is ignored by the real service.
            model = Incoming.decode(rest.substring(0, slash));
            operation = "/v1" + rest.substring(slash);
            provider = Provider.AZURE_OPENAI;
        }
        if (!"POST".equals(in.method())) {
            notFound(in);
            return;
        }
        switch (operation) {
            case "/v1/chat/completions":
                answer(calls.begin(in, provider, model, streaming), this::chatCompletion);
                break;
            case "/v1/responses":
                answer(calls.begin(in, provider, model, streaming), this::response);
                break;
            case "/v1/embeddings":
                answer(calls.begin(in, provider, model, false), this::embeddings);
                break;
            default:
                notFound(in);
        }
    }

    private interface Answer {
        void send(SimulatedCall call) throws IOException;
    }

    private void answer(SimulatedCall call, Answer success) throws IOException {
        if (call.behavior().isError()) {
            sendError(call);
        } else {
            success.send(call);
        }
    }

    // ---- chat completions ----

    private void chatCompletion(SimulatedCall call) throws IOException {
        if (call.request().streaming()) {
            streamChatCompletion(call);
            return;
        }
        Behavior b = call.behavior();
        Map<String, Object> message = Json.object("role", "assistant");
        String finishReason;
        if (b.toolCall() != null) {
            message.put("content", null);
            message.put("refusal", null);
            message.put("tool_calls", Json.array(Json.object(
                    "id", toolCallId(call),
                    "type", "function",
                    "function", Json.object("name", b.toolCall().name(), "arguments", b.toolCall().argumentsJson()))));
            finishReason = "tool_calls";
        } else {
            message.put("content", b.text());
            message.put("refusal", null);
            finishReason = "stop";
        }
        message.put("annotations", Json.array());
        Map<String, Object> completion = Json.object(
                "id", call.responseId("chatcmpl-"),
                "object", "chat.completion",
                "created", now(),
                "model", call.responseModel(),
                "choices", Json.array(Json.object(
                        "index", 0,
                        "message", message,
                        "logprobs", null,
                        "finish_reason", finishReason)));
        if (b.usage().isPresent()) {
            completion.put("usage", chatUsage(b.usage()));
        }
        completion.put("service_tier", "default");
        completion.put("system_fingerprint", "fp_strandwatch");
        call.sendJson(200, completion);
    }

    private void streamChatCompletion(SimulatedCall call) throws IOException {
        Behavior b = call.behavior();
        boolean includeUsage = Boolean.TRUE.equals(
                Json.path(call.incoming().json(), "stream_options", "include_usage"));
        String id = call.responseId("chatcmpl-");
        long created = now();
        SseWriter sse = new SseWriter(call.openStream(SseWriter.CONTENT_TYPE));
        String finishReason;
        if (b.toolCall() != null) {
            Map<String, Object> first = Json.object("role", "assistant", "content", null,
                    "tool_calls", Json.array(Json.object("index", 0, "id", toolCallId(call), "type", "function",
                            "function", Json.object("name", b.toolCall().name(), "arguments", ""))));
            sse.data(chatChunk(call, id, created, first, null, includeUsage));
            for (String piece : TextChunks.split(b.toolCall().argumentsJson(), b.streamChunks())) {
                Map<String, Object> delta = Json.object("tool_calls", Json.array(Json.object(
                        "index", 0, "function", Json.object("arguments", piece))));
                sse.data(chatChunk(call, id, created, delta, null, includeUsage));
            }
            finishReason = "tool_calls";
        } else {
            sse.data(chatChunk(call, id, created, Json.object("role", "assistant", "content", "", "refusal", null),
                    null, includeUsage));
            for (String piece : TextChunks.split(b.text(), b.streamChunks())) {
                sse.data(chatChunk(call, id, created, Json.object("content", piece), null, includeUsage));
            }
            finishReason = "stop";
        }
        sse.data(chatChunk(call, id, created, Json.object(), finishReason, includeUsage));
        if (includeUsage && b.usage().isPresent()) {
            Map<String, Object> usageChunk = chunkHeader(call, id, created);
            usageChunk.put("choices", Json.array());
            usageChunk.put("usage", chatUsage(b.usage()));
            sse.data(usageChunk);
        }
        sse.done();
        sse.close();
    }

    private Map<String, Object> chatChunk(SimulatedCall call, String id, long created, Map<String, Object> delta,
                                          String finishReason, boolean includeUsage) {
        Map<String, Object> chunk = chunkHeader(call, id, created);
        chunk.put("choices", Json.array(Json.object(
                "index", 0, "delta", delta, "logprobs", null, "finish_reason", finishReason)));
        if (includeUsage) {
            chunk.put("usage", null);
        }
        return chunk;
    }

    private Map<String, Object> chunkHeader(SimulatedCall call, String id, long created) {
        return Json.object("id", id, "object", "chat.completion.chunk", "created", created,
                "model", call.responseModel(), "service_tier", "default", "system_fingerprint", "fp_strandwatch");
    }

    private static Map<String, Object> chatUsage(TokenUsage u) {
        Map<String, Object> usage = Json.object();
        putIfNotNull(usage, "prompt_tokens", u.input());
        putIfNotNull(usage, "completion_tokens", u.output());
        putIfNotNull(usage, "total_tokens", u.total());
        Map<String, Object> inputDetails = inputDetails(u);
        if (inputDetails != null) {
            usage.put("prompt_tokens_details", inputDetails);
        }
        if (u.reasoning() != null) {
            usage.put("completion_tokens_details", Json.object("reasoning_tokens", u.reasoning()));
        }
        return usage;
    }

    // ---- Responses API ----

    private void response(SimulatedCall call) throws IOException {
        if (call.request().streaming()) {
            streamResponse(call);
            return;
        }
        call.sendJson(200, responseObject(call, now(), "completed", List.of(outputItem(call, "completed")), true));
    }

    private void streamResponse(SimulatedCall call) throws IOException {
        Behavior b = call.behavior();
        long created = now();
        String itemId = itemId(call);
        SseWriter sse = new SseWriter(call.openStream(SseWriter.CONTENT_TYPE));
        int[] sequence = {0};
        Map<String, Object> inProgress = responseObject(call, created, "in_progress", List.of(), false);
        sse.event("response.created", event(sequence, "response.created", "response", inProgress));
        sse.event("response.in_progress", event(sequence, "response.in_progress", "response", inProgress));
        Map<String, Object> startedItem = outputItem(call, "in_progress");
        if (b.toolCall() != null) {
            startedItem.put("arguments", "");
        } else {
            startedItem.put("content", Json.array());
        }
        sse.event("response.output_item.added",
                event(sequence, "response.output_item.added", "output_index", 0, "item", startedItem));
        if (b.toolCall() != null) {
            for (String piece : TextChunks.split(b.toolCall().argumentsJson(), b.streamChunks())) {
                sse.event("response.function_call_arguments.delta", event(sequence,
                        "response.function_call_arguments.delta", "item_id", itemId, "output_index", 0,
                        "delta", piece));
            }
            sse.event("response.function_call_arguments.done", event(sequence,
                    "response.function_call_arguments.done", "item_id", itemId, "output_index", 0,
                    "name", b.toolCall().name(), "arguments", b.toolCall().argumentsJson()));
        } else {
            sse.event("response.content_part.added", event(sequence, "response.content_part.added",
                    "item_id", itemId, "output_index", 0, "content_index", 0, "part", outputText("")));
            for (String piece : TextChunks.split(b.text(), b.streamChunks())) {
                sse.event("response.output_text.delta", event(sequence, "response.output_text.delta",
                        "item_id", itemId, "output_index", 0, "content_index", 0, "delta", piece,
                        "logprobs", Json.array()));
            }
            sse.event("response.output_text.done", event(sequence, "response.output_text.done",
                    "item_id", itemId, "output_index", 0, "content_index", 0, "text", b.text(),
                    "logprobs", Json.array()));
            sse.event("response.content_part.done", event(sequence, "response.content_part.done",
                    "item_id", itemId, "output_index", 0, "content_index", 0, "part", outputText(b.text())));
        }
        Map<String, Object> doneItem = outputItem(call, "completed");
        sse.event("response.output_item.done",
                event(sequence, "response.output_item.done", "output_index", 0, "item", doneItem));
        sse.event("response.completed", event(sequence, "response.completed", "response",
                responseObject(call, created, "completed", List.of(doneItem), true)));
        sse.close();
    }

    private static Map<String, Object> event(int[] sequence, String type, Object... fields) {
        Map<String, Object> event = Json.object("type", type);
        event.putAll(Json.object(fields));
        event.put("sequence_number", sequence[0]++);
        return event;
    }

    private Map<String, Object> responseObject(SimulatedCall call, long created, String status, List<Object> output,
                                               boolean withUsage) {
        Map<String, Object> response = Json.object(
                "id", call.responseId("resp_"),
                "object", "response",
                "created_at", created,
                "status", status,
                "background", false,
                "error", null,
                "incomplete_details", null,
                "instructions", null,
                "max_output_tokens", null,
                "model", call.responseModel(),
                "output", new ArrayList<>(output),
                "parallel_tool_calls", true,
                "previous_response_id", null,
                "reasoning", Json.object("effort", null, "summary", null),
                "store", true,
                "temperature", 1.0,
                "text", Json.object("format", Json.object("type", "text")),
                "tool_choice", "auto",
                "tools", Json.array(),
                "top_p", 1.0,
                "truncation", "disabled");
        TokenUsage u = call.behavior().usage();
        response.put("usage", withUsage && u.isPresent() ? responsesUsage(u) : null);
        response.put("user", null);
        response.put("metadata", Json.object());
        return response;
    }

    private Map<String, Object> outputItem(SimulatedCall call, String status) {
        Behavior b = call.behavior();
        if (b.toolCall() != null) {
            return Json.object("type", "function_call", "id", itemId(call), "call_id", toolCallId(call),
                    "name", b.toolCall().name(), "arguments", b.toolCall().argumentsJson(), "status", status);
        }
        return Json.object("type", "message", "id", itemId(call), "status", status, "role", "assistant",
                "content", Json.array(outputText(b.text())));
    }

    private static Map<String, Object> outputText(String text) {
        return Json.object("type", "output_text", "text", text, "annotations", Json.array(), "logprobs", Json.array());
    }

    private static Map<String, Object> responsesUsage(TokenUsage u) {
        Map<String, Object> usage = Json.object();
        putIfNotNull(usage, "input_tokens", u.input());
        Map<String, Object> inputDetails = inputDetails(u);
        if (inputDetails != null) {
            usage.put("input_tokens_details", inputDetails);
        }
        putIfNotNull(usage, "output_tokens", u.output());
        if (u.reasoning() != null) {
            usage.put("output_tokens_details", Json.object("reasoning_tokens", u.reasoning()));
        }
        putIfNotNull(usage, "total_tokens", u.total());
        return usage;
    }

    private static Map<String, Object> inputDetails(TokenUsage u) {
        if (u.cacheRead() == null && u.cacheWrite() == null) {
            return null;
        }
        Map<String, Object> details = Json.object();
        putIfNotNull(details, "cached_tokens", u.cacheRead());
        putIfNotNull(details, "cache_write_tokens", u.cacheWrite());
        return details;
    }

    // ---- embeddings ----

    private void embeddings(SimulatedCall call) throws IOException {
        Behavior b = call.behavior();
        Map<String, Object> body = call.incoming().json();
        Object input = body.get("input");
        int count = input instanceof List ? Math.max(1, countInputs((List<?>) input)) : 1;
        boolean base64 = "base64".equals(body.get("encoding_format"));
        List<Object> data = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            float[] vector = vector(i, b.embeddingDimensions());
            data.add(Json.object("object", "embedding", "index", i,
                    "embedding", base64 ? base64(vector) : vector));
        }
        Map<String, Object> response = Json.object("object", "list", "data", data, "model", call.responseModel());
        TokenUsage u = b.usage();
        if (u.isPresent()) {
            Map<String, Object> usage = Json.object();
            // Embeddings have no output: total is the input count.
            putIfNotNull(usage, "prompt_tokens", u.input());
            putIfNotNull(usage, "total_tokens", u.input());
            response.put("usage", usage);
        }
        call.sendJson(200, response);
    }

    private static int countInputs(List<?> input) {
        // A list of token ids is one input; a list of strings or of token lists is many.
        return !input.isEmpty() && input.get(0) instanceof Number ? 1 : input.size();
    }

    private static float[] vector(int index, int dimensions) {
        float[] v = new float[dimensions];
        for (int d = 0; d < dimensions; d++) {
            v[d] = (index + 1) * 0.125f + d * 0.0625f;
        }
        return v;
    }

    private static String base64(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : vector) {
            buffer.putFloat(f);
        }
        return Base64.getEncoder().encodeToString(buffer.array());
    }

    // ---- errors ----

    private static void sendError(SimulatedCall call) throws IOException {
        int status = call.behavior().status();
        String type;
        String code;
        String message;
        switch (status) {
            case 400:
                type = "invalid_request_error";
                code = null;
                message = "Invalid request (simulated).";
                break;
            case 401:
                type = "invalid_request_error";
                code = "invalid_api_key";
                message = "Incorrect API key provided (simulated).";
                break;
            case 404:
                type = "invalid_request_error";
                code = "model_not_found";
                message = "The model does not exist (simulated).";
                break;
            case 429:
                type = "rate_limit_exceeded";
                code = "rate_limit_exceeded";
                message = "Rate limit reached for requests (simulated).";
                break;
            default:
                type = status >= 500 ? "server_error" : "invalid_request_error";
                code = null;
                message = "The server had an error while processing your request (simulated).";
        }
        if (call.behavior().errorMessage() != null) {
            message = call.behavior().errorMessage();
        }
        call.addRetryAfter();
        call.header("x-request-id", ResponseIds.next("req_"));
        call.sendJson(status, Json.object("error",
                Json.object("message", message, "type", type, "param", null, "code", code)));
    }

    private static void notFound(Incoming in) throws IOException {
        in.reject(404, Json.object("error", Json.object("message", "Unknown request URL: " + in.method() + " "
                + in.rawPath(), "type", "invalid_request_error", "param", null, "code", "unknown_url")));
    }

    // ---- helpers ----

    private static String toolCallId(SimulatedCall call) {
        return "call_" + call.responseId("chatcmpl-").replaceAll("^[a-z]+[-_]", "");
    }

    private static String itemId(SimulatedCall call) {
        String base = call.responseId("resp_").replaceAll("^[a-z]+[-_]", "");
        return (call.behavior().toolCall() != null ? "fc_" : "msg_") + base;
    }

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }

    private static void putIfNotNull(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static String stringOrNull(Object value) {
        return value instanceof String ? (String) value : null;
    }
}
