package io.strandwatch.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * How the simulator answers one request. Immutable; build with {@link #builder()} or derive with
 * {@link #toBuilder()}.
 *
 * <p>Token counts are given in StrandWatch's normalized convention and translated to each provider's wire
 * convention: see {@link TokenUsage}. They are reported exactly as given, so tests can assert exact sums.
 */
public final class Behavior {

    /** Usage reported when a behavior does not set any. */
    public static final TokenUsage DEFAULT_USAGE = TokenUsage.of(100, 20);
    public static final String DEFAULT_TEXT = "Hello from the StrandWatch LLM simulator.";

    private static final Behavior DEFAULTS = new Builder().build();

    private final TokenUsage usage;
    private final String text;
    private final String responseModel;
    private final String snapshotDate;
    private final String responseId;
    private final Duration firstByteLatency;
    private final Duration chunkDelay;
    private final int streamChunks;
    private final int status;
    private final Duration retryAfter;
    private final String errorMessage;
    private final Integer truncateAfterEvents;
    private final boolean malformedBody;
    private final ToolCall toolCall;
    private final int embeddingDimensions;
    private final String rawFields;

    private Behavior(Builder b) {
        this.usage = b.usage;
        this.text = b.text;
        this.responseModel = b.responseModel;
        this.snapshotDate = b.snapshotDate;
        this.responseId = b.responseId;
        this.firstByteLatency = b.firstByteLatency;
        this.chunkDelay = b.chunkDelay;
        this.streamChunks = b.streamChunks;
        this.status = b.status;
        this.retryAfter = b.retryAfter;
        this.errorMessage = b.errorMessage;
        this.truncateAfterEvents = b.truncateAfterEvents;
        this.malformedBody = b.malformedBody;
        this.toolCall = b.toolCall;
        this.embeddingDimensions = b.embeddingDimensions;
        this.rawFields = b.rawFields;
    }

    /** A successful text answer with {@link #DEFAULT_USAGE}, no latency, 3 stream chunks. */
    public static Behavior defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A successful answer reporting these tokens (normalized convention). */
    public static Behavior withUsage(TokenUsage usage) {
        return builder().usage(usage).build();
    }

    /** An error answer with the provider's own error body for this status. */
    public static Behavior error(int status) {
        return builder().status(status).build();
    }

    /** HTTP 429 with the provider's rate-limit body and a {@code retry-after} header. */
    public static Behavior rateLimited(Duration retryAfter) {
        return builder().status(429).retryAfter(retryAfter).build();
    }

    /** HTTP 529, Anthropic's "overloaded_error". */
    public static Behavior overloaded() {
        return builder().status(529).build();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public TokenUsage usage() {
        return usage;
    }

    public String text() {
        return text;
    }

    /** The model id the response names: the configured one, else the requested one, plus a snapshot date if set. */
    public String responseModel(String requestedModel) {
        if (responseModel != null) {
            return responseModel;
        }
        String base = requestedModel == null ? "simulated-model" : requestedModel;
        return snapshotDate == null ? base : base + "-" + snapshotDate;
    }

    /** A fixed response id, or null for a fresh provider-style id per response. */
    public String responseId() {
        return responseId;
    }

    public Duration firstByteLatency() {
        return firstByteLatency;
    }

    public Duration chunkDelay() {
        return chunkDelay;
    }

    public int streamChunks() {
        return streamChunks;
    }

    public int status() {
        return status;
    }

    public boolean isError() {
        return status >= 400;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public String errorMessage() {
        return errorMessage;
    }

    /** Null when the response is complete; otherwise how many stream events are sent before the connection is cut. */
    public Integer truncateAfterEvents() {
        return truncateAfterEvents;
    }

    public boolean malformedBody() {
        return malformedBody;
    }

    /** Null for a text answer; otherwise the tool (function) call the model asks for. */
    public ToolCall toolCall() {
        return toolCall;
    }

    public int embeddingDimensions() {
        return embeddingDimensions;
    }

    /** Null, or a JSON object whose fields replace the top-level fields of a successful non-streamed answer. */
    public String rawFields() {
        return rawFields;
    }

    @Override
    public String toString() {
        return "Behavior[status=" + status + ", usage=" + usage + ", model=" + responseModel + ", snapshot="
                + snapshotDate + ", chunks=" + streamChunks + ", truncateAfter=" + truncateAfterEvents
                + ", malformed=" + malformedBody + ", toolCall=" + toolCall + "]";
    }

    /** A function call the simulated model asks the client to make. */
    public static final class ToolCall {
        private final String name;
        private final String argumentsJson;

        /**
         * @param argumentsJson a JSON object, e.g. {@code {"city":"Paris"}}; checked here so a typo fails the
         *                      test that wrote it, not the SDK that parses the answer
         */
        public ToolCall(String name, String argumentsJson) {
            this.name = Objects.requireNonNull(name, "name");
            if (!(Json.parse(argumentsJson) instanceof java.util.Map)) {
                throw new IllegalArgumentException("tool call arguments must be a JSON object: " + argumentsJson);
            }
            this.argumentsJson = argumentsJson;
        }

        public String name() {
            return name;
        }

        public String argumentsJson() {
            return argumentsJson;
        }

        @SuppressWarnings("unchecked")
        public java.util.Map<String, Object> arguments() {
            return (java.util.Map<String, Object>) Json.parse(argumentsJson);
        }

        @Override
        public String toString() {
            return name + argumentsJson;
        }
    }

    public static final class Builder {
        private TokenUsage usage = DEFAULT_USAGE;
        private String text = DEFAULT_TEXT;
        private String responseModel;
        private String snapshotDate;
        private String responseId;
        private Duration firstByteLatency = Duration.ZERO;
        private Duration chunkDelay = Duration.ZERO;
        private int streamChunks = 3;
        private int status = 200;
        private Duration retryAfter;
        private String errorMessage;
        private Integer truncateAfterEvents;
        private boolean malformedBody;
        private ToolCall toolCall;
        private int embeddingDimensions = 8;
        private String rawFields;

        private Builder() {
        }

        private Builder(Behavior b) {
            usage = b.usage;
            text = b.text;
            responseModel = b.responseModel;
            snapshotDate = b.snapshotDate;
            responseId = b.responseId;
            firstByteLatency = b.firstByteLatency;
            chunkDelay = b.chunkDelay;
            streamChunks = b.streamChunks;
            status = b.status;
            retryAfter = b.retryAfter;
            errorMessage = b.errorMessage;
            truncateAfterEvents = b.truncateAfterEvents;
            malformedBody = b.malformedBody;
            toolCall = b.toolCall;
            embeddingDimensions = b.embeddingDimensions;
            rawFields = b.rawFields;
        }

        /** Tokens to report, normalized convention; {@link TokenUsage#absent()} leaves usage off the wire. */
        public Builder usage(TokenUsage usage) {
            this.usage = Objects.requireNonNull(usage, "usage");
            return this;
        }

        /** Shorthand for {@code usage(TokenUsage.of(input, output))}. */
        public Builder usage(int input, int output) {
            return usage(TokenUsage.of(input, output));
        }

        public Builder text(String text) {
            this.text = Objects.requireNonNull(text, "text");
            return this;
        }

        /** The model id the response names, instead of the requested one. */
        public Builder responseModel(String model) {
            this.responseModel = model;
            return this;
        }

        /** Answers with a dated snapshot of the requested model: {@code gpt-4o} becomes {@code gpt-4o-2024-08-06}. */
        public Builder snapshotDate(String date) {
            this.snapshotDate = date;
            return this;
        }

        /** A fixed response id ({@code chatcmpl-…}, {@code resp_…}, {@code msg_…}); by default each is fresh. */
        public Builder responseId(String id) {
            this.responseId = id;
            return this;
        }

        /** Wait this long before sending anything (time to first byte). */
        public Builder firstByteLatency(Duration latency) {
            this.firstByteLatency = requireNonNegative(latency);
            return this;
        }

        /** Wait this long between stream events. */
        public Builder chunkDelay(Duration delay) {
            this.chunkDelay = requireNonNegative(delay);
            return this;
        }

        /** How many pieces the text (or tool arguments) is streamed in; at least 1. */
        public Builder streamChunks(int chunks) {
            if (chunks < 1) {
                throw new IllegalArgumentException("streamChunks must be at least 1");
            }
            this.streamChunks = chunks;
            return this;
        }

        /** 200, or an error status from 400 to 599 answered with the provider's own error body. */
        public Builder status(int status) {
            if (status != 200 && (status < 400 || status > 599)) {
                throw new IllegalArgumentException("status must be 200 or 400-599: " + status);
            }
            this.status = status;
            return this;
        }

        /** Adds a {@code retry-after} header (whole seconds, rounded up) to an error answer. */
        public Builder retryAfter(Duration retryAfter) {
            this.retryAfter = retryAfter == null ? null : requireNonNegative(retryAfter);
            return this;
        }

        public Builder errorMessage(String message) {
            this.errorMessage = message;
            return this;
        }

        /**
         * Cut the connection after this many stream events (0: right after the headers). A non-streaming answer
         * is cut halfway through its body.
         */
        public Builder truncateAfterEvents(int events) {
            if (events < 0) {
                throw new IllegalArgumentException("events must not be negative");
            }
            this.truncateAfterEvents = events;
            return this;
        }

        /** Send a body (or stream event) that is not valid JSON, with status 200. */
        public Builder malformedBody(boolean malformed) {
            this.malformedBody = malformed;
            return this;
        }

        /** Answer with a call of this tool instead of text. */
        public Builder toolCall(String name, String argumentsJson) {
            this.toolCall = new ToolCall(name, argumentsJson);
            return this;
        }

        public Builder noToolCall() {
            this.toolCall = null;
            return this;
        }

        public Builder embeddingDimensions(int dimensions) {
            if (dimensions < 1) {
                throw new IllegalArgumentException("dimensions must be at least 1");
            }
            this.embeddingDimensions = dimensions;
            return this;
        }

        /**
         * Replaces top-level fields of a successful non-streamed answer with the fields of this JSON object, written
         * as given: for wire values {@link TokenUsage} refuses (null, negative, beyond {@code long}) and odd ids,
         * e.g. {@code {"usage": {"prompt_tokens": null}, "id": ""}}.
         */
        public Builder rawFields(String jsonObject) {
            if (jsonObject != null && !(Json.parse(jsonObject) instanceof java.util.Map)) {
                throw new IllegalArgumentException("rawFields must be a JSON object: " + jsonObject);
            }
            this.rawFields = jsonObject;
            return this;
        }

        public Behavior build() {
            return new Behavior(this);
        }

        private static Duration requireNonNegative(Duration d) {
            if (Objects.requireNonNull(d, "duration").isNegative()) {
                throw new IllegalArgumentException("duration must not be negative: " + d);
            }
            return d;
        }
    }
}
