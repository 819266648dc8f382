package io.strandwatch.agent.bootstrap;

/**
 * The one class inlined advice refers to. It is on the bootstrap class path, so application classes in any
 * class loader can link against it, and it holds a volatile reference to the agent core, which lives in the
 * agent's own class loader. Until the core is installed (or after it failed) every call is a cheap no-op.
 *
 * <p>Nothing here may throw: advice is woven with {@code suppress = Throwable.class}, but the JIT cost of an
 * exception path is still paid by the application, so the methods guard against a null core themselves.
 */
public final class Dispatcher {

  private static volatile StrandHooks strandHooks;
  private static volatile LlmHooks llmHooks;

  private Dispatcher() {}

  public static void install(StrandHooks strands, LlmHooks llm) {
    strandHooks = strands;
    llmHooks = llm;
  }

  public static Object enter(int strandId) {
    StrandHooks hooks = strandHooks;
    return hooks == null ? null : hooks.enter(strandId);
  }

  public static void exit(Object frame, Throwable thrown, Object returned) {
    if (frame == null) {
      return;
    }
    StrandHooks hooks = strandHooks;
    if (hooks != null) {
      hooks.exit(frame, thrown, returned);
    }
  }

  /** The LLM-call hooks, or null before the core is installed; instrumentations must handle null. */
  public static LlmHooks llm() {
    return llmHooks;
  }
}
