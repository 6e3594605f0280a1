package io.decibench.plugin.gate;

import java.util.Locale;

/** How the gate writes numbers for people: one format per kind of value, shared by the log table and the changes. */
final class GateFormat {

    private GateFormat() {
    }

    /** A ratio with four decimals, whole bytes for allocation, four significant digits for times; "-" for none. */
    static String value(Double v, String unit) {
        if (v == null) {
            return "-";
        }
        if (unit == null) {
            return String.format(Locale.ROOT, "%.4f", v);
        }
        return String.format(Locale.ROOT, RegressionGate.ALLOC_UNIT.equals(unit) ? "%.0f %s" : "%.4g %s", v, unit);
    }

    /** A fraction as a signed percentage with one decimal, e.g. {@code +4.2%}. */
    static String signedPercent(double fraction) {
        return String.format(Locale.ROOT, "%+.1f%%", fraction * 100);
    }
}
