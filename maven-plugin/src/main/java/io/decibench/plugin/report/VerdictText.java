package io.decibench.plugin.report;

import io.decibench.plugin.results.BenchmarkResults;
import io.decibench.plugin.results.Overhead;
import io.decibench.plugin.results.RunVerdict;
import io.decibench.plugin.results.ScenarioVerdict;
import io.decibench.plugin.stats.TargetVerdict;
import io.decibench.plugin.view.Format;
import io.decibench.plugin.view.Text;
import io.decibench.plugin.view.Tone;
import java.util.Optional;

/**
 * How every output says a target verdict (console, Markdown, site, check table, JUnit XML, step summary), so the
 * run's verdict and its reason read the same everywhere.
 */
public final class VerdictText {

    private VerdictText() {
    }

    /** The verdict word, {@code none} when there is none. */
    public static String word(TargetVerdict v) {
        return v == null ? "none" : v.name();
    }

    /** How a target verdict reads at a glance. */
    public static Tone tone(TargetVerdict v) {
        if (v == null) {
            return Tone.NONE;
        }
        return switch (v) {
            case MET -> Tone.GOOD;
            case MISSED -> Tone.BAD;
            case INCONCLUSIVE -> Tone.WARNING;
        };
    }

    /** The reason of the run's verdict, e.g. {@code no exact mode meets the 30% target end to end in `rsi`}. */
    public static Text runReason(BenchmarkResults r) {
        RunVerdict v = r.verdict();
        String target = target(r);
        if (v == null || v.verdict() == null) {
            return Text.of("no exact mode was measured against float, so there is no overhead to judge");
        }
        Text.Builder b = Text.builder();
        switch (v.verdict()) {
            case MET -> {
                if (v.mode() != null) {
                    b.code(v.mode()).plain(" meets the " + target + " target end to end in every scenario (")
                            .codes(v.decidedBy()).plain(")");
                } else {
                    b.plain("every scenario has an exact mode that meets the " + target
                            + " target end to end, though no single mode meets it in all of them (")
                            .codes(v.decidedBy()).plain(")");
                }
            }
            case MISSED -> b.plain("no exact mode meets the " + target + " target end to end in ").codes(v.decidedBy());
            case INCONCLUSIVE -> b.plain("the confidence intervals cannot decide against the " + target
                    + " target in ").codes(v.decidedBy()).plain("; more rounds narrow them");
        }
        return b.build();
    }

    /** One line: {@code Run verdict: MISSED — no exact mode meets ...}. */
    public static Text runLine(BenchmarkResults r) {
        return Text.builder().plain("Run verdict: " + word(r.verdict() == null ? null : r.verdict().verdict()) + " — ")
                .text(runReason(r)).build();
    }

    /** The reason of a scenario's verdict, e.g. {@code cheapest exact mode `decimal-fixed` +12.0% [+10.0%, +14.0%]}. */
    public static Text scenarioReason(BenchmarkResults r, ScenarioVerdict v) {
        Optional<Overhead> o = r.overhead(v.scenario(), v.mode());
        String figure = o.map(x -> " " + Format.percentWithInterval(x.overheadPercent(), x.overheadCiLow(),
                x.overheadCiHigh())).orElse("");
        return switch (v.verdict()) {
            case MET -> Text.builder().code(v.mode()).plain(" meets it:" + figure).build();
            case MISSED -> Text.builder().plain("every exact mode misses it; the cheapest, ").code(v.mode())
                    .plain(", costs" + figure).build();
            case INCONCLUSIVE -> Text.builder().plain("undecided; the cheapest undecided mode, ").code(v.mode())
                    .plain(", costs" + figure).build();
        };
    }

    /** The run's target, e.g. {@code 30%}. */
    public static String target(BenchmarkResults r) {
        return Format.threshold(r.settings() == null ? 30.0 : r.settings().targetPercent());
    }

    /** The run's confidence level, e.g. {@code 95%}. */
    public static String confidence(BenchmarkResults r) {
        return Format.thresholdFraction(r.settings() == null ? 0.95 : r.settings().confidence());
    }
}
