package io.strandwatch.agent.instrumentation.openai;

import io.strandwatch.agent.instrumentation.LlmCallView;
import io.strandwatch.agent.instrumentation.ResponseReader;
import io.strandwatch.agent.instrumentation.ResultWrapper;
import java.lang.reflect.Proxy;
import java.util.function.Supplier;

/**
 * Wraps a blocking {@code StreamResponse} (openai-java and anthropic-java share its shape: {@code stream()},
 * {@code close()}, and for Anthropic {@code Iterable}) in a proxy of the same interface that shows every event
 * to a fresh {@link StreamReader} and ends the call once.
 */
public final class SyncStreamWrapper implements ResultWrapper {

  private final String streamInterface;
  private final Supplier<StreamReader> readers;
  private final ResponseReader classifier;
  private final String name;

  public SyncStreamWrapper(String streamInterface, Supplier<StreamReader> readers, ResponseReader classifier,
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
    try {
      return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
          new SyncStreamHandler(original, type, stream));
    } catch (NoSuchMethodException e) {
      return null;
    }
  }
}
