package io.strandwatch.simulator;

import java.util.ArrayList;
import java.util.List;

/** Thread-safe, append-only (until cleared) log of answered requests, in the order their status was sent. */
final class RequestLog {

    private final List<RecordedRequest> entries = new ArrayList<>();

    synchronized void add(RecordedRequest entry) {
        entries.add(entry);
    }

    synchronized List<RecordedRequest> snapshot() {
        return List.copyOf(entries);
    }

    synchronized void clear() {
        entries.clear();
    }
}
