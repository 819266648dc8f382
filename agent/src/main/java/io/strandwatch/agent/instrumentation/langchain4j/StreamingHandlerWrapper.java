package io.strandwatch.agent.instrumentation.langchain4j;

import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ResponseReader;
import io.strandwatch.agent.instrumentation.ResultWrapper;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Wraps the {@code StreamingChatResponseHandler} a streaming model reports to in a {@link Proxy} implementing
 * the same public interfaces, defined in the handler's own class loader (the agent's cannot see LangChain4j).
 */
final class StreamingHandlerWrapper implements ResultWrapper {

  static final String HANDLER_INTERFACE = "dev.langchain4j.model.chat.response.StreamingChatResponseHandler";

  private final ResponseReader reader;

  StreamingHandlerWrapper(ResponseReader reader) {
    this.reader = reader;
  }

  @Override
  public Object wrap(Object handler, LlmCallView call) {
    Class<?>[] interfaces = publicInterfaces(handler.getClass());
    if (interfaces.length == 0) {
      return null;
    }
    return Proxy.newProxyInstance(handler.getClass().getClassLoader(), interfaces,
        new ObservedHandler(handler, call, reader));
  }

  /**
   * Every public interface of the handler, so code that checks the handler's type still sees it; empty when
   * the handler interface itself is not among them (nothing to wrap safely).
   */
  static Class<?>[] publicInterfaces(Class<?> type) {
    Set<Class<?>> found = new LinkedHashSet<>();
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Class<?> i : c.getInterfaces()) {
        collect(i, found);
      }
    }
    for (Class<?> i : found) {
      if (HANDLER_INTERFACE.equals(i.getName())) {
        return found.toArray(new Class<?>[0]);
      }
    }
    return new Class<?>[0];
  }

  private static void collect(Class<?> iface, Set<Class<?>> found) {
    if (Modifier.isPublic(iface.getModifiers())) {
      found.add(iface);
    }
    for (Class<?> parent : iface.getInterfaces()) {
      collect(parent, found);
    }
  }
}
