package io.decibench.kernel.bench;

import io.decibench.kernel.spi.Backtest;
import io.decibench.kernel.spi.BacktestResult;
import org.openjdk.jmh.infra.Blackhole;

/**
 * An injected regression for calibrating the plugin's gate ({@code decibench.slowdown}): after each operation it does
 * {@code fraction} of that operation's own time in real CPU work ({@link Blackhole#consumeCPU}), so the slowed
 * mode takes {@code 1 + fraction} as long on any machine. How many tokens a nanosecond of work takes is measured in
 * the fork and re-measured on every operation (the token loop is compiled while the fork warms up). Never used in a
 * real measurement.
 */
final class InjectedWork {

    /** Tokens burnt to estimate the token rate before the first operation. */
    private static final long PROBE_TOKENS = 1 << 16;

    private final double fraction;
    private double tokensPerNano;

    private InjectedWork(double fraction) {
        this.fraction = fraction;
        long start = System.nanoTime();
        Blackhole.consumeCPU(PROBE_TOKENS);
        this.tokensPerNano = PROBE_TOKENS / (double) Math.max(1, System.nanoTime() - start);
    }

    /**
     * The work for a fraction given as text (the benchmark's {@code slowdown} parameter); null for none.
     *
     * @throws IllegalArgumentException when the text is not a number above 0
     */
    static InjectedWork of(String fraction) {
        if (fraction == null || fraction.isBlank()) {
            return null;
        }
        double f;
        try {
            f = Double.parseDouble(fraction.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("slowdown must be a fraction such as 0.25, was '" + fraction + "'", e);
        }
        if (!(f > 0) || Double.isInfinite(f)) {
            throw new IllegalArgumentException("slowdown must be a fraction above 0, was " + fraction);
        }
        return new InjectedWork(f);
    }

    double fraction() {
        return fraction;
    }

    /** Runs the backtest, then burns {@code fraction} of its time. */
    BacktestResult run(Backtest backtest) {
        long start = System.nanoTime();
        BacktestResult result = backtest.run();
        long opNanos = System.nanoTime() - start;
        long tokens = Math.max(1, Math.round(fraction * opNanos * tokensPerNano));
        long burnStart = System.nanoTime();
        Blackhole.consumeCPU(tokens);
        long burnNanos = System.nanoTime() - burnStart;
        if (burnNanos > 0) {
            // Exponential smoothing: one preempted burn must not swing the next operation's work.
            tokensPerNano += 0.2 * (tokens / (double) burnNanos - tokensPerNano);
        }
        return result;
    }
}
