package io.decibench.plugin.results;

import io.decibench.plugin.stats.TargetVerdict;

/**
 * The target verdict of one scenario over the exact modes that ran in it: {@code MET} when at least one exact mode
 * meets the target end to end (then {@code mode} is the cheapest that does), {@code MISSED} when every exact mode
 * that ran misses it ({@code mode}: the cheapest of them), {@code INCONCLUSIVE} otherwise ({@code mode}: the
 * cheapest undecided one). See the site's "Verdicts" page.
 */
public record ScenarioVerdict(String scenario, TargetVerdict verdict, String mode) {
}
