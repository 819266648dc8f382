package io.strandwatch.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Newline-delimited JSON framing, as Ollama streams: one object per line. */
final class NdjsonWriter {

    static final String CONTENT_TYPE = "application/x-ndjson";

    private final StreamSink sink;

    NdjsonWriter(StreamSink sink) {
        this.sink = sink;
    }

    void line(Object value) throws IOException {
        String json = sink.malformNext() ? "{\"malformed\": tru" : Json.write(value);
        sink.emit((json + "\n").getBytes(StandardCharsets.UTF_8));
    }

    void close() throws IOException {
        sink.close();
    }
}
