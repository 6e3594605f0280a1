package io.decibench.plugin.report;

import io.decibench.plugin.markdown.MoneyFormat;

import java.util.Locale;

/** How the report writes numbers: one place, so the tables, the charts and the summary always agree. */
final class ReportFormat {

    /** Shown wherever a figure is undefined (a mode not measured, a CI from a single fork). */
    static final String NONE = "–";

    private ReportFormat() {
    }

    /** A signed percentage with one decimal, e.g. {@code +12.3 %}. */
    static String percent(Double p) {
        return p == null || !Double.isFinite(p) ? NONE : String.format(Locale.ROOT, "%+.1f %%", p);
    }

    /** A percentage CI, e.g. {@code [+10.1, +14.6] %}. */
    static String percentCi(Double low, Double high) {
        if (low == null || high == null || !Double.isFinite(low) || !Double.isFinite(high)) {
            return NONE;
        }
        return String.format(Locale.ROOT, "[%+.1f, %+.1f] %%", low, high);
    }

    /** An unsigned target, e.g. {@code 30 %} or {@code 12.5 %}. */
    static String target(double p) {
        return p == Math.rint(p) ? String.format(Locale.ROOT, "%.0f %%", p) : String.format(Locale.ROOT, "%.1f %%", p);
    }

    /** A time with four significant digits and its unit, e.g. {@code 12.35 ms/op}. */
    static String time(Double t, String unit) {
        if (t == null || !Double.isFinite(t)) {
            return NONE;
        }
        return significant(t) + (unit == null || unit.isBlank() ? "" : " " + unit);
    }

    /** A time CI as its half-width relative to the mean, e.g. {@code ± 0.12} (in the row's unit). */
    static String plusMinus(Double mean, Double low, Double high) {
        if (mean == null || low == null || high == null || !Double.isFinite(low) || !Double.isFinite(high)) {
            return "";
        }
        return " ± " + significant(Math.max(high - mean, mean - low));
    }

    /**
     * A money amount from the exactness run, shown as {@link MoneyFormat#readable} does:
     * a double's exact binary expansion (40 digits) hides the cents that matter. Not a number: shown as given.
     */
    static String decimal(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        return MoneyFormat.readable(value);
    }

    /** Bytes per operation, e.g. {@code 1,234 B/op}. */
    static String bytes(Double b) {
        return b == null || !Double.isFinite(b) ? NONE : String.format(Locale.ROOT, "%,.0f B/op", b);
    }

    /** A plain number with four significant digits (no exponent for the magnitudes a benchmark produces). */
    static String significant(double v) {
        if (v == 0) {
            return "0";
        }
        int digits = Math.max(0, 3 - (int) Math.floor(Math.log10(Math.abs(v))));
        return String.format(Locale.ROOT, "%." + Math.min(digits, 6) + "f", v);
    }
}
