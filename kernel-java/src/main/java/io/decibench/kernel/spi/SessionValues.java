package io.decibench.kernel.spi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Portfolio value at each session close, as the kernel computed it (double, scaled long or BigDecimal). Conversions
 * happen only when someone reads the values, never inside a measured backtest.
 */
public interface SessionValues {

    int size();

    /** The value of session {@code i} as a decimal: exact for the decimal modes, the double's exact value for float. */
    BigDecimal get(int i);

    /**
     * SHA-256 (hex) over the session values written as plain decimals with 4 places (HALF_EVEN), one per line, each
     * line ending in '\n'. Equal hashes mean equal ledgers to the 0.0001.
     */
    default String sha256() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < size(); i++) {
                String line = get(i).setScale(ExecutionRules.MONEY_SCALE, RoundingMode.HALF_EVEN).toPlainString() + "\n";
                md.update(line.getBytes(StandardCharsets.US_ASCII));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    static SessionValues ofDoubles(double[] values) {
        double[] v = values;
        return new SessionValues() {
            @Override public int size() { return v.length; }
            @Override public BigDecimal get(int i) { return new BigDecimal(v[i]); }
        };
    }

    /** Values given as unscaled longs at {@code scale} decimal places. */
    static SessionValues ofScaledLongs(long[] unscaled, int scale) {
        long[] v = unscaled;
        return new SessionValues() {
            @Override public int size() { return v.length; }
            @Override public BigDecimal get(int i) { return BigDecimal.valueOf(v[i], scale); }
        };
    }

    static SessionValues ofBigDecimals(BigDecimal[] values) {
        BigDecimal[] v = values;
        return new SessionValues() {
            @Override public int size() { return v.length; }
            @Override public BigDecimal get(int i) { return v[i]; }
        };
    }
}
