package io.decibench.kernel.expr;

/**
 * A strategy: at each bar close of each asset, if {@code enter} holds the target position becomes
 * {@code enterShares}; otherwise if {@code exit} holds it becomes {@code exitShares}; otherwise the previous target
 * stands (initially 0). Orders toward the target fill from the next bar on (see the execution rules in the site docs).
 */
public record TargetRule(Cond enter, long enterShares, Cond exit, long exitShares) {
    public TargetRule {
        if (enter == null || exit == null) {
            throw new IllegalArgumentException("enter and exit conditions are required");
        }
        if (enterShares < 0 || exitShares < 0) {
            throw new IllegalArgumentException("targets are long-only share counts >= 0");
        }
    }

    /** Bars before which neither condition can hold. */
    public int warmup() {
        return Math.min(enter.warmup(), exit.warmup());
    }

    @Override
    public String toString() {
        return "enter " + enterShares + " when " + enter + "; go to " + exitShares + " when " + exit;
    }
}
