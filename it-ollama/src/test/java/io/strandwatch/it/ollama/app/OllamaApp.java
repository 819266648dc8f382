package io.strandwatch.it.ollama.app;

import io.github.ollama4j.Ollama;

/**
 * The application the Ollama tests fork: the real ollama4j client pointed at the simulator (first argument), calls
 * made inside the strands of {@link OllamaStrands}. A second client gives up after one second.
 */
public final class OllamaApp {

  private OllamaApp() {}

  public static void main(String[] args) throws Exception {
    Ollama client = new Ollama(args[0]);
    Ollama impatient = new Ollama(args[0]);
    impatient.setRequestTimeoutSeconds(1);
    OllamaStrands strands = new OllamaStrands(client, impatient);
    // First: the simulator's one queued behavior (the tool call) is for this strand's first request.
    strands.toolCallingLoop();
    strands.chat();
    strands.stream();
    strands.failures();
    strands.noUsage();
    strands.timeout();
    strands.cutStream();
    System.out.println("ollama app done");
  }
}
