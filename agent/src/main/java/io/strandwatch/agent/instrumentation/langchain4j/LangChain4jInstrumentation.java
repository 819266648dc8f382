package io.strandwatch.agent.instrumentation.langchain4j;

import static net.bytebuddy.matcher.ElementMatchers.declaresMethod;
import static net.bytebuddy.matcher.ElementMatchers.hasSuperType;
import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isBridge;
import static net.bytebuddy.matcher.ElementMatchers.isInterface;
import static net.bytebuddy.matcher.ElementMatchers.isMethod;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.strandwatch.agent.instrumentation.LibraryInstrumentation;
import io.strandwatch.agent.instrumentation.ResponseReaders;
import io.strandwatch.agent.instrumentation.ResultWrappers;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * LangChain4j 1.x chat models, every provider at once: the public {@code doChat} SPI each {@code ChatModel} and
 * {@code StreamingChatModel} implementation provides (1.0 and later). {@code chat(...)} and its convenience
 * overloads are interface default methods that end in {@code doChat}, so each request is seen once.
 *
 * <p>Why {@code doChat} and not the static {@code ChatModelListenerUtils} hooks: it is public SPI rather than
 * internal API, the implementing class names the provider at weave time, and the streaming handler it receives
 * shows the first chunk. A provider's own retries inside {@code doChat} are part of one call. Integrations on an
 * instrumented SDK ({@code langchain4j-open-ai-official}) are counted at both layers and deduplicated by the
 * provider's response id.
 */
public final class LangChain4jInstrumentation implements LibraryInstrumentation {

  static final String CHAT_MODEL = "dev.langchain4j.model.chat.ChatModel";
  static final String STREAMING_CHAT_MODEL = "dev.langchain4j.model.chat.StreamingChatModel";
  static final String CHAT_REQUEST = "dev.langchain4j.model.chat.request.ChatRequest";

  @Override
  public String name() {
    return "langchain4j";
  }

  @Override
  public String packagePrefix() {
    return "dev/langchain4j/";
  }

  @Override
  public AgentBuilder install(AgentBuilder builder, ClassLoader agentLoader) {
    ChatResponseReader responses = new ChatResponseReader();
    ResponseReaders.register("langchain4j.request", new ChatRequestReader());
    ResponseReaders.register("langchain4j.chat", responses);
    ResultWrappers.register("langchain4j.stream", new StreamingHandlerWrapper(responses));

    ElementMatcher.Junction<MethodDescription> doChat = isMethod().and(named("doChat")).and(not(isAbstract()))
        .and(not(isBridge())).and(takesArgument(0, named(CHAT_REQUEST)));
    ElementMatcher.Junction<MethodDescription> syncDoChat = doChat.and(takesArguments(1));
    ElementMatcher.Junction<MethodDescription> streamingDoChat = doChat.and(takesArguments(2))
        .and(takesArgument(1, named(StreamingHandlerWrapper.HANDLER_INTERFACE)));

    // declaresMethod first: it only looks at the type itself, so the hierarchy walk runs for few classes.
    return builder
        .type(not(isInterface()).and(declaresMethod(syncDoChat.or(streamingDoChat)))
            .and(hasSuperType(named(CHAT_MODEL).or(named(STREAMING_CHAT_MODEL)))))
        .transform(new AgentBuilder.Transformer.ForAdvice(
                Advice.withCustomMapping().bind(new ProviderNameMapping()))
            .include(agentLoader)
            .advice(syncDoChat, ChatAdvice.class.getName())
            .advice(streamingDoChat, StreamingChatAdvice.class.getName()));
  }
}
