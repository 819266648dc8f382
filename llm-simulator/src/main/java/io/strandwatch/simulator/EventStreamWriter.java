package io.strandwatch.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * AWS's binary {@code application/vnd.amazon.eventstream} framing, as Bedrock's streaming operations use it.
 *
 * <p>Each message: total length, headers length and a CRC32 of those 8 bytes; then the headers (here always
 * string-typed); then the payload; then a CRC32 of everything before it. All integers big-endian. Written here
 * rather than with {@code software.amazon.eventstream} so the simulator keeps no runtime dependencies.
 */
final class EventStreamWriter {

    static final String CONTENT_TYPE = "application/vnd.amazon.eventstream";

    private static final byte STRING_HEADER_TYPE = 7;
    private static final int PRELUDE_LENGTH = 12;
    private static final int CRC_LENGTH = 4;

    private final StreamSink sink;

    EventStreamWriter(StreamSink sink) {
        this.sink = sink;
    }

    /** An event of the operation's event stream, e.g. {@code contentBlockDelta} or {@code chunk}. */
    void event(String eventType, Object payload) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(":event-type", eventType);
        headers.put(":content-type", "application/json");
        headers.put(":message-type", "event");
        String json = sink.malformNext() ? "{\"malformed\": tru" : Json.write(payload);
        sink.emit(encode(headers, json.getBytes(StandardCharsets.UTF_8)));
    }

    void close() throws IOException {
        sink.close();
    }

    static byte[] encode(Map<String, String> headers, byte[] payload) {
        byte[] headerBytes = encodeHeaders(headers);
        int total = PRELUDE_LENGTH + headerBytes.length + payload.length + CRC_LENGTH;
        ByteBuffer buffer = ByteBuffer.allocate(total);
        buffer.putInt(total);
        buffer.putInt(headerBytes.length);
        buffer.putInt((int) crc32(buffer.array(), 0, 8));
        buffer.put(headerBytes);
        buffer.put(payload);
        buffer.putInt((int) crc32(buffer.array(), 0, total - CRC_LENGTH));
        return buffer.array();
    }

    private static byte[] encodeHeaders(Map<String, String> headers) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, String> header : headers.entrySet()) {
            byte[] name = header.getKey().getBytes(StandardCharsets.UTF_8);
            byte[] value = header.getValue().getBytes(StandardCharsets.UTF_8);
            if (name.length > 255 || value.length > 65535) {
                throw new IllegalArgumentException("event stream header too long: " + header.getKey());
            }
            out.write(name.length);
            out.write(name, 0, name.length);
            out.write(STRING_HEADER_TYPE);
            out.write(value.length >>> 8);
            out.write(value.length & 0xff);
            out.write(value, 0, value.length);
        }
        return out.toByteArray();
    }

    private static long crc32(byte[] bytes, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, offset, length);
        return crc.getValue();
    }
}
