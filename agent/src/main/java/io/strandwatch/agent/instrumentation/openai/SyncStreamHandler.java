package io.strandwatch.agent.instrumentation.openai;

import io.strandwatch.agent.instrumentation.ProxyObjectMethods;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Behind a blocking stream proxy: every way to read the events ({@code stream()}, and the {@code Iterable}
 * methods) goes through an {@link ObservedSpliterator}; {@code close()} closes the SDK stream, then ends the call
 * unless it already ended. Anything else goes to the SDK object unchanged.
 */
final class SyncStreamHandler implements InvocationHandler {

  private final Object original;
  private final Method stream;
  private final StreamCall call;

  SyncStreamHandler(Object original, Class<?> streamInterface, StreamCall call) throws NoSuchMethodException {
    this.original = original;
    this.stream = streamInterface.getMethod("stream");
    this.call = call;
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    String name = method.getName();
    int arity = args == null ? 0 : args.length;
    if (arity == 0 && name.equals("stream")) {
      return observed(proxy);
    }
    if (arity == 0 && name.equals("iterator")) {
      return observed(proxy).iterator();
    }
    if (arity == 0 && name.equals("spliterator")) {
      return observed(proxy).spliterator();
    }
    if (arity == 1 && name.equals("forEach") && args[0] instanceof Consumer) {
      @SuppressWarnings("unchecked")
      Consumer<Object> action = (Consumer<Object>) args[0];
      observed(proxy).forEach(action);
      return null;
    }
    if (arity == 0 && name.equals("close")) {
      try {
        return delegate(method, null);
      } finally {
        call.closed();
      }
    }
    if (method.getDeclaringClass() == Object.class) {
      return ProxyObjectMethods.invoke(proxy, original, name, args);
    }
    return delegate(method, args);
  }

  private Stream<Object> observed(Object proxy) throws Throwable {
    @SuppressWarnings("unchecked")
    Stream<Object> source = (Stream<Object>) delegate(stream, null);
    Spliterator<Object> events = new ObservedSpliterator(source.spliterator(), call, proxy);
    return StreamSupport.stream(events, false).onClose(() -> {
      try {
        source.close();
      } finally {
        call.closed();
      }
    });
  }

  private Object delegate(Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(original, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** equals and hashCode by identity of the proxy (the application's object); toString as the SDK's. */
}
