package io.strandwatch.simulator;

import java.time.Instant;

/** One entry of the request log: what was asked and what status was answered. */
public final class RecordedRequest {

    private final SimulatedRequest request;
    private final int status;
    private final Instant receivedAt;
    private final String responseId;

    RecordedRequest(SimulatedRequest request, int status, Instant receivedAt, String responseId) {
        this.request = request;
        this.status = status;
        this.receivedAt = receivedAt;
        this.responseId = responseId;
    }

    public Provider provider() {
        return request.provider();
    }

    public String path() {
        return request.path();
    }

    public String model() {
        return request.model();
    }

    public boolean streaming() {
        return request.streaming();
    }

    /** The HTTP status sent; 200 also for truncated and malformed answers. */
    public int status() {
        return status;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    /** The provider-style id the answer carried ({@code chatcmpl-…}, {@code msg_…}), or null for errors. */
    public String responseId() {
        return responseId;
    }

    @Override
    public String toString() {
        return request + " -> " + status + (responseId == null ? "" : " " + responseId);
    }
}
