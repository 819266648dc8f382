package io.strandwatch.agent.instrumentation.bedrock;

import io.strandwatch.agent.instrumentation.ErrorTypes;
import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ProxyObjectMethods;
import io.strandwatch.agent.instrumentation.ResponseReader;
import io.strandwatch.agent.instrumentation.ResponseReaders;
import io.strandwatch.agent.instrumentation.ResultWrapper;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Wraps the application's event-stream response handler ({@code ConverseStreamResponseHandler},
 * {@code InvokeModelWithResponseStreamResponseHandler}) in a {@link Proxy} of the same SDK interface, which the
 * agent cannot link against. The proxy passes every method through unchanged, except that the event publisher
 * handed to {@code onEventStream} is first tapped (see {@link EventPublisherTap}) and {@code exceptionOccurred}
 * ends the call as failed. Whatever the handler does with the publisher (subscribe, map, filter), the events
 * reach it through the tap.
 */
final class EventStreamHandlerWrapper implements ResultWrapper {

  private final String handlerInterface;
  private final String eventReaderKey;

  EventStreamHandlerWrapper(String handlerInterface, String eventReaderKey) {
    this.handlerInterface = handlerInterface;
    this.eventReaderKey = eventReaderKey;
  }

  @Override
  public Object wrap(Object handler, LlmCallView call) {
    Class<?> iface = findInterface(handler.getClass(), handlerInterface);
    if (iface == null) {
      return null;
    }
    return Proxy.newProxyInstance(iface.getClassLoader(), new Class<?>[] {iface}, new Tapping(handler, call));
  }

  /** The interface named {@code name} among everything {@code type} implements, or null. */
  static Class<?> findInterface(Class<?> type, String name) {
    Deque<Class<?>> todo = new ArrayDeque<>();
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      todo.add(c);
    }
    while (!todo.isEmpty()) {
      Class<?> c = todo.poll();
      if (c.isInterface() && c.getName().equals(name)) {
        return c;
      }
      for (Class<?> i : c.getInterfaces()) {
        todo.add(i);
      }
    }
    return null;
  }

  private final class Tapping implements InvocationHandler {
    private final Object handler;
    private final LlmCallView call;

    Tapping(Object handler, LlmCallView call) {
      this.handler = handler;
      this.call = call;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (method.getDeclaringClass() == Object.class) {
        return ProxyObjectMethods.invoke(proxy, handler, method.getName(), args);
      }
      Object[] passed = args;
      int arity = args == null ? 0 : args.length;
      String name = method.getName();
      if (name.equals("onEventStream") && arity == 1 && args[0] != null) {
        passed = new Object[] {EventPublisherTap.tap(args[0], call, eventReaderKey)};
      } else if (name.equals("responseReceived") && arity == 1) {
        ResponseReader reader = ResponseReaders.get(StreamResponseReader.KEY);
        if (reader != null && args[0] != null) {
          reader.read(args[0], call);
        }
      } else if (name.equals("exceptionOccurred") && arity == 1 && args[0] instanceof Throwable) {
        call.end(ErrorTypes.classify((Throwable) args[0]));
      }
      try {
        return method.invoke(handler, passed);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }
}
