package io.decibench.plugin.gate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;

/**
 * The baseline of one scenario x mode: the samples of every session recorded for it, oldest first.
 *
 * @param unit the unit of the fork times (e.g. ms/op)
 */
public record BaselineRow(String scenario, String mode, String unit, List<SessionSamples> sessions) {

    public BaselineRow {
        if (scenario == null || mode == null) {
            throw new IllegalArgumentException("a baseline row needs \"scenario\" and \"mode\"");
        }
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }

    /** Per session its fork times (sessions without any left out). */
    @JsonIgnore
    public List<List<Double>> timeSessions() {
        return sessions.stream().map(SessionSamples::forkTimes).filter(l -> !l.isEmpty()).toList();
    }

    /** Per session its pair ratios against float (empty for float). */
    @JsonIgnore
    public List<List<Double>> ratioSessions() {
        return sessions.stream().map(SessionSamples::pairRatios).filter(l -> !l.isEmpty()).toList();
    }

    /** The allocation of the latest session that measured one, null when none did. */
    @JsonIgnore
    public Double allocBytesPerOp() {
        for (int i = sessions.size() - 1; i >= 0; i--) {
            if (sessions.get(i).allocBytesPerOp() != null) {
                return sessions.get(i).allocBytesPerOp();
            }
        }
        return null;
    }

    /** Whether this row is for the given scenario x mode. */
    public boolean is(String scenarioName, String modeName) {
        return scenario.equals(scenarioName) && mode.equals(modeName);
    }

    /** This row with its sessions replaced. */
    public BaselineRow withSessions(List<SessionSamples> newSessions) {
        return new BaselineRow(scenario, mode, unit, newSessions);
    }

    /** {@code daily decimal}. */
    public String name() {
        return scenario + " " + mode;
    }

    /** Whether a row of the other one's scenario and mode. */
    public boolean sameCell(BaselineRow other) {
        return Objects.equals(scenario, other.scenario) && Objects.equals(mode, other.mode);
    }
}
