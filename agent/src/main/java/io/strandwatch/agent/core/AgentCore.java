package io.strandwatch.agent.core;

import io.strandwatch.agent.config.AgentConfig;
import io.strandwatch.agent.config.ConfigKeys;
import io.strandwatch.agent.config.ConfigProblem;
import io.strandwatch.agent.instrumentation.LibraryInstrumentation;
import io.strandwatch.agent.instrumentation.LibraryInstrumentations;
import io.strandwatch.agent.jmx.HealthPublisher;
import io.strandwatch.agent.metrics.LlmCallTable;
import io.strandwatch.agent.metrics.RunTotals;
import io.strandwatch.agent.metrics.SeriesTable;
import io.strandwatch.agent.metrics.Ticker;
import io.strandwatch.agent.report.EndOfRunReport;
import io.strandwatch.agent.weaving.ClassMentions;
import io.strandwatch.agent.weaving.StrandNaming;
import io.strandwatch.agent.weaving.TrackedStrandInstrumentation;
import io.strandwatch.agent.bootstrap.Dispatcher;
import io.strandwatch.agent.rules.RulesEngine;
import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.agent.builder.DirectTransformer;

/**
 * Starts the agent inside the application JVM: configuration, recorders, weaving, the ticker and the
 * shutdown report. Called once from premain/agentmain through the agent class loader.
 */
public final class AgentCore {

  private static final long SHUTDOWN_TIMEOUT_MILLIS = 5_000;

  private static volatile AgentCore instance;

  private final AgentConfig config;
  private final SeriesTable strandSeries;
  private final LlmCallTable llmSeries;
  private final StrandRegistry registry;
  private final RunTotals totals = new RunTotals();
  private final Ticker ticker;
  private final StrandRecorder strandRecorder;
  private final LlmRecorder llmRecorder;
  private final LazyBridge bridge;
  private final RulesEngine rules;

  AgentCore(AgentConfig config) {
    this.config = config;
    int maxSeries = config.getInt(ConfigKeys.MAX_SERIES);
    int maxDepth = config.getInt(ConfigKeys.MAX_DEPTH);
    this.strandSeries = new SeriesTable(maxSeries);
    this.llmSeries = new LlmCallTable(maxSeries);
    this.registry = new StrandRegistry(strandSeries);
    ThreadMeters meters = new ThreadMeters(!"off".equals(config.getString(ConfigKeys.CPU)),
        config.getBoolean(ConfigKeys.ALLOCATION));
    this.strandRecorder = new StrandRecorder(registry, meters, maxDepth, cpuMode(config),
        config.getInt(ConfigKeys.CPU_SAMPLE_EVERY));
    this.llmRecorder = new LlmRecorder(llmSeries);
    llmRecorder.setPricer(new LazyPricer(() -> CatalogPricer.load(config)));
    this.ticker = new Ticker(strandSeries, llmSeries, totals);
    this.bridge = new LazyBridge(config.getDuration(ConfigKeys.INTERVAL), LogManagerGate::isOpen);
    List<ConfigProblem> ruleProblems = new ArrayList<>();
    this.rules = RulesEngine.fromConfig(config, ruleProblems, AgentCore::printLine);
    for (ConfigProblem p : ruleProblems) {
      AgentLog.warn("config: " + p);
    }
    rules.addListener(bridge);
    // Rules first, so alerts raised by an interval reach the bridge before that interval's metrics export.
    ticker.addListener(snapshot -> llmRecorder.expungeAbandoned());
    ticker.addListener(rules);
    if (config.getBoolean(ConfigKeys.JMX_ENABLED)) {
      // After the rules, so the MBean shows the alerts of the interval it reports.
      // Not at the final tick: creating the platform MBean server costs about 200 ms, for a JVM that is exiting.
      ticker.addListener(new HealthPublisher(totals, rules.lifecycle(),
          () -> LogManagerGate.isOpen() && !ticker.stopping()));
    }
    ticker.addListener(bridge);
  }

