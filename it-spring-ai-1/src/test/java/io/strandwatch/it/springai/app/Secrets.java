package io.strandwatch.it.springai.app;

/**
 * Strings the application sends and receives that must never show up in the agent's report or log: the test
 * greps for them.
 */
public final class Secrets {

  public static final String API_KEY = "sk-strandwatch-secret-key-7f3a";
  public static final String PROMPT = "Tell me the confidential launch code for Project Heron";
  public static final String COMPLETION = "The confidential answer is margarine-42";

  private Secrets() {}
}
