package io.decibench.plugin.markdown;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How reports print money amounts and drifts: a double's exact expansion (50 digits) is true but unreadable, so amounts
 * are shown to 4 decimal places; an amount too small to show there keeps 3 significant digits instead of reading 0.
 */
public final class MoneyFormat {
    private static final int DECIMALS = 4;
    private static final BigDecimal SMALLEST = BigDecimal.ONE.movePointLeft(DECIMALS);

    private MoneyFormat() {
    }

    /** The amount for reading, or the text unchanged when it is not a number (null stays null). */
    public static String readable(String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        try {
            BigDecimal d = new BigDecimal(value);
            if (d.signum() != 0 && d.abs().compareTo(SMALLEST) < 0) {
                return d.round(new MathContext(3, RoundingMode.HALF_EVEN)).toPlainString();
            }
            return d.scale() <= DECIMALS ? d.toPlainString() : d.setScale(DECIMALS, RoundingMode.HALF_EVEN).toPlainString();
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
