package io.decibench.plugin.results;

import io.decibench.plugin.stats.TargetVerdict;
import java.util.List;

/**
 * A run's results judged against another overhead target than the one the benchmark recorded: {@code mvn
 * decibench:check -Ddecibench.target=50} asks whether the same measurements meet 50%. Only the target verdicts
 * change (per row, per mode overall, per scenario and the run's), decided from the recorded intervals by the rules
 * the benchmark uses (see the site's "Verdicts" page); every measured number stays as it was.
 */
public final class TargetRejudged {

    private TargetRejudged() {
    }

    /** {@code results} with every target verdict decided against {@code targetPercent}. */
    public static BenchmarkResults against(BenchmarkResults results, double targetPercent) {
        if (!(targetPercent > 0) || Double.isInfinite(targetPercent)) {
            throw new IllegalArgumentException("decibench.target must be a positive percentage, was " + targetPercent
                    + " (e.g. -Ddecibench.target=30)");
        }
        List<Overhead> overheads = results.overheads().stream()
                .map(o -> new Overhead(o.scenario(), o.mode(), o.overheadPercent(), o.overheadCiLow(),
                        o.overheadCiHigh(), o.pairRatios(), targetPercent, verdict(o.overheadPercent(),
                        o.overheadCiLow(), o.overheadCiHigh(), targetPercent), o.sameEngineReference(),
                        o.sameEngineOverheadPercent(), o.sameEngineOverheadCiLow(), o.sameEngineOverheadCiHigh(),
                        o.sameEnginePairRatios()))
                .toList();
        List<OverallOverhead> overall = results.overall().stream()
                .map(o -> new OverallOverhead(o.mode(), o.scenarios(), o.overheadPercent(), o.overheadCiLow(),
                        o.overheadCiHigh(), verdict(o.overheadPercent(), o.overheadCiLow(), o.overheadCiHigh(),
                        targetPercent), o.sameEngineReference(), o.sameEngineScenarios(),
                        o.sameEngineOverheadPercent(), o.sameEngineOverheadCiLow(), o.sameEngineOverheadCiHigh()))
                .toList();
        List<ScenarioVerdict> scenarioVerdicts = TargetVerdicts.perScenario(results.scenarioNames(), overheads);
        RunVerdict verdict = TargetVerdicts.run(scenarioVerdicts, overheads, overall);
        Settings s = results.settings();
        Settings settings = s == null ? null : new Settings(s.scenarios(), s.modes(), s.runs(), s.warmupIterations(),
                s.warmupTime(), s.iterations(), s.iterationTime(), s.quick(), targetPercent, s.confidence(),
                s.order(), s.forkTimeoutSeconds());
        return new BenchmarkResults(results.schemaVersion(), results.timestamp(), results.gitCommit(),
                results.fingerprint(), settings, results.modes(), results.scenarios(), results.results(), overheads,
                overall, scenarioVerdicts, verdict, results.exactness(), results.forkVm());
    }

    /** Null stays null: a row without an end-to-end figure (float not measured) has no target verdict. */
    private static TargetVerdict verdict(Double point, Double low, Double high, double target) {
        return point == null ? null : TargetVerdict.of(low, high, target);
    }
}
