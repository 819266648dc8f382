package io.strandwatch.agent.core;

import java.util.HashSet;
import java.util.Set;

/**
 * The provider response ids ({@code chatcmpl-...}, {@code msg_...}) of recently recorded calls. A framework
 * (Spring AI, LangChain4j) that sits on an instrumented SDK reports the same response id as the SDK layer;
 * whichever layer ends first records the call, the other is dropped, so one request counts once. A
 * same-thread "inside a framework call" flag would fail for streams, which finish on other threads.
 */
final class RecentResponseIds {

  private final String[] ring;
  private final Set<String> present;
  private int next;

  RecentResponseIds(int capacity) {
    this.ring = new String[capacity];
    this.present = new HashSet<>(capacity * 2);
  }

  /** True when {@code id} was not seen recently (and remembers it); false for a duplicate. */
  synchronized boolean firstSighting(String id) {
    if (!present.add(id)) {
      return false;
    }
    String evicted = ring[next];
    if (evicted != null) {
      present.remove(evicted);
    }
    ring[next] = id;
    next = (next + 1) % ring.length;
    return true;
  }
}
