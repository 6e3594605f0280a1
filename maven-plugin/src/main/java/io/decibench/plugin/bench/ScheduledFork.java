package io.decibench.plugin.bench;

/**
 * One JMH fork the schedule will start.
 *
 * @param index    1-based position in the whole schedule
 * @param total    number of forks in the schedule
 * @param round    1-based round; forks of one round and scenario are paired across modes
 * @param position 0-based order of this fork within its round and scenario
 * @param slowdown extra CPU work injected into each measured operation, as a fraction of its time (0 for none;
 *                 {@code decibench.slowdown}, calibration and tests only)
 */
public record ScheduledFork(int index, int total, int round, int runs, int position, String scenario, String mode,
                            double slowdown) {

    /** A fork that measures the code as it is. */
    public ScheduledFork(int index, int total, int round, int runs, int position, String scenario, String mode) {
        this(index, total, round, runs, position, scenario, mode, 0);
    }

    /** A file-name-safe label, e.g. {@code 007-daily-decimal}. */
    public String label() {
        return String.format("%03d-%s-%s", index, scenario, mode).replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
