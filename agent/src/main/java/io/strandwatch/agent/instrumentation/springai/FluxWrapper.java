package io.strandwatch.agent.instrumentation.springai;

import io.strandwatch.agent.instrumentation.ErrorTypes;
import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ProxyObjectMethods;
import io.strandwatch.agent.instrumentation.ResponseReader;
import io.strandwatch.agent.instrumentation.ResultWrapper;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Consumer;

/**
 * Wraps the {@code Flux<ChatResponse>} of a streaming call through Reactor's own operators, invoked reflectively
 * with JDK functional interfaces (the agent cannot see Reactor): {@code doOnNext} reads each chunk, and the call
 * ends once on whichever comes first of complete, error and cancel. The result is a Flux like the original,
 * just as cold: nothing happens before it is subscribed.
 *
 * <p>Subscribing is where the request is made, so the result is built with {@code Flux.from} over a
 * {@code Publisher} proxy that marks the subscription as the framework call's scope: an instrumented SDK call
 * started there (Spring AI 2.0 on google-genai, whose stream chunks carry no id to match) replaces the
 * framework's call instead of being counted beside it.
 */
final class FluxWrapper implements ResultWrapper {

  private static final String FLUX = "reactor.core.publisher.Flux";

  private static final ClassValue<FluxOperators> OPERATORS = new ClassValue<FluxOperators>() {
    @Override
    protected FluxOperators computeValue(Class<?> type) {
      return FluxOperators.of(type);
    }
  };

  private final ResponseReader reader;

  FluxWrapper(ResponseReader reader) {
    this.reader = reader;
  }

  @Override
  public Object wrap(Object flux, LlmCallView call) {
    Class<?> fluxClass = fluxClassOf(flux.getClass());
    if (fluxClass == null) {
      return null;
    }
    FluxOperators ops = OPERATORS.get(fluxClass);
    if (ops == null) {
      return null;
    }
    Consumer<Object> onNext = chunk -> {
      call.firstChunk();
      reader.read(chunk, call);
    };
    Consumer<Throwable> onError = error -> call.end(reader.classify(error));
    Runnable onComplete = () -> call.end(null);
    Runnable onCancel = () -> call.end(ErrorTypes.CANCELLED);
    try {
      Object wrapped = ops.doOnNext.invoke(flux, onNext);
      wrapped = ops.doOnError.invoke(wrapped, onError);
      wrapped = ops.doOnComplete.invoke(wrapped, onComplete);
      wrapped = ops.doOnCancel.invoke(wrapped, onCancel);
      return ops.from == null ? wrapped : ops.from.invoke(null, subscribingAs(wrapped, ops.publisher, call));
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }

  /** A Publisher that subscribes {@code flux} inside the call's framework scope, and is {@code flux} otherwise. */
  private static Object subscribingAs(Object flux, Class<?> publisher, LlmCallView call) {
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return ProxyObjectMethods.invoke(proxy, flux, method.getName(), args);
      }
      boolean subscribe = "subscribe".equals(method.getName());
      if (subscribe) {
        call.enterFramework();
      }
      try {
        return method.invoke(flux, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      } finally {
        if (subscribe) {
          call.leaveFramework();
        }
      }
    };
    return Proxy.newProxyInstance(publisher.getClassLoader(), new Class<?>[] {publisher}, handler);
  }

  private static Class<?> fluxClassOf(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (FLUX.equals(c.getName())) {
        return c;
      }
    }
    return null;
  }

  /** Reactor's {@code Flux} operators this wrapper uses, looked up once per Reactor copy. */
  static final class FluxOperators {
    final Method doOnNext;
    final Method doOnError;
    final Method doOnComplete;
    final Method doOnCancel;
    /** {@code Flux.from(Publisher)} and {@code Publisher}; null where missing: then no subscription scope. */
    final Method from;
    final Class<?> publisher;

    private FluxOperators(Method doOnNext, Method doOnError, Method doOnComplete, Method doOnCancel, Method from,
        Class<?> publisher) {
      this.doOnNext = doOnNext;
      this.doOnError = doOnError;
      this.doOnComplete = doOnComplete;
      this.doOnCancel = doOnCancel;
      this.from = from;
      this.publisher = publisher;
    }

    /** Null when this Reactor lacks one of them: then streams are passed through unwrapped. */
    static FluxOperators of(Class<?> flux) {
      Method doOnNext;
      Method doOnError;
      Method doOnComplete;
      Method doOnCancel;
      try {
        doOnNext = flux.getMethod("doOnNext", Consumer.class);
        doOnError = flux.getMethod("doOnError", Consumer.class);
        doOnComplete = flux.getMethod("doOnComplete", Runnable.class);
        doOnCancel = flux.getMethod("doOnCancel", Runnable.class);
      } catch (NoSuchMethodException | SecurityException e) {
        return null;
      }
      Method from = null;
      Class<?> publisher = null;
      try {
        publisher = Class.forName("org.reactivestreams.Publisher", false, flux.getClassLoader());
        from = flux.getMethod("from", publisher);
      } catch (ClassNotFoundException | NoSuchMethodException | SecurityException | LinkageError e) {
        publisher = null;
      }
      return new FluxOperators(doOnNext, doOnError, doOnComplete, doOnCancel, from, publisher);
    }
  }
}
