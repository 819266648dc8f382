package io.strandwatch.it.openai.app;

import com.openai.client.OpenAIClient;
import com.openai.client.OpenAIClientAsync;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.azure.AzureOpenAIServiceVersion;
import com.openai.azure.AzureUrlPathMode;
import com.openai.azure.credential.AzureApiKeyCredential;
import com.openai.client.okhttp.OpenAIOkHttpClientAsync;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The application the OpenAI integration tests run under the agent: every strand once, against the simulator whose
 * base URL is the first argument. The test decides each model's behavior; this side only makes the calls.
 */
public final class OpenAiApp {

  private OpenAiApp() {}

  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    OpenAIClient client = OpenAIOkHttpClient.builder().baseUrl(baseUrl).apiKey(Secrets.API_KEY).maxRetries(0)
        .build();
    OpenAIClientAsync async = OpenAIOkHttpClientAsync.builder().baseUrl(baseUrl).apiKey(Secrets.API_KEY)
        .maxRetries(0).build();
    // Azure OpenAI through the same SDK: deployment paths under the simulator's root, an api-key header. LEGACY is
    // what AUTO picks for an *.openai.azure.com host; a test cannot use that host, so the mode is explicit.
    OpenAIClient azure = OpenAIOkHttpClient.builder().baseUrl(baseUrl.substring(0, baseUrl.length() - "/v1".length()))
        .credential(AzureApiKeyCredential.create(Secrets.API_KEY)).azureUrlPathMode(AzureUrlPathMode.LEGACY)
        .azureServiceVersion(AzureOpenAIServiceVersion.latestStableVersion()).maxRetries(0).build();
    // Gives up after 300 ms; the simulator answers "gpt-slow" after 3 s.
    OpenAIClient impatient = OpenAIOkHttpClient.builder().baseUrl(baseUrl).apiKey(Secrets.API_KEY).maxRetries(0)
        .timeout(Duration.ofMillis(300)).build();
    ExecutorService consumers = Executors.newSingleThreadExecutor();
    try {
      OpenAiStrands strands = new OpenAiStrands(client, async, consumers);
      strands.chatTwice();
      strands.chatAsync().get(30, TimeUnit.SECONDS);
      strands.streamReadElsewhere();
      strands.streamWithoutUsage();
      strands.asyncStream().get(30, TimeUnit.SECONDS);
      strands.responses();
      strands.responsesStream();
      strands.responsesAsync().get(30, TimeUnit.SECONDS);
      strands.responsesAsyncStream();
      strands.embeddings();
      strands.azure(azure);
      strands.timedOut(impatient);
      strands.errors();
      strands.partialUsage();
      strands.absentUsage();
      strands.outer();
      strands.abandonStream();
      awaitCollection();
      strands.afterCollection().get(30, TimeUnit.SECONDS);
    } finally {
      consumers.shutdownNow();
      client.close();
      azure.close();
      impatient.close();
      async.close();
    }
    System.out.println("openai scenarios done");
  }

  /** Gives the garbage collector a chance to clear the dropped stream. */
  private static void awaitCollection() throws InterruptedException {
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(50);
    }
  }
}
