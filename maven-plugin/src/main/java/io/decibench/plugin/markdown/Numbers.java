package io.decibench.plugin.markdown;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** How the report prints numbers: locale-independent, times to 4 significant digits, percents to 0.1. */
final class Numbers {

    private Numbers() {
    }

    /** A time or byte count to 4 significant digits, plain notation ("12.35", "0.001235", "1235000"). */
    static String sig(Double v) {
        if (v == null) {
            return "n/a";
        }
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? "0" : v.toString();
        }
        return new BigDecimal(v).round(new MathContext(4, RoundingMode.HALF_EVEN)).stripTrailingZeros()
                .toPlainString();
    }

    /**
     * "mean ± half" with both rounded to the half-width's second significant digit ("10.00 ± 0.20"), so the
     * printed precision matches what the interval supports.
     */
    static String plusMinus(double mean, double half) {
        if (!(half > 0) || !Double.isFinite(half)) {
            return sig(mean) + " ± 0";
        }
        int decimals = Math.max(0, 1 - (int) Math.floor(Math.log10(half)));
        return String.format(Locale.ROOT, "%." + decimals + "f ± %." + decimals + "f", mean, half);
    }

    /** A percentage with one decimal, e.g. "12.3 %". */
    static String percent(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.1f %%", v);
    }

    /** "12.3 % [10.1 %, 14.6 %]", or "12.3 % (no CI)" with fewer than two pairs. */
    static String percentWithCi(Double point, Double low, Double high) {
        if (point == null) {
            return "n/a";
        }
        if (low == null || high == null) {
            return percent(point) + " (no CI)";
        }
        return percent(point) + " [" + percent(low) + ", " + percent(high) + "]";
    }

    /** A ratio with 4 decimals. */
    static String ratio(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    /** Bytes as B, KiB or MiB, e.g. "1.5 MiB". */
    static String bytes(Double v) {
        if (v == null) {
            return "n/a";
        }
        if (v >= 1024 * 1024) {
            return sig(v / (1024 * 1024)) + " MiB";
        }
        if (v >= 1024) {
            return sig(v / 1024) + " KiB";
        }
        return sig(v) + " B";
    }
}
