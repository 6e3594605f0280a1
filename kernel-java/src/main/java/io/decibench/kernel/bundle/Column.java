package io.decibench.kernel.bundle;

import java.util.Locale;

/**
 * The data columns of a bundle. Each is a file {@code <id>.i64} of little-endian int64 values,
 * asset-major: all bars of asset 0, then all bars of asset 1, and so on.
 */
public enum Column {
    /** Bar end, epoch milliseconds UTC. */
    TIMESTAMP,
    /** Prices as integers scaled by 10^4 (see {@link Bundle#PRICE_SCALE}). */
    OPEN,
    HIGH,
    LOW,
    CLOSE,
    /** Shares traded in the bar, always positive. */
    VOLUME;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String fileName() {
        return id() + ".i64";
    }

    /** True for the four price columns, which are scaled by 10^{@link Bundle#PRICE_SCALE}. */
    public boolean isPrice() {
        return this == OPEN || this == HIGH || this == LOW || this == CLOSE;
    }
}
