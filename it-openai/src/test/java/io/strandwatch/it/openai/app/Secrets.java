package io.strandwatch.it.openai.app;

/** Text the application sends or receives that must never appear in the agent's report or output. */
public final class Secrets {

  public static final String API_KEY = "sk-strandwatch-test-KEY-7f3a9c21";
  public static final String PROMPT = "PROMPT-TEXT-must-not-be-recorded-4411";
  public static final String COMPLETION = "COMPLETION-TEXT-must-not-be-recorded-8822";

  private Secrets() {}
}
