package io.strandwatch.simulator;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * One request being answered: the chosen behavior, the response id, and the only ways a protocol sends an
 * answer, so that every answer is logged with its status exactly once.
 */
final class SimulatedCall {

    private final Incoming incoming;
    private final SimulatedRequest request;
    private final Behavior behavior;
    private final RequestLog log;
    private final Instant receivedAt;
    private String responseId;

    SimulatedCall(Incoming incoming, SimulatedRequest request, Behavior behavior, RequestLog log, Instant receivedAt) {
        this.incoming = incoming;
        this.request = request;
        this.behavior = behavior;
        this.log = log;
        this.receivedAt = receivedAt;
    }

    Incoming incoming() {
        return incoming;
    }

    SimulatedRequest request() {
        return request;
    }

    Behavior behavior() {
        return behavior;
    }

    String responseModel() {
        return behavior.responseModel(request.model());
    }

    /** The behavior's fixed id, else one fresh id with this prefix for the whole answer. */
    String responseId(String prefix) {
        if (responseId == null) {
            responseId = behavior.responseId() != null ? behavior.responseId() : ResponseIds.next(prefix);
        }
        return responseId;
    }

    void header(String name, String value) {
        incoming.exchange().getResponseHeaders().add(name, value);
    }

    /** Adds {@code retry-after} in whole seconds, rounded up, when the behavior sets one. */
    void addRetryAfter() {
        if (behavior.retryAfter() != null) {
            long millis = behavior.retryAfter().toMillis();
            header("retry-after", Long.toString((millis + 999) / 1000));
        }
    }

    /** Sends a JSON body; a successful one is malformed or cut halfway when the behavior says so. */
    @SuppressWarnings("unchecked")
    void sendJson(int status, Object body) throws IOException {
        if (status < 400 && behavior.rawFields() != null && body instanceof java.util.Map) {
            ((java.util.Map<String, Object>) body).putAll((java.util.Map<String, Object>) Json.parse(behavior.rawFields()));
        }
        sendBytes(status, "application/json", Json.write(body).getBytes(StandardCharsets.UTF_8));
    }

    void sendBytes(int status, String contentType, byte[] body) throws IOException {
        HttpExchange exchange = incoming.exchange();
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean success = status < 400;
        byte[] toSend = success && behavior.malformedBody() ? Arrays.copyOf(body, body.length / 2) : body;
        boolean cut = success && behavior.truncateAfterEvents() != null;
        sendHeaders(status, toSend.length == 0 ? -1 : toSend.length);
        OutputStream out = exchange.getResponseBody();
        if (cut) {
            out.write(toSend, 0, toSend.length / 2);
            out.flush();
            throw new ConnectionCut();
        }
        out.write(toSend);
        out.close();
    }

    /** Sends 200 with a chunked body; the caller frames events and closes the sink at the end. */
    StreamSink openStream(String contentType) throws IOException {
        HttpExchange exchange = incoming.exchange();
        exchange.getResponseHeaders().set("Content-Type", contentType);
        sendHeaders(200, 0);
        return new StreamSink(exchange.getResponseBody(), behavior);
    }

    private void sendHeaders(int status, long length) throws IOException {
        // Logged before the first byte leaves, so a client that has its answer always finds it in the log.
        log.add(new RecordedRequest(request, status, receivedAt, status < 400 ? responseId : null));
        incoming.exchange().sendResponseHeaders(status, length);
    }
}
