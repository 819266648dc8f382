package io.strandwatch.it.anthropic.app;

/** Text the application sends or receives that must never appear in the agent's report or output. */
public final class Secrets {

  public static final String API_KEY = "sk-ant-strandwatch-test-KEY-5d1e0b77";
  public static final String PROMPT = "PROMPT-TEXT-must-not-be-recorded-3107";
  public static final String COMPLETION = "COMPLETION-TEXT-must-not-be-recorded-6240";

  private Secrets() {}
}
