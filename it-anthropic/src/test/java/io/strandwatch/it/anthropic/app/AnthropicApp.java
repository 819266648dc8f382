package io.strandwatch.it.anthropic.app;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.AnthropicClientAsync;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClientAsync;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The application the Anthropic integration tests run under the agent: every strand once, against the simulator
 * whose base URL is the first argument. The test decides each model's behavior; this side only makes the calls.
 */
public final class AnthropicApp {

  private AnthropicApp() {}

  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    AnthropicClient client = AnthropicOkHttpClient.builder().baseUrl(baseUrl).apiKey(Secrets.API_KEY)
        .maxRetries(0).build();
    AnthropicClientAsync async = AnthropicOkHttpClientAsync.builder().baseUrl(baseUrl).apiKey(Secrets.API_KEY)
        .maxRetries(0).build();
    ExecutorService consumers = Executors.newSingleThreadExecutor();
    try {
      AnthropicStrands strands = new AnthropicStrands(client, async, consumers);
      strands.messagesTwice();
      strands.messageAsync().get(30, TimeUnit.SECONDS);
      strands.streamReadElsewhere();
      strands.asyncStream().get(30, TimeUnit.SECONDS);
      strands.beta();
      strands.betaStream();
      strands.errors();
      strands.truncatedStream();
      strands.partialUsage();
      strands.outer();
      strands.abandonStream();
      for (int i = 0; i < 5; i++) {
        System.gc();
        Thread.sleep(50);
      }
      strands.afterCollection().get(30, TimeUnit.SECONDS);
    } finally {
      consumers.shutdownNow();
      client.close();
      async.close();
    }
    System.out.println("anthropic scenarios done");
  }
}
