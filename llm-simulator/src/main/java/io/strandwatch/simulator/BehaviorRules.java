package io.strandwatch.simulator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Chooses the behavior for a request, first match wins: the oldest one-shot behavior in the queue, then the
 * request rules in the order they were added, then the behavior function (when it returns non-null), then the
 * default.
 */
final class BehaviorRules {

    private final Deque<Behavior> queue = new ArrayDeque<>();
    private final List<Rule> rules = new ArrayList<>();
    private Function<SimulatedRequest, Behavior> function;
    private Behavior defaultBehavior = Behavior.defaults();

    synchronized void setDefault(Behavior behavior) {
        defaultBehavior = Objects.requireNonNull(behavior, "behavior");
    }

    synchronized void addRule(Predicate<SimulatedRequest> condition, Behavior behavior) {
        rules.add(new Rule(Objects.requireNonNull(condition, "condition"), Objects.requireNonNull(behavior, "behavior")));
    }

    synchronized void setFunction(Function<SimulatedRequest, Behavior> function) {
        this.function = function;
    }

    synchronized void enqueue(Behavior behavior) {
        queue.addLast(Objects.requireNonNull(behavior, "behavior"));
    }

    synchronized int queued() {
        return queue.size();
    }

    synchronized void reset() {
        queue.clear();
        rules.clear();
        function = null;
        defaultBehavior = Behavior.defaults();
    }

    Behavior choose(SimulatedRequest request) {
        Function<SimulatedRequest, Behavior> fn;
        Behavior fallback;
        synchronized (this) {
            Behavior next = queue.pollFirst();
            if (next != null) {
                return next;
            }
            for (Rule rule : rules) {
                if (rule.condition.test(request)) {
                    return rule.behavior;
                }
            }
            fn = function;
            fallback = defaultBehavior;
        }
        // Called outside the lock: a test's function may be slow or call back into the simulator.
        Behavior chosen = fn == null ? null : fn.apply(request);
        return chosen != null ? chosen : fallback;
    }

    private static final class Rule {
        final Predicate<SimulatedRequest> condition;
        final Behavior behavior;

        Rule(Predicate<SimulatedRequest> condition, Behavior behavior) {
            this.condition = condition;
            this.behavior = behavior;
        }
    }
}
