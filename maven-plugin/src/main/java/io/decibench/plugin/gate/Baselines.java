package io.decibench.plugin.gate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.decibench.plugin.results.Fingerprint;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The content of baselines.json (schema version 2): per scenario x mode the samples of every recorded session, the
 * machine and the measurement settings they were taken with, and the thresholds recorded with them.
 *
 * @param fingerprint the machine every session was measured on (times are gated only on it)
 * @param settings    the measurement settings of every session; null for a file of schema version 1, which did
 *                    not record them (such a baseline is read, shown, and compared with nothing)
 * @param sessions    the recorded sessions, oldest first
 */
public record Baselines(int schemaVersion, Instant createdAt, Instant updatedAt, Fingerprint fingerprint,
                        GateSettings settings, Thresholds thresholds, List<BaselineSession> sessions,
                        List<BaselineRow> rows) {

    /** The schema version this code writes. */
    public static final int SCHEMA_VERSION = 2;

    public Baselines {
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /** The row of one scenario x mode. */
    @JsonIgnore
    public Optional<BaselineRow> row(String scenario, String mode) {
        return rows.stream().filter(r -> r.is(scenario, mode)).findFirst();
    }

    /** Whether this is a schema-1 file without settings: it cannot be compared or extended, only replaced. */
    @JsonIgnore
    public boolean legacy() {
        return settings == null;
    }

    /** The session with this id. */
    @JsonIgnore
    public Optional<BaselineSession> session(int id) {
        return sessions.stream().filter(s -> s.id() == id).findFirst();
    }
}
