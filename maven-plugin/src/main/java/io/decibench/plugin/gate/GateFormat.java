package io.decibench.plugin.gate;

import io.decibench.plugin.view.Format;

/** The gate's figures as the check table shows them; kept for the baseline goal's change lines, through {@link Format}. */
final class GateFormat {

    private GateFormat() {
    }

    /** A ratio with four decimals, whole bytes for allocation, four significant digits for times. */
    static String value(Double v, String unit) {
        return GateRowCells.value(v, unit);
    }

    /** A fraction as a signed percentage with one decimal, e.g. {@code +4.2%}. */
    static String signedPercent(double fraction) {
        return Format.fraction(fraction);
    }
}
