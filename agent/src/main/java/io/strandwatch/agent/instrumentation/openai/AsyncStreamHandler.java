package io.strandwatch.agent.instrumentation.openai;

import io.strandwatch.agent.instrumentation.ProxyObjectMethods;
import io.strandwatch.agent.instrumentation.RelayFuture;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;

/**
 * Behind an asynchronous stream proxy. {@code subscribe(handler[, executor])} subscribes a wrapped handler and
 * returns the proxy (as the SDK returns itself); {@code onCompleteFuture()} returns a future that completes after
 * the call ended, so a strand waiting on it sees the call's usage; {@code close()} ends the call unless it ended.
 */
final class AsyncStreamHandler implements InvocationHandler {

  private final Object original;
  private final StreamCall call;
  private CompletableFuture<Object> completion;

  AsyncStreamHandler(Object original, StreamCall call) {
    this.original = original;
    this.call = call;
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    String name = method.getName();
    int arity = args == null ? 0 : args.length;
    if (name.equals("subscribe") && arity >= 1 && args[0] != null) {
      Class<?> handlerType = method.getParameterTypes()[0];
      Object[] wrappedArgs = args.clone();
      wrappedArgs[0] = Proxy.newProxyInstance(handlerType.getClassLoader(), new Class<?>[] {handlerType},
          new StreamHandlerProxy(args[0], call, proxy));
      delegate(method, wrappedArgs);
      return proxy;
    }
    if (name.equals("onCompleteFuture") && arity == 0) {
      return completion(method);
    }
    if (name.equals("close") && arity == 0) {
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

  private synchronized CompletableFuture<Object> completion(Method method) throws Throwable {
    if (completion == null) {
      @SuppressWarnings("unchecked")
      CompletableFuture<Object> source = (CompletableFuture<Object>) delegate(method, null);
      completion = RelayFuture.after(source, (result, error) -> {
        if (error == null) {
          call.completed();
        } else {
          call.failed(error);
        }
      });
    }
    return completion;
  }

  private Object delegate(Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(original, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
