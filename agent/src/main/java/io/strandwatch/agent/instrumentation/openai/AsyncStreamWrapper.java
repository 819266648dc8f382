package io.strandwatch.agent.instrumentation.openai;

import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ResponseReader;
import io.strandwatch.agent.instrumentation.ResultWrapper;
import java.lang.reflect.Proxy;
import java.util.function.Supplier;

/**
 * Wraps an {@code AsyncStreamResponse} (openai-java and anthropic-java share its shape) in a proxy of the same
 * interface: the handler the application subscribes (once only, so it is the one to wrap) is wrapped to show
 * every event to a fresh {@link StreamReader} and to end the call on completion.
 */
public final class AsyncStreamWrapper implements ResultWrapper {

  private final String streamInterface;
  private final Supplier<StreamReader> readers;
  private final ResponseReader classifier;
  private final String name;

  public AsyncStreamWrapper(String streamInterface, Supplier<StreamReader> readers, ResponseReader classifier,
      String name) {
    this.streamInterface = streamInterface;
    this.readers = readers;
    this.classifier = classifier;
    this.name = name;
  }

  @Override
  public Object wrap(Object original, LlmCallView call) {
    Class<?> type = SdkInterfaces.find(original.getClass(), streamInterface);
    if (type == null) {
      return null;
    }
    StreamCall stream = new StreamCall(call, readers.get(), classifier, name);
    return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        new AsyncStreamHandler(original, stream));
  }
}
