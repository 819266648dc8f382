package io.strandwatch.agent.alerts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The alerts of this run for the end-of-run report, newest last. Bounded: once full, the oldest resolved
 * alert is dropped first (and counted) so a long run cannot grow it. Written on the ticker, read by the report
 * at exit, hence synchronized.
 */
public final class AlertHistory {

  private final int capacity;
  /** Keyed by an id per firing, in insertion order. */
  private final LinkedHashMap<Long, AlertRecord> records = new LinkedHashMap<>();
  private long nextId;
  private long dropped;

  public AlertHistory(int capacity) {
    this.capacity = capacity;
  }

  synchronized long fired(TrackedAlert a, ValueUnit unit) {
    if (records.size() >= capacity) {
      evictOne();
    }
    long id = nextId++;
    records.put(id, new AlertRecord(a.rule(), a.severity().wireName(), a.key(), a.firingSince(), -1, a.peak(),
        unit, false));
    return id;
  }

  synchronized void update(long id, TrackedAlert a, boolean notified) {
    AlertRecord r = records.get(id);
    if (r != null) {
      records.put(id, r.with(a.severity().wireName(), a.resolvedAt(), Math.max(r.peak(), a.peak()),
          r.notified() || notified));
    }
  }

  private void evictOne() {
    Long victim = null;
    for (Map.Entry<Long, AlertRecord> e : records.entrySet()) {
      if (e.getValue().resolvedAtMillis() >= 0) {
        victim = e.getKey();
        break;
      }
    }
    if (victim == null) {
      victim = records.keySet().iterator().next();
    }
    records.remove(victim);
    dropped++;
  }

  /** A copy of the records, oldest first. */
  public synchronized List<AlertRecord> records() {
    return new ArrayList<>(records.values());
  }

  /** Records dropped because the history was full. */
  public synchronized long dropped() {
    return dropped;
  }
}
