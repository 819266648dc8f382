package io.strandwatch.bench.report;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Prints the comparison tables (Markdown) of one scripts/bench.sh run. Usage: {@code ResultTable <results-dir>}.
 * Missing result files show as "not run", so a partial run still reports what it has.
 */
public final class ResultTable {

  private ResultTable() {}

  public static void main(String[] args) throws Exception {
    Path dir = Paths.get(args[0]);
    Measurements measurements = new Measurements(dir);
    PerCall perCall = new PerCall(measurements);
    ReferenceSection reference = new ReferenceSection(measurements);
    MemorySection memory = new MemorySection(measurements);
    SnapshotSection snapshot = new SnapshotSection(measurements);
    StringBuilder out = new StringBuilder();
    out.append("## Goals\n\n")
        .append(new TargetsSection(measurements, perCall, reference, memory, snapshot).render())
        .append("\n## Per-call overhead of a tracked strand\n")
        .append(new PerCallSection(perCall).render())
        .append("\n## Reference costs of the JDK readings\n\n").append(reference.render())
        .append("\n## LLM call (openai-java chat completion, local simulator)\n\n")
        .append(new LlmSection(measurements).render())
        .append("\n## Start-up of a hello-world\n\n").append(new StartupSection(measurements).render())
        .append("\n## Retained heap\n\n").append(memory.render())
        .append("\n## Snapshot (export) cost\n\n").append(snapshot.render());
    System.out.print(out);
  }
}
