package io.decibench.plugin.stats;

/**
 * Student's t distribution: CDF through the regularized incomplete beta function and the quantile by bracketing
 * and bisection, for any positive (also non-integer, Welch) degrees of freedom.
 */
public final class StudentT {

    /** Lanczos coefficients for g = 671/128 (Numerical Recipes, 3rd ed., section 6.1). */
    private static final double[] LANCZOS = {
        57.1562356658629235, -59.5979603554754912, 14.1360979747417471, -0.491913816097620199,
        .339946499848118887e-4, .465236289270485756e-4, -.983744753048795646e-4, .158088703224912494e-3,
        -.210264441724104883e-3, .217439618115212643e-3, -.164318106536763890e-3, .844182239838527433e-4,
        -.261908384015814087e-4, .368991826595316234e-5};

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
        double x = df / (df + t * t);
        double tail = 0.5 * regularizedBeta(x, df / 2.0, 0.5);
        return t > 0 ? 1.0 - tail : tail;
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
            return -quantile(1.0 - p, df);
        }
        double lo = 0.0;
        double hi = 1.0;
        while (cdf(hi, df) < p) {
            lo = hi;
            hi *= 2.0;
            if (hi > 1e300) {
                return Double.POSITIVE_INFINITY;
            }
        }
        // Bisection is slow but cannot diverge in the heavy tails where Newton overshoots (df near 1).
        for (int i = 0; i < 200 && hi - lo > 1e-14 * hi; i++) {
            double mid = 0.5 * (lo + hi);
            if (cdf(mid, df) < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** The two-sided critical value for a {@code confidence} interval, e.g. 0.95 -> t(0.975, df). */
    public static double critical(double confidence, double df) {
        if (!(confidence > 0.0 && confidence < 1.0)) {
            throw new IllegalArgumentException("confidence must lie strictly between 0 and 1, got " + confidence);
        }
        return quantile(0.5 + confidence / 2.0, df);
    }

    /** I_x(a, b), the regularized incomplete beta function. */
    static double regularizedBeta(double x, double a, double b) {
        if (x <= 0.0) {
            return 0.0;
        }
        if (x >= 1.0) {
            return 1.0;
        }
        double lnFront = lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
        double front = Math.exp(lnFront);
        // The continued fraction converges fast only on this side of the mean; use the symmetry otherwise.
        if (x < (a + 1.0) / (a + b + 2.0)) {
            return front * betaContinuedFraction(x, a, b) / a;
        }
        return 1.0 - front * betaContinuedFraction(1.0 - x, b, a) / b;
    }

    private static double betaContinuedFraction(double x, double a, double b) {
        final double tiny = 1e-300;
        double qab = a + b;
        double qap = a + 1.0;
        double qam = a - 1.0;
        double c = 1.0;
        double d = 1.0 - qab * x / qap;
        if (Math.abs(d) < tiny) {
            d = tiny;
        }
        d = 1.0 / d;
        double h = d;
        for (int m = 1; m <= 10_000; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1.0 + aa * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = 1.0 + aa / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1.0 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1.0 + aa * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = 1.0 + aa / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1.0 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1.0) < 1e-15) {
                return h;
            }
        }
        return h;
    }

    /** ln Gamma(x) for x > 0, accurate to about 1e-15 relative. */
    static double lnGamma(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("ln Gamma needs x > 0, got " + x);
        }
        double tmp = x + 5.24218750000000000;
        tmp = (x + 0.5) * Math.log(tmp) - tmp;
        double ser = 0.999999999999997092;
        double y = x;
        for (double c : LANCZOS) {
            ser += c / ++y;
        }
        return tmp + Math.log(2.5066282746310005 * ser / x);
    }

    private static void requireDf(double df) {
        if (!(df > 0.0) || Double.isNaN(df)) {
            throw new IllegalArgumentException("degrees of freedom must be positive, got " + df);
        }
    }
}
