package io.strandwatch.agent.instrumentation.bedrock;

import static net.bytebuddy.matcher.ElementMatchers.isBridge;
import static net.bytebuddy.matcher.ElementMatchers.isPublic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.strandwatch.agent.instrumentation.FutureCompletion;
import io.strandwatch.agent.instrumentation.LibraryInstrumentation;
import io.strandwatch.agent.instrumentation.ResponseReaders;
import io.strandwatch.agent.instrumentation.ResultWrappers;
import io.strandwatch.agent.instrumentation.VersionGuard;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * AWS SDK v2 Bedrock Runtime ({@code software.amazon.awssdk:bedrockruntime}): the generated client
 * implementations, whose one-argument (sync, async) and two-argument (event stream) methods are what the
 * interfaces' convenience overloads call, so every request is counted once.
 */
public final class BedrockInstrumentation implements LibraryInstrumentation {

  static final String PACKAGE = "software.amazon.awssdk.services.bedrockruntime.";
  static final String SYNC_CLIENT = PACKAGE + "DefaultBedrockRuntimeClient";
  static final String ASYNC_CLIENT = PACKAGE + "DefaultBedrockRuntimeAsyncClient";
  static final String MODEL = PACKAGE + "model.";

  @Override
  public String name() {
    return "bedrock";
  }

  @Override
  public String packagePrefix() {
    return "software/amazon/awssdk/services/bedrockruntime/";
  }

  @Override
  public AgentBuilder install(AgentBuilder builder, ClassLoader agentLoader) {
    register();
    ElementMatcher.Junction<MethodDescription> converse = operation("converse", "ConverseRequest");
    ElementMatcher.Junction<MethodDescription> invokeModel = operation("invokeModel", "InvokeModelRequest");
    ElementMatcher.Junction<MethodDescription> converseStream =
        streamOperation("converseStream", "ConverseStreamRequest", "ConverseStreamResponseHandler");
    ElementMatcher.Junction<MethodDescription> invokeStream = streamOperation("invokeModelWithResponseStream",
        "InvokeModelWithResponseStreamRequest", "InvokeModelWithResponseStreamResponseHandler");
    VersionGuard guard = VersionGuard.of(name())
        .requireMethods(SYNC_CLIENT, converse, invokeModel)
        .requireMethods(ASYNC_CLIENT, converse, invokeModel, converseStream, invokeStream);
    return builder
        .type(guard.type(SYNC_CLIENT))
        .transform(new AgentBuilder.Transformer.ForAdvice()
            .include(agentLoader)
            .advice(converse.or(invokeModel), BedrockCallAdvice.class.getName()))
        .type(guard.type(ASYNC_CLIENT))
        .transform(new AgentBuilder.Transformer.ForAdvice()
            .include(agentLoader)
            .advice(converse.or(invokeModel), BedrockAsyncCallAdvice.class.getName())
            .advice(converseStream.or(invokeStream), BedrockStreamAdvice.class.getName()));
  }

  static void register() {
    ResponseReaders.register(BedrockClientReader.KEY, new BedrockClientReader());
    ResponseReaders.register(BedrockRequestReader.KEY, new BedrockRequestReader());
    ResponseReaders.register(ConverseReader.KEY, new ConverseReader());
    ResponseReaders.register(InvokeModelReader.KEY, new InvokeModelReader());
    ResponseReaders.register(StreamResponseReader.KEY, new StreamResponseReader());
    ResponseReaders.register(ConverseStreamEventReader.KEY, new ConverseStreamEventReader());
    ResponseReaders.register(InvokeStreamChunkReader.KEY, new InvokeStreamChunkReader());
    ResultWrappers.register(ConverseReader.KEY, FutureCompletion.readingThenEnding(ConverseReader.KEY));
    ResultWrappers.register(InvokeModelReader.KEY, FutureCompletion.readingThenEnding(InvokeModelReader.KEY));
    ResultWrappers.register("bedrock.streamFuture", FutureCompletion.readingOnly(null));
    ResultWrappers.register(ConverseStreamEventReader.KEY,
        new EventStreamHandlerWrapper(MODEL + "ConverseStreamResponseHandler", ConverseStreamEventReader.KEY));
    ResultWrappers.register(InvokeStreamChunkReader.KEY, new EventStreamHandlerWrapper(
        MODEL + "InvokeModelWithResponseStreamResponseHandler", InvokeStreamChunkReader.KEY));
  }

  private static ElementMatcher.Junction<MethodDescription> operation(String method, String requestType) {
    return named(method).and(isPublic()).and(not(isBridge())).and(takesArguments(1))
        .and(takesArgument(0, named(MODEL + requestType)));
  }

  private static ElementMatcher.Junction<MethodDescription> streamOperation(String method, String requestType,
      String handlerType) {
    return named(method).and(isPublic()).and(not(isBridge())).and(takesArguments(2))
        .and(takesArgument(0, named(MODEL + requestType))).and(takesArgument(1, named(MODEL + handlerType)));
  }
}
