package io.decibench.plugin.stats;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Student's t distribution for any positive (also non-integer, Welch-Satterthwaite) degrees of freedom, computed by
 * commons-math3's {@link TDistribution}; this class only adds the argument checks and the two-sided critical value
 * the intervals use.
 */
public final class StudentT {

    /** Quantiles to about 1e-12 absolute: the gate's per-row critical values sit far in the tail. */
    private static final double INVERSE_ACCURACY = 1e-12;

    /**
     * Quantiles already computed, by (p, df): runs and simulated builds ask for the same few again and again, and the
     * inverse takes a root search. Bounded, since Welch's fractional df would otherwise grow it without end.
     */
    private static final Map<Key, Double> QUANTILES = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 100_000;

    private record Key(double p, double df) {
    }

    private StudentT() {
    }

    /** P(T <= t) for T with {@code df} degrees of freedom. */
    public static double cdf(double t, double df) {
        requireDf(df);
        if (Double.isNaN(t)) {
            return Double.NaN;
        }
        if (Double.isInfinite(t)) {
            return t > 0 ? 1.0 : 0.0;
        }
        return distribution(df).cumulativeProbability(t);
    }

    /** The t with P(T <= t) = p, e.g. {@code quantile(0.975, 4)} = 2.776. */
    public static double quantile(double p, double df) {
        requireDf(df);
        if (!(p > 0.0 && p < 1.0)) {
            throw new IllegalArgumentException("a t quantile needs 0 < p < 1, got " + p);
        }
        if (p == 0.5) {
            return 0.0;
        }
        if (p < 0.5) {
            // The upper half and symmetry: the solver is most accurate away from p = 0.
            return -quantile(1.0 - p, df);
        }
        Key key = new Key(p, df);
        Double cached = QUANTILES.get(key);
        if (cached != null) {
            return cached;
        }
        double q = distribution(df).inverseCumulativeProbability(p);
        if (QUANTILES.size() < MAX_CACHED) {
            QUANTILES.put(key, q);
        }
        return q;
    }

    /** The two-sided critical value for a {@code confidence} interval, e.g. 0.95 -> t(0.975, df). */
    public static double critical(double confidence, double df) {
        if (!(confidence > 0.0 && confidence < 1.0)) {
            throw new IllegalArgumentException("confidence must lie strictly between 0 and 1, got " + confidence);
        }
        return quantile(0.5 + confidence / 2.0, df);
    }

    /** No random generator: only the distribution functions are used, never sampling. */
    private static TDistribution distribution(double df) {
        return new TDistribution(null, df, INVERSE_ACCURACY);
    }

    private static void requireDf(double df) {
        if (!(df > 0.0) || Double.isNaN(df)) {
            throw new IllegalArgumentException("degrees of freedom must be positive, got " + df);
        }
    }
}
