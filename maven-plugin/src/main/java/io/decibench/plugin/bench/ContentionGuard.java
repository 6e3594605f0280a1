package io.decibench.plugin.bench;

import io.decibench.plugin.results.ForkLoad;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Tells whether another process competed with a fork for the CPU: it reads the machine's counters before and after
 * the fork and counts the CPU that neither this build nor its forks used (see {@link CpuSampler}). A fork during
 * which other processes used more than {@code limit} cores on average is contended: {@link JmhForkRunner} re-runs
 * it once, after waiting for the machine to calm down, and the gate never fails a run that stays contended (see the
 * site's "Verdicts" page).
 */
public class ContentionGuard {

    /** The default limit: a quarter of a core used by others, on average over the fork. */
    public static final double DEFAULT_LIMIT = 0.25;

    /** The longest wait for a calm machine before a contended fork is re-run anyway. */
    static final Duration CALM_WAIT = Duration.ofSeconds(30);

    private static final Duration CALM_WINDOW = Duration.ofSeconds(1);

    private final Double limit;
    private final CpuSampler sampler;
    private final Duration calmWait;
    /** Set once a wait ran out: a machine busy for that long is busy for the run, and waiting again only adds time. */
    private boolean stayedBusy;

    /**
     * @param limit cores other processes may use during a fork; null switches the guard off (loads are still
     *              sampled and recorded, never judged)
     */
    public ContentionGuard(Double limit, CpuSampler sampler, Duration calmWait) {
        if (limit != null && !(limit >= 0)) {
            throw new IllegalArgumentException("decibench.contentionLimit must be a number of cores >= 0, was "
                    + limit + " (e.g. -Ddecibench.contentionLimit=" + DEFAULT_LIMIT + "; -1 switches it off)");
        }
        this.limit = limit;
        this.sampler = sampler;
        this.calmWait = calmWait;
    }

    /** The guard of this machine with {@code limit} (null: off). */
    public static ContentionGuard of(Double limit) {
        return new ContentionGuard(limit, new CpuSampler(), CALM_WAIT);
    }

    /** Records loads but never calls a fork contended (tests, and users who switch the guard off). */
    public static ContentionGuard off() {
        return new ContentionGuard(null, new CpuSampler(), Duration.ZERO);
    }

    /** The limit in cores, null when off. */
    public Double limit() {
        return limit;
    }

    /** A value and the load while it was computed. */
    public record Sampled<T>(T value, ForkLoad load) {
    }

    /** Runs {@code work} (one fork) and measures the machine's load around it. */
    public <T> Sampled<T> around(Supplier<T> work) {
        CpuSampler.Reading before = sampler.read();
        T value = work.get();
        return new Sampled<>(value, load(before, sampler.read()));
    }

    /** The load between two readings; contended when other processes used more than the limit. */
    ForkLoad load(CpuSampler.Reading before, CpuSampler.Reading after) {
        double seconds = (after.nanoTime() - before.nanoTime()) / 1e9;
        if (!(seconds > 0)) {
            return ForkLoad.UNKNOWN;
        }
        Double other = null;
        if (before.busyTicks() != null && after.busyTicks() != null && before.ownTicks() != null
                && after.ownTicks() != null) {
            long busy = after.busyTicks() - before.busyTicks();
            long own = after.ownTicks() - before.ownTicks();
            // Tick granularity (10 ms) can make own exceed busy by a tick or two on a quiet machine.
            other = Math.max(0, busy - own) / CpuSampler.TICKS_PER_SECOND / seconds;
        }
        Double pressure = null;
        if (before.pressureMicros() != null && after.pressureMicros() != null) {
            pressure = Math.min(1.0, (after.pressureMicros() - before.pressureMicros()) / 1e6 / seconds);
        }
        boolean contended = limit != null && other != null && other > limit;
        return new ForkLoad(other, pressure, after.loadAverage(), contended, 0);
    }

    /**
     * Waits, in one-second windows, until other processes use no more than the limit, for at most the calm wait;
     * after one wait that ran out, later calls return at once.
     *
     * @return whether the machine was calm when the wait ended
     */
    public boolean awaitCalm(Consumer<String> log) {
        if (limit == null) {
            return true;
        }
        if (stayedBusy) {
            return false;
        }
        long deadline = System.nanoTime() + calmWait.toNanos();
        while (true) {
            CpuSampler.Reading before = sampler.read();
            sleep(CALM_WINDOW);
            ForkLoad window = load(before, sampler.read());
            if (!window.contended()) {
                return true;
            }
            if (System.nanoTime() >= deadline) {
                log.accept("[decibench] the machine is still busy (" + window.describe() + ") after "
                        + calmWait.toSeconds() + " s; re-running anyway, and re-running later contended forks"
                        + " without waiting");
                stayedBusy = true;
                return false;
            }
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ForkFailedException("Interrupted while waiting for the machine to calm down", e);
        }
    }
}
