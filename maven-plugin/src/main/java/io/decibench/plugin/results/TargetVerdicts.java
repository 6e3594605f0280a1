package io.decibench.plugin.results;

import io.decibench.plugin.stats.TargetVerdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The target verdicts of a run with mixed scenarios (see the site's "Verdicts" page). A scenario is judged over the
 * exact modes that ran in it, so a cheap mode that only some scenarios have cannot speak for the others; the run is
 * the worst of its scenarios, so it is never MET while some scenario's every exact mode MISSED.
 */
public final class TargetVerdicts {

    private static final Comparator<Overhead> CHEAPEST = Comparator.comparingDouble(Overhead::overheadPercent);

    private TargetVerdicts() {
    }

    /** Per scenario with at least one end-to-end verdict, in scenario order. */
    public static List<ScenarioVerdict> perScenario(List<String> scenarios, List<Overhead> overheads) {
        List<ScenarioVerdict> out = new ArrayList<>();
        for (String scenario : scenarios) {
            List<Overhead> judged = overheads.stream()
                    .filter(o -> o.scenario().equals(scenario) && o.verdict() != null && o.overheadPercent() != null)
                    .toList();
            if (judged.isEmpty()) {
                continue;
            }
            Optional<Overhead> met = cheapest(judged, TargetVerdict.MET);
            if (met.isPresent()) {
                out.add(new ScenarioVerdict(scenario, TargetVerdict.MET, met.get().mode()));
            } else if (judged.stream().allMatch(o -> o.verdict() == TargetVerdict.MISSED)) {
                out.add(new ScenarioVerdict(scenario, TargetVerdict.MISSED, judged.stream().min(CHEAPEST)
                        .orElseThrow().mode()));
            } else {
                out.add(new ScenarioVerdict(scenario, TargetVerdict.INCONCLUSIVE,
                        cheapest(judged, TargetVerdict.INCONCLUSIVE).orElseThrow().mode()));
            }
        }
        return out;
    }

    /**
     * The worst scenario verdict: MISSED over INCONCLUSIVE over MET. A MET run names the exact mode that met the
     * target in every scenario (the cheapest overall when several did), or none when different scenarios met it with
     * different modes. Null when no scenario has a verdict.
     */
    public static RunVerdict run(List<ScenarioVerdict> scenarios, List<Overhead> overheads,
                                 List<OverallOverhead> overall) {
        if (scenarios.isEmpty()) {
            return null;
        }
        for (TargetVerdict worst : List.of(TargetVerdict.MISSED, TargetVerdict.INCONCLUSIVE)) {
            List<String> decided = scenarios.stream().filter(s -> s.verdict() == worst)
                    .map(ScenarioVerdict::scenario).toList();
            if (!decided.isEmpty()) {
                return new RunVerdict(worst, null, decided);
            }
        }
        List<String> all = scenarios.stream().map(ScenarioVerdict::scenario).toList();
        String everywhere = overall.stream()
                .filter(o -> all.stream().allMatch(s -> overheads.stream().anyMatch(x -> x.scenario().equals(s)
                        && x.mode().equals(o.mode()) && x.verdict() == TargetVerdict.MET)))
                .filter(o -> o.overheadPercent() != null)
                .min(Comparator.comparingDouble(OverallOverhead::overheadPercent))
                .map(OverallOverhead::mode)
                .orElse(null);
        return new RunVerdict(TargetVerdict.MET, everywhere, all);
    }

    private static Optional<Overhead> cheapest(List<Overhead> rows, TargetVerdict verdict) {
        return rows.stream().filter(o -> o.verdict() == verdict).min(CHEAPEST);
    }
}
