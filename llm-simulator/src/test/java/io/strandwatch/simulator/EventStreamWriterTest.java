package io.strandwatch.simulator;

import org.junit.jupiter.api.Test;
import software.amazon.eventstream.Message;
import software.amazon.eventstream.MessageDecoder;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hand-written framing against AWS's own decoder, which checks both CRCs. */
class EventStreamWriterTest {

    @Test
    void awsDecoderReadsTheHeadersAndPayload() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(":event-type", "contentBlockDelta");
        headers.put(":content-type", "application/json");
        headers.put(":message-type", "event");
        byte[] payload = "{\"contentBlockIndex\":0,\"delta\":{\"text\":\"héllo\"}}".getBytes(StandardCharsets.UTF_8);
        byte[] frame = EventStreamWriter.encode(headers, payload);

        List<Message> decoded = new ArrayList<>();
        MessageDecoder decoder = new MessageDecoder(decoded::add);
        // Fed in two pieces, as a network would.
        decoder.feed(ByteBuffer.wrap(frame, 0, 7));
        decoder.feed(ByteBuffer.wrap(frame, 7, frame.length - 7));

        assertEquals(1, decoded.size());
        Message message = decoded.get(0);
        assertEquals("contentBlockDelta", message.getHeaders().get(":event-type").getString());
        assertEquals("event", message.getHeaders().get(":message-type").getString());
        assertEquals(new String(payload, StandardCharsets.UTF_8),
                new String(message.getPayload(), StandardCharsets.UTF_8));
    }
}
