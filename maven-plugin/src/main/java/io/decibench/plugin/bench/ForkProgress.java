package io.decibench.plugin.bench;

import java.time.Duration;
import java.util.Locale;

/**
 * The one log line per finished fork, with an ETA extrapolated from the average fork duration so far, e.g.
 * {@code [decibench] daily / decimal  round 2/5  fork 7/45  3.412 ms/op  ETA 1m20s}.
 */
public final class ForkProgress {

    private ForkProgress() {
    }

    public static String line(ScheduledFork fork, double mean, String unit, Duration elapsed) {
        long remaining = fork.total() - fork.index();
        Duration eta = elapsed.multipliedBy(remaining).dividedBy(fork.index());
        return String.format(Locale.ROOT, "[decibench] %s / %s  round %d/%d  fork %d/%d  %.3f %s  ETA %s",
                fork.scenario(), fork.mode(), fork.round(), fork.runs(), fork.index(), fork.total(), mean, unit,
                format(eta));
    }

    /** {@code 45s}, {@code 1m20s}, {@code 1h02m}. */
    static String format(Duration d) {
        long s = Math.max(0, Math.round(d.toMillis() / 1000.0));
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return (s / 60) + "m" + String.format(Locale.ROOT, "%02d", s % 60) + "s";
        }
        return (s / 3600) + "h" + String.format(Locale.ROOT, "%02d", (s % 3600) / 60) + "m";
    }
}
