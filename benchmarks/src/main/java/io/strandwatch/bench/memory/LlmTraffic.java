package io.strandwatch.bench.memory;

import java.lang.reflect.Method;

/**
 * Reports LLM calls to the agent the way a client instrumentation would, through the bootstrap dispatcher's
 * {@code llm()} hooks. Reflection, because the dispatcher exists only in the boot class loader of a JVM that runs
 * the agent; without the agent this does nothing.
 */
final class LlmTraffic {

  private static final String DISPATCHER = "io.strandwatch.agent.bootstrap.Dispatcher";
  private static final String HOOKS = "io.strandwatch.agent.bootstrap.LlmHooks";

  private final Object hooks;
  private final Method start;
  private final Method usage;
  private final Method response;
  private final Method end;

  private LlmTraffic(Object hooks, Class<?> type) throws NoSuchMethodException {
    this.hooks = hooks;
    this.start = type.getMethod("start", String.class, String.class, String.class, String.class, int.class,
        boolean.class);
    this.usage = type.getMethod("usage", Object.class, long.class, long.class, long.class, long.class, long.class);
    this.response = type.getMethod("response", Object.class, String.class, String.class);
    this.end = type.getMethod("end", Object.class, String.class);
  }

  /** The hooks of the running agent, or null when no agent (or no LLM API) is there. */
  static LlmTraffic ofRunningAgent() throws ReflectiveOperationException {
    Class<?> dispatcher;
    try {
      dispatcher = Class.forName(DISPATCHER, true, null);
    } catch (ClassNotFoundException noAgent) {
      return null;
    }
    Object hooks = dispatcher.getMethod("llm").invoke(null);
    return hooks == null ? null : new LlmTraffic(hooks, Class.forName(HOOKS, true, null));
  }

  void call(String model, long inputTokens, long outputTokens) throws ReflectiveOperationException {
    Object call = start.invoke(hooks, "openai", "chat", model, "127.0.0.1", 443, false);
    usage.invoke(hooks, call, inputTokens, outputTokens, 0L, 0L, 0L);
    response.invoke(hooks, call, model, null);
    end.invoke(hooks, call, null);
  }
}
