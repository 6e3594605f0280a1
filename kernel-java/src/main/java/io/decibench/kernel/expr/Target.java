package io.decibench.kernel.expr;

import java.math.BigDecimal;

/**
 * The position a {@link TargetRule} asks for when its condition holds at a bar close: a number of shares, or a money
 * amount turned into shares at that bar's close. Negative targets are short positions.
 */
public sealed interface Target permits Target.Shares, Target.Value {

    /** The largest share count a target may name (orders, positions and their products stay far inside 64 bits). */
    long MAX_SHARES = 1_000_000_000L;

    /** Exactly {@code shares} shares (negative: short). */
    record Shares(long shares) implements Target {
        public Shares {
            if (Math.abs(shares) > MAX_SHARES) {
                throw new IllegalArgumentException("target shares must lie within +/-" + MAX_SHARES + ", was " + shares);
            }
        }

        @Override public String toString() { return shares + " shares"; }
    }

    /**
     * As many whole shares as {@code amount} buys at the decision bar's close, rounded toward zero:
     * {@code trunc(amount / close[t])}, exact in the exact modes (an integer division of unscaled values) and
     * {@code (long) (amount / close)} in {@code double}. A negative amount is a short position of that value. The
     * amount has at most 4 decimal places (money scale) and a magnitude of at most 10^12.
     */
    record Value(BigDecimal amount) implements Target {
        public Value {
            if (amount == null || amount.stripTrailingZeros().scale() > 4
                    || amount.abs().compareTo(BigDecimal.TEN.pow(12)) > 0) {
                throw new IllegalArgumentException("target value must have at most 4 decimal places and lie within"
                        + " +/-10^12, was " + amount);
            }
            amount = amount.setScale(4);
        }

        /** The amount unscaled at scale 4. */
        public long unscaled() {
            return amount.unscaledValue().longValueExact();
        }

        @Override public String toString() { return "value " + amount.toPlainString(); }
    }

    static Target shares(long shares) {
        return new Shares(shares);
    }

    static Target value(String amount) {
        return new Value(new BigDecimal(amount));
    }
}
