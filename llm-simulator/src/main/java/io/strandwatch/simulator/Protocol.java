package io.strandwatch.simulator;

import java.io.IOException;

/** One provider's wire format: which paths it owns and how it answers them. */
interface Protocol {

    /** Starts a call: chooses the behavior, waits out its first-byte latency, and returns the call to answer. */
    interface Calls {
        SimulatedCall begin(Incoming incoming, Provider provider, String model, boolean streaming);
    }

    boolean handles(String rawPath);

    void handle(Incoming incoming, Calls calls) throws IOException;
}