  private static void printLine(String line) {
    if (line.startsWith("[strandwatch]")) {
      System.err.println(line);
    } else {
      AgentLog.info(line);
    }
  }

  /** Entry point from {@code AgentMain}; never throws into the application. */
  public static void start(String agentArgs, Instrumentation inst, boolean attached) {
    AgentConfig config = AgentConfig.fromEnvironment(agentArgs);
    AgentLog.setDebug(config.getBoolean(ConfigKeys.DEBUG));
    for (ConfigProblem p : config.problems()) {
      AgentLog.warn("config: " + p);
    }
    if (!config.getBoolean(ConfigKeys.ENABLED)) {
      AgentLog.info("disabled (enabled=false); nothing is instrumented");
      return;
    }
    AgentCore core = new AgentCore(config);
    core.install(inst, attached);
    instance = core;
  }

  /** The running agent, or null. For the command line, JMX and tests. */
  public static AgentCore instance() {
    return instance;
  }

  private static int cpuMode(AgentConfig config) {
    switch (config.getString(ConfigKeys.CPU)) {
      case "off": return StrandRecorder.CPU_OFF;
      case "sampled": return StrandRecorder.CPU_SAMPLED;
      default: return StrandRecorder.CPU_ALWAYS;
    }
  }

  private void install(Instrumentation inst, boolean attached) {
    Dispatcher.install(strandRecorder, llmRecorder);
    LogManagerGate.install(inst, attached);
    List<LibraryInstrumentation> libraries = enabledLibraries();
    if (attached) {
      weavingBuilder(true, libraries).installOn(inst);
    } else {
      List<String> mentions = new ArrayList<>();
      // Not TrackedStrandInstrumentation's constant: loading that class would load Byte Buddy's matchers.
      mentions.add(StrandNaming.ANNOTATION.replace('.', '/'));
      for (LibraryInstrumentation library : libraries) {
        mentions.add(library.packagePrefix());
      }
      DeferredWeaving.install(inst, new ClassMentions(mentions),
          () -> DirectTransformer.of(weavingBuilder(false, libraries)));
    }
    ticker.start(config.getDuration(ConfigKeys.INTERVAL).toMillis());
    Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "strandwatch-shutdown"));
    AgentLog.info(Version.get() + (attached ? " attached" : " started") + " (interval "
        + config.originalText(ConfigKeys.INTERVAL) + ", cpu " + config.getString(ConfigKeys.CPU) + ")");
  }

  private List<LibraryInstrumentation> enabledLibraries() {
    List<String> disabled = java.util.Arrays.asList(
        config.getString(ConfigKeys.INSTRUMENTATION_DISABLED).replace(" ", "").split(","));
    List<LibraryInstrumentation> enabled = new ArrayList<>();
    for (LibraryInstrumentation library : LibraryInstrumentations.all()) {
      if (disabled.contains(library.name())) {
        AgentLog.info("instrumentation '" + library.name() + "' disabled by instrumentation.disabled");
      } else {
        enabled.add(library);
      }
    }
    return enabled;
  }

  private AgentBuilder weavingBuilder(boolean attached, List<LibraryInstrumentation> libraries) {
    ClassLoader agentLoader = AgentCore.class.getClassLoader();
    AgentBuilder builder = WeavingSetup.baseBuilder(attached);
    builder = TrackedStrandInstrumentation.install(builder, registry::register, agentLoader);
    for (LibraryInstrumentation library : libraries) {
      builder = library.install(builder, agentLoader);
    }
    return builder;
  }

  void shutdown() {
    try {
      ticker.stop(SHUTDOWN_TIMEOUT_MILLIS);
      EndOfRunReport.write(config, totals, rules.history());
    } catch (Throwable t) {
      AgentLog.warn("the end-of-run report failed: " + t);
    }
  }

  public RunTotals totals() {
    return totals;
  }

  public Ticker ticker() {
    return ticker;
  }

  public RulesEngine rules() {
    return rules;
  }

  public AgentConfig config() {
    return config;
  }
}
