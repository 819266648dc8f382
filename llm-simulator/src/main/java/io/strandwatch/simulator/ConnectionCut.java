package io.strandwatch.simulator;

/**
 * Thrown out of the HTTP handler to make the JDK server drop the connection without finishing the response,
 * which is how a real truncated stream looks to a client.
 */
final class ConnectionCut extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConnectionCut() {
        super("simulated connection cut", null, false, false);
    }
}
