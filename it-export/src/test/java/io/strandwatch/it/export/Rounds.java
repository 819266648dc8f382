package io.strandwatch.it.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The per-round lines of ExportApp's throughput scenario: executions and heap after a full GC. */
final class Rounds {

  private static final Pattern LINE = Pattern.compile("round (\\d+) executions (\\d+) heap (\\d+)");

  final List<Long> executions = new ArrayList<>();
  final List<Long> heap = new ArrayList<>();

  static Rounds parse(String stdout) {
    Rounds rounds = new Rounds();
    Matcher m = LINE.matcher(stdout);
    while (m.find()) {
      rounds.executions.add(Long.parseLong(m.group(2)));
      rounds.heap.add(Long.parseLong(m.group(3)));
    }
    return rounds;
  }

  /** Executions in rounds {@code fromRound} (inclusive) to {@code toRoundExclusive}. */
  long executions(int fromRound, int toRoundExclusive) {
    return executions.subList(fromRound, toRoundExclusive).stream().mapToLong(Long::longValue).sum();
  }

  long maxHeap(int fromRound, int toRoundExclusive) {
    return heap.subList(fromRound, toRoundExclusive).stream().mapToLong(Long::longValue).max().orElse(0);
  }

  /** Milliseconds the JVM took to exit after main printed its last line. */
  static long exitMillis(String stdout, long exitedAtMillis) {
    Matcher m = Pattern.compile("main done at (\\d+)").matcher(stdout);
    if (!m.find()) {
      throw new AssertionError("main did not finish:\n" + stdout);
    }
    return exitedAtMillis - Long.parseLong(m.group(1));
  }
}
