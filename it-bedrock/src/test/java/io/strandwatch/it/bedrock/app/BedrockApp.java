package io.strandwatch.it.bedrock.app;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.Protocol;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeAsyncClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

/**
 * The application the Bedrock tests fork: real SDK clients pointed at the simulator (first argument), calls made
 * inside the strands of {@link BedrockStrands}. Retries are off so each simulated failure is one call.
 */
public final class BedrockApp {

  /** Credentials that must never show up in the report or the agent's output. */
  public static final String ACCESS_KEY = "AKIDCANARY4B7Q";
  public static final String SECRET_KEY = "secret-canary-9f3e1d";

  private BedrockApp() {}

  public static void main(String[] args) throws Exception {
    URI endpoint = URI.create(args[0]);
    StaticCredentialsProvider credentials =
        StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
    try (BedrockRuntimeClient sync = BedrockRuntimeClient.builder()
            .endpointOverride(endpoint)
            .region(Region.US_EAST_1)
            .credentialsProvider(credentials)
            .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
            .build();
        BedrockRuntimeAsyncClient async = BedrockRuntimeAsyncClient.builder()
            .endpointOverride(endpoint)
            .region(Region.US_EAST_1)
            .credentialsProvider(credentials)
            // The simulator speaks HTTP/1.1 only; the async client would try HTTP/2 first.
            .httpClientBuilder(NettyNioAsyncHttpClient.builder().protocol(Protocol.HTTP1_1))
            .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
            .build()) {
      BedrockStrands strands = new BedrockStrands(sync, async);
      strands.converseTwice();
      strands.invokeModel();
      strands.asyncCalls();
      strands.streams();
      strands.failures();
      strands.cutStream();
      strands.streamConsumedElsewhere().get(30, TimeUnit.SECONDS);
    }
    System.out.println("bedrock app done");
  }
}
