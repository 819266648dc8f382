package io.strandwatch.agent.instrumentation.ollama;

import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isBridge;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.returns;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.strandwatch.agent.instrumentation.LibraryInstrumentation;
import io.strandwatch.agent.instrumentation.ResponseReaders;
import io.strandwatch.agent.instrumentation.VersionGuard;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * ollama4j ({@code io.github.ollama4j:ollama4j}, tested with 1.1.6): Ollama's chat API, blocking and streamed.
 *
 * <p>Hooked: {@code OllamaChatEndpointCaller#callSync(OllamaChatRequest)}. Every chat request goes through it, once:
 * {@code Ollama#chat(request, handler)} creates one caller and calls {@code callSync} (without a token handler) or
 * {@code call(request, handler)}, which only stores the handler and calls {@code callSync}; each turn of
 * {@code chat}'s tool-calling loop is another {@code callSync} on the same caller, and {@code Ollama#generate} with
 * tools and {@code Agent} go through {@code chat}. {@code callSync} sends one {@code POST /api/chat} and reads the
 * whole answer before it returns, even a stream (NDJSON, read on the caller's thread, each line handed to the
 * token handler): the call starts and ends in it. Its result holds the final line, with
 * {@code prompt_eval_count} and {@code eval_count}. Why not {@code Ollama#chat}: it loops over tool calls, so it
 * would count several HTTP requests as one; why not {@code call}: blocking chats skip it.
 *
 * <p>Two private-API helpers of the same class see what {@code callSync} keeps in local variables: each line goes
 * through {@code parseResponseAndAddToBuffer} (the first one is the stream's first chunk) and, before that,
 * {@code handleErrorStatus} with the HTTP status (the {@code OllamaException} thrown for an error status has no
 * status). Whether the call is a stream is the request's {@code isStream()}, which {@code chat} sets when given a
 * handler ({@link RequestStreaming}). The caller is made and used on one thread by {@code chat}; the advice finds
 * the call by the caller object. A version lacking any of these methods is not instrumented at all
 * ({@link VersionGuard}).
 */
public final class OllamaInstrumentation implements LibraryInstrumentation {

  static final String PACKAGE = "io.github.ollama4j.";
  static final String CALLER = PACKAGE + "models.request.OllamaChatEndpointCaller";
  static final String CHAT_REQUEST = PACKAGE + "models.chat.OllamaChatRequest";
  static final String CHAT_RESULT = PACKAGE + "models.chat.OllamaChatResult";

  @Override
  public String name() {
    return "ollama4j";
  }

  @Override
  public String packagePrefix() {
    return "io/github/ollama4j/";
  }

  @Override
  public AgentBuilder install(AgentBuilder builder, ClassLoader agentLoader) {
    register();
    ElementMatcher.Junction<MethodDescription> callSync = named("callSync").and(not(isBridge()))
        .and(takesArguments(1)).and(takesArgument(0, named(CHAT_REQUEST))).and(returns(named(CHAT_RESULT)));
    ElementMatcher.Junction<MethodDescription> parsed = named("parseResponseAndAddToBuffer").and(not(isAbstract()))
        .and(not(isBridge())).and(takesArguments(3)).and(takesArgument(0, String.class))
        .and(takesArgument(1, StringBuilder.class)).and(takesArgument(2, StringBuilder.class));
    ElementMatcher.Junction<MethodDescription> status = named("handleErrorStatus").and(takesArguments(3))
        .and(takesArgument(0, int.class)).and(takesArgument(1, String.class))
        .and(takesArgument(2, StringBuilder.class));
    VersionGuard guard = VersionGuard.of(name())
        .requireMethods(CALLER, callSync, parsed, status)
        .require(CHAT_REQUEST, "a public boolean isStream()", t -> RequestStreamingMapping.isStream(t) != null);
    return builder
        .type(guard.type(CALLER))
        .transform(new AgentBuilder.Transformer.ForAdvice(
                Advice.withCustomMapping().bind(new RequestStreamingMapping()))
            .include(agentLoader)
            .advice(callSync, ChatCallAdvice.class.getName())
            .advice(parsed, ResponseLineAdvice.Parsed.class.getName())
            .advice(status, ResponseLineAdvice.Status.class.getName()));
  }

  static void register() {
    ResponseReaders.register(ChatRequestReader.KEY, new ChatRequestReader());
    ResponseReaders.register(ServerReader.KEY, new ServerReader());
    ResponseReaders.register(ChatResultReader.KEY, new ChatResultReader());
    ResponseReaders.register(StatusReader.KEY, new StatusReader());
  }
}
