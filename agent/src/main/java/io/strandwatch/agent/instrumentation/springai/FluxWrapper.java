package io.strandwatch.agent.instrumentation.springai;

import io.strandwatch.agent.instrumentation.ErrorTypes;
import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ResponseReader;
import io.strandwatch.agent.instrumentation.ResultWrapper;
import java.lang.reflect.Method;
import java.util.function.Consumer;

/**
 * Wraps the {@code Flux<ChatResponse>} of a streaming call through Reactor's own operators, invoked reflectively
 * with JDK functional interfaces (the agent cannot see Reactor): {@code doOnNext} reads each chunk, and the call
 * ends once on whichever comes first of complete, error and cancel. The result is a Flux like the original,
 * just as cold: nothing happens before it is subscribed.
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
      return ops.doOnCancel.invoke(wrapped, onCancel);
    } catch (ReflectiveOperationException e) {
      return null;
    }
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

    private FluxOperators(Method doOnNext, Method doOnError, Method doOnComplete, Method doOnCancel) {
      this.doOnNext = doOnNext;
      this.doOnError = doOnError;
      this.doOnComplete = doOnComplete;
      this.doOnCancel = doOnCancel;
    }

    /** Null when this Reactor lacks one of them: then streams are passed through unwrapped. */
    static FluxOperators of(Class<?> flux) {
      try {
        return new FluxOperators(flux.getMethod("doOnNext", Consumer.class), flux.getMethod("doOnError",
            Consumer.class), flux.getMethod("doOnComplete", Runnable.class), flux.getMethod("doOnCancel",
            Runnable.class));
      } catch (NoSuchMethodException | SecurityException e) {
        return null;
      }
    }
  }
}
