package io.strandwatch.simulator;

import java.util.ArrayList;
import java.util.List;

final class TextChunks {

    private TextChunks() {
    }

    /** Splits text into exactly {@code n} consecutive pieces that concatenate back to it (some may be empty). */
    static List<String> split(String text, int n) {
        List<String> pieces = new ArrayList<>(n);
        int length = text.length();
        for (int i = 0; i < n; i++) {
            pieces.add(text.substring(length * i / n, length * (i + 1) / n));
        }
        return pieces;
    }
}
