package io.decibench.plugin.profile;

/**
 * The breakdown of one scenario x mode profiled under one label.
 *
 * @param recording       the flight recording's file name, relative to the label's folder
 * @param durationSeconds length of the recorded window (after the warm-up)
 * @param warmupSeconds   how long the backtest ran before the recording started (JIT warm-up, not recorded)
 */
public record Profile(String scenario, String mode, String recording, int durationSeconds, int warmupSeconds,
                      Breakdown breakdown) {

    /** {@code scenario / mode}, the way tables and messages name a cell. */
    public String cell() {
        return scenario + " / " + mode;
    }
}
