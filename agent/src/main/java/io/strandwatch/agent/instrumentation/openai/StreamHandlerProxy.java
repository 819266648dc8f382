package io.strandwatch.agent.instrumentation.openai;

import io.strandwatch.agent.instrumentation.ProxyObjectMethods;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Stands in for the application's {@code AsyncStreamResponse.Handler}: {@code onNext} shows the event to the call
 * before the application's handler gets it, {@code onComplete(Optional<Throwable>)} ends the call first, so the
 * usage is recorded by the time the application learns the stream is over.
 */
final class StreamHandlerProxy implements InvocationHandler {

  private final Object handler;
  private final StreamCall call;
  /** The stream proxy the call is bound to: alive as long as the SDK still delivers to this handler. */
  @SuppressWarnings("unused")
  private final Object carrier;

  StreamHandlerProxy(Object handler, StreamCall call, Object carrier) {
    this.handler = handler;
    this.call = call;
    this.carrier = carrier;
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    String name = method.getName();
    int arity = args == null ? 0 : args.length;
    if (name.equals("onNext") && arity == 1) {
      call.chunk(args[0]);
    } else if (name.equals("onComplete") && arity == 1) {
      Object error = args[0] instanceof Optional ? ((Optional<?>) args[0]).orElse(null) : args[0];
      if (error instanceof Throwable) {
        call.failed((Throwable) error);
      } else {
        call.completed();
      }
    } else if (method.getDeclaringClass() == Object.class) {
      return ProxyObjectMethods.invoke(proxy, handler, name, args);
    }
    try {
      return method.invoke(handler, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
