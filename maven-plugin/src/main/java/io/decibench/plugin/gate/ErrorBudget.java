package io.decibench.plugin.gate;

import io.decibench.plugin.stats.StudentT;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gate's error control over a whole run (see the site's "Verdicts" page): a run of unchanged code may FAIL in
 * at most {@link #FAIL_RATE} and WARN in at most {@link #WARN_RATE} of runs, over all its gated rows together.
 * Bonferroni: with K gated rows, each row's one-sided error is at most {@code WARN_RATE / K} for "lower bound above
 * 0" (which WARN and FAIL both need), and at most {@code FAIL_RATE / K} for "lower bound above the warn threshold"
 * (which FAIL needs). Each row's interval is {@code d ± c·se} with the smallest c meeting both:
 * {@code c = max(t(1 - WARN_RATE/K), t(1 - FAIL_RATE/K) - ln(1 + warn) / se)}. Bonferroni holds whatever the
 * correlation between rows (rows of one scenario share its float forks), so the rates are upper bounds. A row
 * that picks the narrower of two intervals takes each at half its share ({@code shares} = 2).
 *
 * @param gatedRows the number of rows with an interval in this run (K)
 * @param shares    into how many candidate intervals a row's share is split (1, or 2 when it chooses)
 */
public record ErrorBudget(int gatedRows, Thresholds thresholds, int shares) {

    /** Largest share of unchanged-code runs that may FAIL. */
    public static final double FAIL_RATE = 0.005;

    /** Largest share of unchanged-code runs that may WARN (or FAIL). */
    public static final double WARN_RATE = 0.05;

    /** Quantiles by (rate, rows, df): the same few are needed for every row of every run (and simulated build). */
    private static final Map<String, Double> QUANTILES = new ConcurrentHashMap<>();

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1,
            NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);

    public ErrorBudget {
        if (gatedRows < 1) {
            gatedRows = 1;
        }
        if (shares < 1) {
            shares = 1;
        }
    }

    /** The budget of a run with {@code gatedRows} rows, each row taking one share. */
    public ErrorBudget(int gatedRows, Thresholds thresholds) {
        this(gatedRows, thresholds, 1);
    }

    /** Half of a row's share: for a row that chooses between two intervals, each candidate's share. */
    public ErrorBudget halved() {
        return new ErrorBudget(gatedRows, thresholds, shares * 2);
    }

    /** The critical value c for a row with this standard error and degrees of freedom. */
    public double critical(double standardError, double degreesOfFreedom) {
        double warn = quantile(WARN_RATE, degreesOfFreedom);
        if (!(standardError > 0)) {
            return warn;
        }
        double fail = quantile(FAIL_RATE, degreesOfFreedom) - Math.log1p(thresholds.warn()) / standardError;
        return Math.max(warn, fail);
    }

    /** The critical value when the standard error is known exactly (a normal quantile at the WARN share). */
    public double knownVarianceCritical() {
        return quantile(WARN_RATE, Double.POSITIVE_INFINITY);
    }

    private double quantile(double rate, double degreesOfFreedom) {
        int rows = gatedRows * shares;
        double df = cacheable(degreesOfFreedom);
        return QUANTILES.computeIfAbsent(rate + "/" + rows + "/" + df, k -> Double.isInfinite(df)
                ? NORMAL.inverseCumulativeProbability(1 - rate / rows) : StudentT.quantile(1 - rate / rows, df));
    }

    /**
     * Welch-Satterthwaite gives fractional df: rounding down (to a tenth below 100, to a unit below 1000, and to 1000
     * above, where t and normal quantiles differ by under 1%) keeps the caches small and errs on the wide side.
     */
    private static double cacheable(double df) {
        if (Double.isInfinite(df)) {
            return df;
        }
        if (df >= 1000) {
            return 1000;
        }
        return df >= 100 ? Math.floor(df) : Math.max(0.1, Math.floor(df * 10) / 10);
    }

    /** The two-sided confidence of an interval {@code ± c·se} with these degrees of freedom. */
    public static double confidence(double critical, double degreesOfFreedom) {
        double p = Double.isInfinite(degreesOfFreedom) ? NORMAL.cumulativeProbability(critical)
                : StudentT.cdf(critical, degreesOfFreedom);
        return 2 * p - 1;
    }

    /** The interval of a change at this run's error budget. */
    public Change interval(io.decibench.plugin.stats.LogChange c) {
        if (!c.hasStandardError()) {
            return Change.withoutCi(c.change());
        }
        double k = critical(c.standardError(), c.degreesOfFreedom());
        double half = k * c.standardError();
        // When the WARN share sets c, the confidence is that share; only a FAIL-set c needs the distribution.
        double confidence = k == quantile(WARN_RATE, c.degreesOfFreedom()) ? 1 - 2 * WARN_RATE / (gatedRows * shares)
                : confidence(k, cacheable(c.degreesOfFreedom()));
        return new Change(c.change(), Math.expm1(c.logChange() - half), Math.expm1(c.logChange() + half),
                confidence);
    }
}
