package io.strandwatch.agent.instrumentation.googlegenai;

import static net.bytebuddy.matcher.ElementMatchers.declaresField;
import static net.bytebuddy.matcher.ElementMatchers.isBridge;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.strandwatch.agent.instrumentation.FutureCompletion;
import io.strandwatch.agent.instrumentation.LibraryInstrumentation;
import io.strandwatch.agent.instrumentation.ResponseReaders;
import io.strandwatch.agent.instrumentation.ResultWrappers;
import io.strandwatch.agent.instrumentation.VersionGuard;
import java.util.List;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Google Gen AI ({@code com.google.genai:google-genai}): the package-private methods behind every public
 * {@code generateContent*} overload of {@code Models} and {@code AsyncModels} (one HTTP request each), and the
 * {@code ResponseStream} iterator through which streamed chunks reach the application, on any thread.
 */
public final class GoogleGenAiInstrumentation implements LibraryInstrumentation {

  static final String PACKAGE = "com.google.genai.";
  static final String MODELS = PACKAGE + "Models";
  static final String ASYNC_MODELS = PACKAGE + "AsyncModels";
  static final String RESPONSE_STREAM = PACKAGE + "ResponseStream";
  static final String STREAM_ITERATOR = RESPONSE_STREAM + "$ResponseStreamIterator";

  @Override
  public String name() {
    return "google-genai";
  }

  @Override
  public String packagePrefix() {
    return "com/google/genai/";
  }

  @Override
  public AgentBuilder install(AgentBuilder builder, ClassLoader agentLoader) {
    register();
    ElementMatcher.Junction<MethodDescription> generate = generateMethod("privateGenerateContent");
    ElementMatcher.Junction<MethodDescription> stream = generateMethod("privateGenerateContentStream");
    ElementMatcher.Junction<MethodDescription> close = named("close").and(takesArguments(0));
    ElementMatcher.Junction<MethodDescription> next = named("next").and(takesArguments(0)).and(not(isBridge()));
    ElementMatcher.Junction<MethodDescription> hasNext = named("hasNext").and(takesArguments(0));
    VersionGuard guard = VersionGuard.of(name())
        .requireMethods(MODELS, generate, stream).require(MODELS, "a field apiClient", declaresField(named("apiClient")))
        .requireMethods(ASYNC_MODELS, generate, stream)
        .require(ASYNC_MODELS, "a field apiClient", declaresField(named("apiClient")))
        .requireMethods(RESPONSE_STREAM, close)
        .require(RESPONSE_STREAM, "a field iterator", declaresField(named("iterator")))
        .requireMethods(STREAM_ITERATOR, next, hasNext);
    return builder
        .type(guard.type(MODELS))
        .transform(advice(agentLoader)
            .advice(generate, GeminiCallAdvice.class.getName())
            .advice(stream, GeminiStreamAdvice.class.getName()))
        .type(guard.type(ASYNC_MODELS))
        .transform(advice(agentLoader)
            .advice(generate, GeminiAsyncAdvice.class.getName())
            .advice(stream, GeminiAsyncStreamAdvice.class.getName()))
        .type(guard.type(RESPONSE_STREAM))
        .transform(advice(agentLoader).advice(close, StreamCloseAdvice.class.getName()))
        .type(guard.type(STREAM_ITERATOR))
        .transform(advice(agentLoader)
            .advice(next, StreamIteratorAdvice.Next.class.getName())
            .advice(hasNext, StreamIteratorAdvice.HasNext.class.getName()));
  }

  static void register() {
    ResponseReaders.register(GeminiClientReader.KEY, new GeminiClientReader());
    ResponseReaders.register(GeminiResponseReader.RESPONSE, new GeminiResponseReader(false));
    ResponseReaders.register(GeminiResponseReader.CHUNK, new GeminiResponseReader(true));
    ResponseReaders.register(StreamBinder.KEY, new StreamBinder());
    ResultWrappers.register(GeminiResponseReader.RESPONSE, FutureCompletion.readingThenEnding(GeminiResponseReader.RESPONSE));
    ResultWrappers.register(StreamBinder.KEY, FutureCompletion.readingOnly(StreamBinder.KEY));
  }

  private static AgentBuilder.Transformer.ForAdvice advice(ClassLoader agentLoader) {
    return new AgentBuilder.Transformer.ForAdvice().include(agentLoader);
  }

  /** {@code (String model, List<Content> contents, GenerateContentConfig config)}, the shape the SDK has used throughout 1.x. */
  private static ElementMatcher.Junction<MethodDescription> generateMethod(String name) {
    return named(name).and(not(isBridge())).and(takesArguments(3)).and(takesArgument(0, String.class))
        .and(takesArgument(1, List.class)).and(takesArgument(2, named(PACKAGE + "types.GenerateContentConfig")));
  }
}
