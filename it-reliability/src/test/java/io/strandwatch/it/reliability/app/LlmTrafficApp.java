package io.strandwatch.it.reliability.app;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Calls every strand of {@link LlmStrands} once against the simulator (args: OpenAI and Anthropic base URLs), prints
 * {@code ok <strand>} for each call that returned normally, then the listening sockets the process holds.
 */
public final class LlmTrafficApp {

  private LlmTrafficApp() {}

  public static void main(String[] args) throws Exception {
    OpenAIClient openai = OpenAIOkHttpClient.builder().baseUrl(args[0]).apiKey(Canaries.API_KEY).maxRetries(0)
        .build();
    AnthropicClient anthropic = AnthropicOkHttpClient.builder().baseUrl(args[1]).apiKey(Canaries.API_KEY)
        .maxRetries(0).build();
    LlmStrands strands = new LlmStrands(openai, anthropic);
    for (Method m : LlmStrands.class.getDeclaredMethods()) {
      if (m.isAnnotationPresent(io.strandwatch.annotations.TrackedStrand.class)) {
        m.invoke(strands);
        System.out.println("ok " + m.getAnnotation(io.strandwatch.annotations.TrackedStrand.class).value());
      }
    }
    // Past two snapshot intervals (interval=1s): the exporters are running when the sockets are listed.
    Thread.sleep(2_500);
    int agent = ListeningSockets.count();
    int control;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      control = ListeningSockets.count();
    }
    System.out.println("LISTENING agent=" + agent + " control=" + control);
    openai.close();
    anthropic.close();
  }
}
