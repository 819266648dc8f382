package io.strandwatch.agent.instrumentation.springai;

import static net.bytebuddy.matcher.ElementMatchers.declaresMethod;
import static net.bytebuddy.matcher.ElementMatchers.hasSuperType;
import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isBridge;
import static net.bytebuddy.matcher.ElementMatchers.isInterface;
import static net.bytebuddy.matcher.ElementMatchers.isMethod;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.returns;
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
 * Spring AI 1.x and 2.x chat models: {@code call(Prompt)} and {@code stream(Prompt)} as each {@code ChatModel} /
 * {@code StreamingChatModel} implementation declares them. The generic {@code call(ModelRequest)} bridge and the
 * String/Message overloads are defaults that end in these, so each is seen once.
 *
 * <p>One call is one {@code call(Prompt)}: when Spring AI runs tools itself, its follow-up requests happen inside
 * and the response's usage is the cumulative one Spring AI reports. In 2.0 the OpenAI and Anthropic models sit on
 * the official SDKs, which are instrumented too: both layers report the provider's response id, and the core
 * keeps the first report of it.
 */
public final class SpringAiInstrumentation implements LibraryInstrumentation {

  static final String CHAT_MODEL = "org.springframework.ai.chat.model.ChatModel";
  static final String STREAMING_CHAT_MODEL = "org.springframework.ai.chat.model.StreamingChatModel";
  static final String PROMPT = "org.springframework.ai.chat.prompt.Prompt";

  @Override
  public String name() {
    return "spring-ai";
  }

  @Override
  public String packagePrefix() {
    return "org/springframework/ai/";
  }

  @Override
  public AgentBuilder install(AgentBuilder builder, ClassLoader agentLoader) {
    ChatResponseReader responses = new ChatResponseReader();
    ResponseReaders.register("spring-ai.model", new OptionsModelReader("getOptions", "getDefaultOptions"));
    ResponseReaders.register("spring-ai.prompt", new OptionsModelReader("getOptions"));
    ResponseReaders.register("spring-ai.chat", responses);
    ResultWrappers.register("spring-ai.stream", new FluxWrapper(responses));

    ElementMatcher.Junction<MethodDescription> withPrompt = isMethod().and(not(isAbstract())).and(not(isBridge()))
        .and(takesArguments(1)).and(takesArgument(0, named(PROMPT)));
    ElementMatcher.Junction<MethodDescription> call = withPrompt.and(named("call"))
        .and(returns(named("org.springframework.ai.chat.model.ChatResponse")));
    ElementMatcher.Junction<MethodDescription> stream = withPrompt.and(named("stream"))
        .and(returns(named("reactor.core.publisher.Flux")));

    // declaresMethod first: it only looks at the type itself, so the hierarchy walk runs for few classes.
    return builder
        .type(not(isInterface()).and(declaresMethod(call.or(stream)))
            .and(hasSuperType(named(CHAT_MODEL).or(named(STREAMING_CHAT_MODEL)))))
        .transform(new AgentBuilder.Transformer.ForAdvice(
                Advice.withCustomMapping().bind(new ProviderNameMapping()))
            .include(agentLoader)
            .advice(call, CallAdvice.class.getName())
            .advice(stream, StreamAdvice.class.getName()));
  }
}
