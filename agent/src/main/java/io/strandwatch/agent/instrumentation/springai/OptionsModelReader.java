package io.strandwatch.agent.instrumentation.springai;

import io.strandwatch.agent.instrumentation.SdkAccessors;
import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ResponseReader;

/**
 * Reads the requested model from {@code ChatOptions} reached through one accessor of the payload:
 * {@code Prompt#getOptions()} for the prompt, {@code getOptions()} (2.0) or {@code getDefaultOptions()} (1.x)
 * for the model's defaults. A missing model leaves what an earlier read found.
 */
final class OptionsModelReader implements ResponseReader {

  private final String[] optionsAccessors;

  OptionsModelReader(String... optionsAccessors) {
    this.optionsAccessors = optionsAccessors;
  }

  @Override
  public void read(Object source, LlmCallView call) {
    for (String accessor : optionsAccessors) {
      String model = SdkAccessors.string(SdkAccessors.get(source, accessor), "getModel");
      if (model != null) {
        call.request(model, null, -1);
        return;
      }
    }
  }
}
