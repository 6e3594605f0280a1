package io.decibench.kernel.expr;

/**
 * A strategy: at each bar close {@code t} of each asset, if {@code enter} holds the target position becomes
 * {@code enterTarget} (evaluated at {@code t}); otherwise if {@code exit} holds it becomes {@code exitTarget};
 * otherwise the previous target stands (initially 0). Orders toward the target fill from the next bar on (see the
 * execution rules in the site's "Semantics" page). Targets may be short (negative).
 */
public record TargetRule(Cond enter, Target enterTarget, Cond exit, Target exitTarget) {
    public TargetRule {
        if (enter == null || exit == null) {
            throw new IllegalArgumentException("enter and exit conditions are required");
        }
        if (enterTarget == null || exitTarget == null) {
            throw new IllegalArgumentException("enter and exit targets are required");
        }
    }

    /** Share-count targets, e.g. {@code new TargetRule(fastAbove, 100, fastBelow, 0)}. */
    public TargetRule(Cond enter, long enterShares, Cond exit, long exitShares) {
        this(enter, new Target.Shares(enterShares), exit, new Target.Shares(exitShares));
    }

    /** Bars before which neither condition can hold. */
    public int warmup() {
        return Math.min(enter.warmup(), exit.warmup());
    }

    @Override
    public String toString() {
        return "enter " + enterTarget + " when " + enter + "; go to " + exitTarget + " when " + exit;
    }
}
