package io.strandwatch.agent.instrumentation.bedrock;

import io.strandwatch.agent.core.AgentLog;
import io.strandwatch.agent.instrumentation.ErrorTypes;
import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ResponseReader;
import io.strandwatch.agent.instrumentation.ResponseReaders;
import java.lang.reflect.Method;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Taps an AWS SDK {@code SdkPublisher} of stream events with the SDK's own operators, which take JDK functional
 * interfaces: {@code map} with an identity function that reads each event, then {@code doAfterOnComplete},
 * {@code doAfterOnError} and {@code doAfterOnCancel} to end the call once, whichever terminal signal comes first.
 * A completed stream ends successfully even without its usage event: a cut connection completes normally in the
 * Netty client, so its usage stays unknown rather than 0.
 */
final class EventPublisherTap {

  private EventPublisherTap() {}

  /** The tapped publisher, or {@code publisher} itself when this SDK version lacks an operator. */
  static Object tap(Object publisher, LlmCallView call, String readerKey) {
    try {
      Function<Object, Object> observe = event -> {
        read(event, call, readerKey);
        return event;
      };
      Runnable completed = () -> call.end(null);
      Consumer<Throwable> failed = error -> call.end(ErrorTypes.classify(error));
      Runnable cancelled = () -> call.end(ErrorTypes.CANCELLED);
      Object tapped = operator(publisher, "map", Function.class).invoke(publisher, observe);
      tapped = operator(tapped, "doAfterOnComplete", Runnable.class).invoke(tapped, completed);
      tapped = operator(tapped, "doAfterOnError", Consumer.class).invoke(tapped, failed);
      return operator(tapped, "doAfterOnCancel", Runnable.class).invoke(tapped, cancelled);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      AgentLog.warnOnce("bedrock-tap", "bedrock: cannot observe event streams with this SDK version; their usage is "
          + "unknown: " + e);
      return publisher;
    }
  }

  private static void read(Object event, LlmCallView call, String readerKey) {
    ResponseReader reader = ResponseReaders.get(readerKey);
    if (reader == null || event == null) {
      return;
    }
    try {
      reader.read(event, call);
    } catch (RuntimeException | LinkageError e) {
      AgentLog.warnOnce("reader-failed-" + readerKey, "reading a " + readerKey + " event failed: " + e);
    }
  }

  /** The operator as declared by the public SDK interface (publisher implementations are often not public). */
  private static Method operator(Object publisher, String name, Class<?> parameter) throws NoSuchMethodException {
    Class<?> iface = EventStreamHandlerWrapper.findInterface(publisher.getClass(), SDK_PUBLISHER);
    if (iface == null) {
      throw new NoSuchMethodException(SDK_PUBLISHER + " not implemented by " + publisher.getClass().getName());
    }
    return iface.getMethod(name, parameter);
  }

  static final String SDK_PUBLISHER = "software.amazon.awssdk.core.async.SdkPublisher";
}
