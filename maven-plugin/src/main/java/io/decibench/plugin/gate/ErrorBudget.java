package io.decibench.plugin.gate;

import io.decibench.plugin.stats.StudentT;

/**
 * The gate's error control over a whole run (see the site's "Verdicts" page): a run of unchanged code may FAIL in
 * at most {@link #FAIL_RATE} and WARN in at most {@link #WARN_RATE} of runs, over all its gated rows together.
 * Bonferroni: with K gated rows, each row's one-sided error is at most {@code WARN_RATE / K} for "lower bound above
 * 0" (which WARN and FAIL both need), and at most {@code FAIL_RATE / K} for "lower bound above the warn threshold"
 * (which FAIL needs). Each row's interval is {@code d ± c·se} with the smallest c meeting both:
 * {@code c = max(t(1 - WARN_RATE/K), t(1 - FAIL_RATE/K) - ln(1 + warn) / se)}. Bonferroni holds whatever the
 * correlation between rows (rows of one scenario share its float forks), so the rates are upper bounds.
 *
 * @param gatedRows the number of rows with an interval in this run (K)
 */
public record ErrorBudget(int gatedRows, Thresholds thresholds) {

    /** Largest share of unchanged-code runs that may FAIL. */
    public static final double FAIL_RATE = 0.005;

    /** Largest share of unchanged-code runs that may WARN (or FAIL). */
    public static final double WARN_RATE = 0.05;

    public ErrorBudget {
        if (gatedRows < 1) {
            gatedRows = 1;
        }
    }

    /** The critical value c for a row with this standard error and degrees of freedom. */
    public double critical(double standardError, double degreesOfFreedom) {
        double warn = StudentT.quantile(1 - WARN_RATE / gatedRows, degreesOfFreedom);
        if (!(standardError > 0)) {
            return warn;
        }
        double fail = StudentT.quantile(1 - FAIL_RATE / gatedRows, degreesOfFreedom)
                - Math.log1p(thresholds.warn()) / standardError;
        return Math.max(warn, fail);
    }

    /** The two-sided confidence of an interval {@code ± c·se} with these degrees of freedom. */
    public static double confidence(double critical, double degreesOfFreedom) {
        return 2 * StudentT.cdf(critical, degreesOfFreedom) - 1;
    }

    /** The interval of a change at this run's error budget. */
    public Change interval(io.decibench.plugin.stats.LogChange c) {
        if (!c.hasStandardError()) {
            return Change.withoutCi(c.change());
        }
        double k = critical(c.standardError(), c.degreesOfFreedom());
        double half = k * c.standardError();
        return new Change(c.change(), Math.expm1(c.logChange() - half), Math.expm1(c.logChange() + half),
                confidence(k, c.degreesOfFreedom()));
    }
}
