package io.strandwatch.simulator;

/** What a behavior function sees of a request: enough to choose an answer, nothing of the prompt. */
public final class SimulatedRequest {

    private final Provider provider;
    private final String path;
    private final String model;
    private final boolean streaming;

    public SimulatedRequest(Provider provider, String path, String model, boolean streaming) {
        this.provider = provider;
        this.path = path;
        this.model = model;
        this.streaming = streaming;
    }

    public Provider provider() {
        return provider;
    }

    /** The raw request path, without the query string. */
    public String path() {
        return path;
    }

    /** The requested model (Bedrock: the decoded model id; Azure: the deployment name); null if none was given. */
    public String model() {
        return model;
    }

    public boolean streaming() {
        return streaming;
    }

    @Override
    public String toString() {
        return provider + " " + path + " model=" + model + (streaming ? " streaming" : "");
    }
}
