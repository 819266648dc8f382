package io.strandwatch.it.reliability.app;

import java.util.List;

/** Secret values the application handles; none may appear in anything the agent writes or exports. */
public final class Canaries {

  public static final String API_KEY = "sk-canary-APIKEY-5e1d0c7b";
  public static final String PROMPT = "CANARY-PROMPT-3a1f9e";
  public static final String COMPLETION = "CANARY-COMPLETION-77b2c4";
  public static final String TOOL_ARGUMENT = "CANARY-TOOLARG-91c4aa";
  public static final String OTLP_HEADER = "CANARY-OTLPHEADER-d2e85b";

  public static final List<String> ALL = List.of(API_KEY, PROMPT, COMPLETION, TOOL_ARGUMENT, OTLP_HEADER);

  private Canaries() {}
}
