package io.strandwatch.agent.instrumentation.langchain4j;

import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ResponseReader;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Behind the proxied streaming handler: notes the first partial callback (time to first chunk), reads the final
 * {@code ChatResponse} and ends the call on {@code onCompleteResponse}, or on {@code onError}; then forwards
 * every call unchanged. The call is told before the application's handler runs, so a handler that throws cannot
 * keep the call open.
 */
final class ObservedHandler implements InvocationHandler {

  private final Object delegate;
  private final LlmCallView call;
  private final ResponseReader reader;

  ObservedHandler(Object delegate, LlmCallView call, ResponseReader reader) {
    this.delegate = delegate;
    this.call = call;
    this.reader = reader;
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    String name = method.getName();
    int arity = args == null ? 0 : args.length;
    if (arity == 1 && "equals".equals(name) && method.getDeclaringClass() == Object.class) {
      return proxy == args[0];
    }
    observe(name, arity, args);
    try {
      return method.invoke(delegate, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private void observe(String name, int arity, Object[] args) {
    try {
      if (name.startsWith("onPartial")) {
        call.firstChunk();
      } else if ("onCompleteResponse".equals(name) && arity == 1) {
        reader.read(args[0], call);
        call.end(null);
      } else if ("onError".equals(name) && arity == 1 && args[0] instanceof Throwable) {
        call.end(reader.classify((Throwable) args[0]));
      }
    } catch (RuntimeException | LinkageError e) {
      // Observing must never change what the application's handler receives.
    }
  }
}
