package io.strandwatch.simulator;

import java.time.Duration;

final class Pause {

    private Pause() {
    }

    static void sleep(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionCut();
        }
    }
}
