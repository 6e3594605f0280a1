package io.decibench.plugin.results;

import io.decibench.plugin.stats.TargetVerdict;
import java.util.List;

/**
 * The run's target verdict, the worst of its scenarios' verdicts (see the site's "Verdicts" page): {@code MISSED}
 * when some scenario's every exact mode missed the target, else {@code INCONCLUSIVE} when some scenario is
 * undecided, else {@code MET}. It is never MET while a scenario missed, whatever other scenarios or modes did.
 *
 * @param mode      the exact mode that meets the target in every scenario (the cheapest overall when several do);
 *                  null when the run is not MET or no single mode meets it everywhere
 * @param decidedBy the scenarios that decided the verdict: those that MISSED, those that are INCONCLUSIVE, or, for
 *                  MET, every scenario
 */
public record RunVerdict(TargetVerdict verdict, String mode, List<String> decidedBy) {

    public RunVerdict {
        decidedBy = decidedBy == null ? List.of() : List.copyOf(decidedBy);
    }

    /** A verdict decided by a single mode (tests, hand-made results). */
    public RunVerdict(String mode, TargetVerdict verdict) {
        this(verdict, mode, List.of());
    }
}
