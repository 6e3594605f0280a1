package io.decibench.kernel.expr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation order of a {@link TargetRule}, shared by every arithmetic: the distinct value nodes and condition
 * nodes, each listed after its inputs, with a slot number per node. A node that occurs twice in the rule (records are
 * compared structurally) gets one slot and is evaluated once.
 */
public final class ExprPlan {
    private final TargetRule rule;
    private final Map<Expr, Integer> valueSlots = new LinkedHashMap<>();
    private final Map<Cond, Integer> condSlots = new LinkedHashMap<>();

    private ExprPlan(TargetRule rule) {
        this.rule = rule;
        addCond(rule.enter());
        addCond(rule.exit());
    }

    public static ExprPlan of(TargetRule rule) {
        return new ExprPlan(rule);
    }

    public TargetRule rule() {
        return rule;
    }

    /** Distinct value nodes, inputs first. The index in this list is the node's slot. */
    public List<Expr> values() {
        return Collections.unmodifiableList(new ArrayList<>(valueSlots.keySet()));
    }

    /** Distinct condition nodes, inputs first. The index in this list is the node's slot. */
    public List<Cond> conditions() {
        return Collections.unmodifiableList(new ArrayList<>(condSlots.keySet()));
    }

    public int slot(Expr e) {
        Integer s = valueSlots.get(e);
        if (s == null) {
            throw new IllegalArgumentException("not part of this plan: " + e);
        }
        return s;
    }

    public int slot(Cond c) {
        Integer s = condSlots.get(c);
        if (s == null) {
            throw new IllegalArgumentException("not part of this plan: " + c);
        }
        return s;
    }

    public int enterSlot() {
        return slot(rule.enter());
    }

    public int exitSlot() {
        return slot(rule.exit());
    }

    private void addValue(Expr e) {
        if (valueSlots.containsKey(e)) {
            return;
        }
        e.inputs().forEach(this::addValue);
        valueSlots.put(e, valueSlots.size());
    }

    private void addCond(Cond c) {
        if (condSlots.containsKey(c)) {
            return;
        }
        c.operands().forEach(this::addValue);
        c.parts().forEach(this::addCond);
        condSlots.put(c, condSlots.size());
    }
}
