package io.decibench.plugin.report;

import io.decibench.plugin.view.Text;

/**
 * One next step derived from a run: what kind of advice it is, the advice as text with code spans, and the command
 * that acts on it (null when there is none). Views render it; nothing parses it back.
 */
public record Recommendation(Kind kind, Text text, String command) {

    /** What a recommendation is about, most urgent first. */
    public enum Kind {
        /** A gate row regressed against the baselines. */
        REGRESSION,
        /** Exact modes disagree: a kernel bug. */
        EXACTNESS,
        /** A selected mode could not run on this machine. */
        UNAVAILABLE_MODE,
        /** Too few rounds for any interval. */
        ROUNDS,
        /** An overhead's interval contains the target. */
        INCONCLUSIVE,
        /** Fork times vary too much. */
        NOISE,
        /** Which exact mode to use, per the scenario verdicts. */
        CHOICE,
        /** Every exact mode missed the target in a scenario. */
        MISSED,
        /** A binary-float mode takes decisions differently from the exact ledger. */
        DECISIONS,
        /** A binary-float mode drifts from the exact ledger. */
        DRIFT,
        /** A mode allocates heavily per backtest. */
        ALLOCATION,
        /** The figures come from the quick preset. */
        QUICK,
        /** No baselines yet. */
        BASELINE,
        /** Nothing to act on. */
        NOTHING
    }

    /** The advice followed by its command as code, e.g. {@code Raise the rounds: `mvn verify -Ddecibench.runs=12`}. */
    public Text asText() {
        return command == null ? text : text.append(Text.builder().plain(": ").code(command).build());
    }
}
