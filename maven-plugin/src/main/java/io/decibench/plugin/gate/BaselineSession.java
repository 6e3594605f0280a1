package io.decibench.plugin.gate;

import java.time.Instant;

/**
 * One recorded session of the baselines: one benchmark run taken into the file by {@code baseline}. Sessions are
 * what let the gate see how much a whole run moves from one occasion to the next.
 *
 * @param id               1-based, increasing; rows refer to it
 * @param recordedAt       when {@code baseline} took it in
 * @param resultsTimestamp when the run ended (its benchmark-results.json timestamp)
 * @param gitCommit        the commit the run measured, null when unknown
 * @param runs             the run's rounds (forks per scenario x mode)
 */
public record BaselineSession(int id, Instant recordedAt, Instant resultsTimestamp, String gitCommit, int runs) {
}
