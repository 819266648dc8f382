package io.strandwatch.simulator;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Sends the events of a streamed answer one at a time, flushing each, pausing between them and cutting the
 * connection where the behavior says so. Framing (SSE, AWS event stream, NDJSON) is the caller's.
 */
final class StreamSink {

    private final OutputStream out;
    private final Behavior behavior;
    private int sent;

    StreamSink(OutputStream out, Behavior behavior) {
        this.out = out;
        this.behavior = behavior;
    }

    void emit(byte[] frame) throws IOException {
        Integer cutAfter = behavior.truncateAfterEvents();
        if (cutAfter != null && sent >= cutAfter) {
            // Half of the next event goes out first: a real cut rarely falls on an event boundary.
            out.write(frame, 0, frame.length / 2);
            out.flush();
            throw new ConnectionCut();
        }
        if (sent > 0) {
            Pause.sleep(behavior.chunkDelay());
        }
        out.write(frame);
        out.flush();
        sent++;
    }

    /** True for the one event a malformed-body behavior corrupts: the second, so the stream has started. */
    boolean malformNext() {
        return behavior.malformedBody() && sent == 1;
    }

    void close() throws IOException {
        out.close();
    }
}
