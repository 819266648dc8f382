package io.strandwatch.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Server-sent events framing over a {@link StreamSink}: one {@code event:}/{@code data:} block per event. */
final class SseWriter {

    static final String CONTENT_TYPE = "text/event-stream; charset=utf-8";

    private final StreamSink sink;

    SseWriter(StreamSink sink) {
        this.sink = sink;
    }

    /** An event with a name line, as Anthropic and the OpenAI Responses API send. */
    void event(String name, Object data) throws IOException {
        send("event: " + name + "\n", data);
    }

    /** A data-only event, as OpenAI chat completions and Gemini send. */
    void data(Object data) throws IOException {
        send("", data);
    }

    /** OpenAI's end-of-stream sentinel. */
    void done() throws IOException {
        sink.emit("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
    }

    void close() throws IOException {
        sink.close();
    }

    private void send(String eventLine, Object data) throws IOException {
        String json = sink.malformNext() ? "{\"malformed\": tru" : Json.write(data);
        sink.emit((eventLine + "data: " + json + "\n\n").getBytes(StandardCharsets.UTF_8));
    }
}
