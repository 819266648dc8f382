package io.strandwatch.agent.core;

import io.strandwatch.agent.metrics.SeriesTable;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Assigns each strand (name + attributes) a small int id at weave time, so woven code passes a constant and the
 * hot path finds its definition with one array read.
 */
public final class StrandRegistry {

  private final SeriesTable table;
  private final Map<String, StrandDefinition> byKey = new ConcurrentHashMap<>();
  private volatile StrandDefinition[] byId = new StrandDefinition[64];
  private int next;

  public StrandRegistry(SeriesTable table) {
    this.table = table;
  }

  /** The id for this strand, registering it on first use. Two methods with the same name share a strand. */
  public synchronized int register(String name, Map<String, String> attributes) {
    Map<String, String> attrs = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    String key = name + attrs;
    StrandDefinition existing = byKey.get(key);
    if (existing != null) {
      return existing.id();
    }
    int id = next++;
    StrandDefinition definition = new StrandDefinition(id, name, attrs, table);
    StrandDefinition[] current = byId;
    if (id >= current.length) {
      current = Arrays.copyOf(current, current.length * 2);
    }
    current[id] = definition;
    byId = current;
    byKey.put(key, definition);
    return id;
  }

  /** The definition for an id handed out by {@link #register}, or null for an unknown id. */
  StrandDefinition get(int id) {
    StrandDefinition[] current = byId;
    return id >= 0 && id < current.length ? current[id] : null;
  }

  public int size() {
    return byKey.size();
  }
}
