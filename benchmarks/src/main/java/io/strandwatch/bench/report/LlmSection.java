package io.strandwatch.bench.report;

import java.io.IOException;

/** One OpenAI SDK chat call against the local simulator, per agent. */
final class LlmSection {

  private final Measurements measurements;

  LlmSection(Measurements measurements) {
    this.measurements = measurements;
  }

  String render() throws IOException {
    Markdown table = new Markdown("configuration", "µs/call", "± (99.9 %)", "over no agent, µs", "× no agent",
        "B/call", "over no agent, B");
    JmhCsv.Score none = measurements.llm("none").find("chatCompletion", "");
    JmhCsv.Score noneBytes = measurements.llm("none").find("chatCompletion", PerCall.ALLOCATION);
    for (String[] config : Measurements.LLM_CONFIGS) {
      JmhCsv csv = measurements.llm(config[0]);
      JmhCsv.Score time = csv.find("chatCompletion", "");
      JmhCsv.Score bytes = csv.find("chatCompletion", PerCall.ALLOCATION);
      if (time == null || none == null) {
        table.row(config[1], "not run", "", "", "", "", "");
        continue;
      }
      boolean baseline = config[0].equals("none");
      table.row(config[1], JmhCsv.format(time.value), JmhCsv.format(time.error),
          baseline ? "" : JmhCsv.format(time.value - none.value), JmhCsv.format(time.value / none.value),
          bytes == null ? "n/a" : JmhCsv.format(bytes.value),
          baseline || bytes == null || noneBytes == null ? "" : JmhCsv.format(bytes.value - noneBytes.value));
    }
    return table.render();
  }
}
