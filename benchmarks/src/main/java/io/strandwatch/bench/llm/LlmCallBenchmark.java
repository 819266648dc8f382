package io.strandwatch.bench.llm;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletion;
import io.strandwatch.simulator.LlmSimulator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One OpenAI SDK chat completion against the local simulator (same JVM, 127.0.0.1, no artificial latency), inside
 * a strand. The simulator shares the CPU with the client, so this is the cost of a call on an idle loopback, the
 * worst case for relative agent overhead: a real provider adds hundreds of milliseconds the agent does not touch.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class LlmCallBenchmark {

  private LlmSimulator simulator;
  private OpenAIClient client;
  private ChatStrand strand;

  @Setup
  public void startSimulator() {
    simulator = LlmSimulator.start();
    client = OpenAIOkHttpClient.builder().baseUrl(simulator.openAiBaseUrl()).apiKey("bench").maxRetries(0).build();
    strand = new ChatStrand(client, "gpt-4o-mini");
  }

  /** The simulator logs every request; dropping the log keeps the heap flat across iterations. */
  @TearDown(Level.Iteration)
  public void forgetRequests() {
    simulator.clearRequests();
  }

  @TearDown
  public void stopSimulator() {
    client.close();
    simulator.close();
  }

  @Benchmark
  public ChatCompletion chatCompletion() {
    return strand.ask();
  }
}
