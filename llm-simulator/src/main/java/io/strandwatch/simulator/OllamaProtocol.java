package io.strandwatch.simulator;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Ollama's {@code POST /api/chat}. Streams NDJSON unless the request sets {@code "stream": false}, as Ollama
 * does. Usage: {@code prompt_eval_count} = input and {@code eval_count} = output, on the final ({@code done})
 * message only; Ollama reports no cache or reasoning counts.
 */
final class OllamaProtocol implements Protocol {

    @Override
    public boolean handles(String rawPath) {
        return rawPath.startsWith("/api/");
    }

    @Override
    public void handle(Incoming in, Calls calls) throws IOException {
        if (!"POST".equals(in.method()) || !"/api/chat".equals(in.rawPath())) {
            in.reject(404, Json.object("error", "404 page not found"));
            return;
        }
        Map<String, Object> body = in.json();
        Object model = body.get("model");
        boolean streaming = !Boolean.FALSE.equals(body.get("stream"));
        SimulatedCall call = calls.begin(in, Provider.OLLAMA, model instanceof String ? (String) model : null,
                streaming);
        Behavior b = call.behavior();
        if (b.isError()) {
            call.addRetryAfter();
            String message = b.errorMessage() != null ? b.errorMessage() : "simulated error (HTTP " + b.status() + ")";
            call.sendJson(b.status(), Json.object("error", message));
            return;
        }
        call.responseId("");
        if (!streaming) {
            call.sendJson(200, finalMessage(call, b.text(), true));
            return;
        }
        NdjsonWriter out = new NdjsonWriter(call.openStream(NdjsonWriter.CONTENT_TYPE));
        List<String> pieces = TextChunks.split(b.toolCall() != null ? "" : b.text(), b.streamChunks());
        for (String piece : pieces) {
            out.line(Json.object("model", call.responseModel(), "created_at", Instant.now().toString(),
                    "message", Json.object("role", "assistant", "content", piece), "done", false));
        }
        out.line(finalMessage(call, "", b.toolCall() != null));
        out.close();
    }

    private static Map<String, Object> finalMessage(SimulatedCall call, String content, boolean withToolCall) {
        Behavior b = call.behavior();
        Map<String, Object> message = Json.object("role", "assistant", "content", b.toolCall() != null ? "" : content);
        if (withToolCall && b.toolCall() != null) {
            message.put("tool_calls", Json.array(Json.object("function", Json.object(
                    "name", b.toolCall().name(), "arguments", b.toolCall().arguments()))));
        }
        long nanosPerChunk = b.chunkDelay().toNanos();
        Map<String, Object> response = Json.object("model", call.responseModel(),
                "created_at", Instant.now().toString(), "message", message, "done_reason", "stop", "done", true,
                "total_duration", b.firstByteLatency().toNanos() + nanosPerChunk * b.streamChunks(),
                "load_duration", 0L);
        TokenUsage u = b.usage();
        if (u.isPresent() && u.input() != null) {
            response.put("prompt_eval_count", u.input());
            response.put("prompt_eval_duration", b.firstByteLatency().toNanos());
        }
        if (u.isPresent() && u.output() != null) {
            response.put("eval_count", u.output());
            response.put("eval_duration", nanosPerChunk * b.streamChunks());
        }
        return response;
    }
}
