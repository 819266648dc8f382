package io.strandwatch.agent.core;

import java.util.Arrays;

/**
 * The open strand executions of one thread, innermost last. Frames are created the first time a depth is
 * reached and reused afterwards, so steady-state strand entry and exit allocate nothing.
 */
final class ThreadFrames {

  private static final ThreadLocal<ThreadFrames> CURRENT = ThreadLocal.withInitial(ThreadFrames::new);

  private StrandFrame[] frames = new StrandFrame[4];
  /** Open measured executions: frames[0..depth) are exactly those, outermost first. */
  int depth;
  /** Counts executions for CPU sampling. */
  int cpuCounter;

  static ThreadFrames current() {
    return CURRENT.get();
  }

  StrandFrame frameAt(int index) {
    StrandFrame[] current = frames;
    if (index >= current.length) {
      current = Arrays.copyOf(current, Math.max(index + 1, current.length * 2));
      frames = current;
    }
    StrandFrame frame = current[index];
    if (frame == null) {
      frame = new StrandFrame();
      current[index] = frame;
    }
    return frame;
  }

  /** True when an execution of {@code definition} is already open below {@code depth} on this thread. */
  boolean isOpen(StrandDefinition definition, int depth) {
    StrandFrame[] current = frames;
    for (int i = 0; i < depth && i < current.length; i++) {
      StrandFrame f = current[i];
      if (f != null && f.definition == definition) {
        return true;
      }
    }
    return false;
  }

  /**
   * Closes {@code frame}. Normally it is the innermost; if an inner exit was lost (it cannot be, short of an
   * error thrown inside the agent) the stack is cut back to it so depth never drifts. A frame not on the stack
   * changes nothing.
   */
  void pop(StrandFrame frame) {
    for (int i = depth - 1; i >= 0; i--) {
      if (frames[i] == frame) {
        depth = i;
        return;
      }
    }
  }

  /** Gives the slot a fresh frame because {@code frame} lives on (async strand, or a call still holds it). */
  void retire(StrandFrame frame) {
    for (int i = 0; i < frames.length; i++) {
      if (frames[i] == frame) {
        frames[i] = null;
        return;
      }
    }
  }

  /** Copies the open frames (outermost first) for an LLM call to add its usage to. */
  StrandFrame[] snapshotOpen() {
    return depth == 0 ? NONE : Arrays.copyOf(frames, depth);
  }

  static final StrandFrame[] NONE = new StrandFrame[0];
}
