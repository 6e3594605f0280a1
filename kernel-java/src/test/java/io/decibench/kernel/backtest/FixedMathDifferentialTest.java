package io.decibench.kernel.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/**
 * The fixed-point primitives of mode {@code decimal-fixed} against {@link BigDecimal}: well over a million random
 * operations of every kind, with operands drawn to hit exact ties, near-overflow magnitudes and power-of-ten edges.
 * Each result must be BigDecimal's to the last digit, and an overflow must be raised exactly where BigDecimal's result
 * (or, for addition, an aligned operand: the site's "Semantics" page) leaves 64 bits.
 */
class FixedMathDifferentialTest {
    private static final RoundingMode[] MODES = {RoundingMode.HALF_EVEN, RoundingMode.HALF_UP, RoundingMode.DOWN,
        RoundingMode.FLOOR, RoundingMode.CEILING};
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final int OPERATIONS_PER_KIND = 150_000;

    private final SplittableRandom random = new SplittableRandom(20_240_901L);
    private final List<String> mismatches = new ArrayList<>();
    private long operations;
    private long overflows;
    private long mismatchCount;

    /** A long drawn from several shapes: small, any bit length, near the ends of the range, powers of ten +/- a bit. */
    private long operand() {
        long v = switch (random.nextInt(6)) {
            case 0 -> random.nextLong(-1_000, 1_001);
            case 1 -> random.nextLong() >> random.nextInt(64);
            case 2 -> Long.MAX_VALUE - random.nextLong(1_000);
            case 3 -> Long.MIN_VALUE + random.nextLong(1_000);
            case 4 -> FixedMath.POW10[random.nextInt(19)] + random.nextLong(-3, 4);
            default -> random.nextLong();
        };
        return v;
    }

    private int scale() {
        return random.nextInt(random.nextBoolean() ? 13 : 37);
    }

    private RoundingMode mode() {
        return MODES[random.nextInt(MODES.length)];
    }

    private static BigInteger exactLong(BigDecimal v) {
        BigInteger u = v.unscaledValue();
        return u.compareTo(LONG_MIN) < 0 || u.compareTo(LONG_MAX) > 0 ? null : u;
    }

    private void check(String what, Supplier<Long> fixed, BigInteger expected) {
        operations++;
        Long got;
        try {
            got = fixed.get();
        } catch (ArithmeticException e) {
            got = null;
        }
        if (expected == null) {
            overflows++;
        }
        boolean same = expected == null ? got == null : got != null && expected.longValue() == got;
        if (!same) {
            mismatchCount++;
            if (mismatches.size() < 20) {
                mismatches.add(what + ": expected " + (expected == null ? "overflow" : expected) + ", got "
                        + (got == null ? "overflow" : got));
            }
        }
    }

    @Test
    void everyPrimitiveAgreesWithBigDecimalOnRandomTiesAndNearOverflow() {
        for (int i = 0; i < OPERATIONS_PER_KIND; i++) {
            rescale();
            divide();
            divide128();
            sqrt();
            addAndSubtract();
            compare();
            multiplyDivide();
            tiesOfDivision();
        }
        assertThat(operations).isGreaterThanOrEqualTo(1_000_000);
        assertThat(overflows).as("near-overflow operands were drawn").isGreaterThan(10_000);
        assertThat(mismatches).as("%d mismatches in %d operations", mismatchCount, operations).isEmpty();
        assertThat(mismatchCount).isZero();
    }

    private void rescale() {
        long a = operand();
        int sa = scale();
        int s = random.nextInt(37);
        RoundingMode m = mode();
        BigInteger expected = exactLong(BigDecimal.valueOf(a, sa).setScale(s, m));
        check("rescale(" + a + ", " + sa + " -> " + s + " " + m + ")", () -> FixedMath.rescale(a, sa, s, m), expected);
    }

    private void divide() {
        long a = operand();
        long b = operand();
        if (b == 0) {
            return;
        }
        int sa = scale();
        int sb = scale();
        int s = random.nextInt(37);
        RoundingMode m = mode();
        BigInteger expected = exactLong(BigDecimal.valueOf(a, sa).divide(BigDecimal.valueOf(b, sb), s, m));
        check("divide(" + a + "e-" + sa + " / " + b + "e-" + sb + " at " + s + " " + m + ")",
                () -> FixedMath.divide(a, sa, b, sb, s, m), expected);
    }

    /** A 128-bit numerator near the quotient's limit (2^63 * |den|), and exact ties built as q * den + den / 2. */
    private void divide128() {
        long den = operand();
        if (den == 0) {
            return;
        }
        BigInteger d = BigInteger.valueOf(den);
        BigInteger num;
        if (random.nextBoolean()) {
            num = BigInteger.valueOf(random.nextLong()).multiply(d)
                    .add(BigInteger.valueOf(random.nextLong(-2, 3)).multiply(d.abs()).shiftRight(1))
                    .add(BigInteger.valueOf(random.nextLong(-1, 2)));
        } else {
            num = new BigInteger(1 + random.nextInt(127), new java.util.Random(random.nextLong()));
            if (random.nextBoolean()) {
                num = num.negate();
            }
        }
        if (num.bitLength() > 127) {
            return;
        }
        long hi = num.shiftRight(64).longValue();
        long lo = num.longValue();
        RoundingMode m = mode();
        BigInteger expected = exactLong(new BigDecimal(num).divide(new BigDecimal(d), 0, m));
        check("divide128(" + num + " / " + den + " " + m + ")", () -> FixedMath.divide(hi, lo, den, m), expected);
    }

    private void sqrt() {
        long x = Math.abs(operand());
        if (x < 0) {
            return;
        }
        int s = random.nextInt(37);
        int sx = random.nextInt(Math.min(36, 2 * s) + 1);
        BigInteger n = BigInteger.valueOf(x).multiply(BigInteger.TEN.pow(2 * s - sx));
        BigInteger f = n.sqrt();
        if (n.subtract(f.multiply(f)).compareTo(f) > 0) {
            f = f.add(BigInteger.ONE);
        }
        BigInteger expected = f.compareTo(LONG_MAX) > 0 ? null : f;
        check("sqrt(" + x + "e-" + sx + " at " + s + ")", () -> FixedMath.sqrt(x, sx, s), expected);
    }

    private void addAndSubtract() {
        long a = operand();
        long b = operand();
        int sa = scale();
        int sb = scale();
        int s = Math.max(sa, sb);
        BigDecimal x = BigDecimal.valueOf(a, sa).setScale(s);
        BigDecimal y = BigDecimal.valueOf(b, sb).setScale(s);
        boolean aligned = exactLong(x) != null && exactLong(y) != null;
        check("add(" + a + "e-" + sa + ", " + b + "e-" + sb + ")", () -> FixedMath.add(a, sa, b, sb, s),
                aligned ? exactLong(x.add(y)) : null);
        check("subtract(" + a + "e-" + sa + ", " + b + "e-" + sb + ")", () -> FixedMath.subtract(a, sa, b, sb, s),
                aligned ? exactLong(x.subtract(y)) : null);
    }

    private void compare() {
        long a = operand();
        int sa = scale();
        int sb = scale();
        // often an equal value at another scale, to hit the ties of aligned comparisons
        long b = random.nextBoolean() ? operand() : BigDecimal.valueOf(a, sa).setScale(sb, RoundingMode.DOWN)
                .unscaledValue().longValue() + random.nextLong(-1, 2);
        int expected = BigDecimal.valueOf(a, sa).compareTo(BigDecimal.valueOf(b, sb));
        check("compare(" + a + "e-" + sa + ", " + b + "e-" + sb + ")", () -> (long) FixedMath.compare(a, sa, b, sb),
                BigInteger.valueOf(expected));
    }

    private void multiplyDivide() {
        long a = operand();
        long b = operand();
        long d = random.nextBoolean() ? 10_000 : operand();
        if (d == 0) {
            return;
        }
        RoundingMode m = mode();
        BigDecimal exact = new BigDecimal(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)));
        BigInteger expected = exactLong(exact.divide(BigDecimal.valueOf(d), 0, m));
        check("multiplyDivide(" + a + " * " + b + " / " + d + " " + m + ")",
                () -> FixedMath.multiplyDivide(a, b, d, m), expected);
    }

    /** Quotients that land exactly halfway between two values at the result scale. */
    private void tiesOfDivision() {
        long b = 2 * random.nextLong(1, 1L << 40) * (random.nextBoolean() ? 1 : -1);
        long q = random.nextLong(-(1L << 20), 1L << 20);
        long a = q * b + b / 2;
        int sa = random.nextInt(8);
        int sb = sa;
        RoundingMode m = mode();
        BigInteger expected = exactLong(BigDecimal.valueOf(a, sa).divide(BigDecimal.valueOf(b, sb), 0, m));
        check("tie(" + a + " / " + b + " " + m + ")", () -> FixedMath.divide(a, sa, b, sb, 0, m), expected);
        long t = q * 10 + 5 * Long.signum(q == 0 ? 1 : q);
        BigInteger rounded = exactLong(BigDecimal.valueOf(t, 1).setScale(0, m));
        check("tie rescale(" + t + "e-1 " + m + ")", () -> FixedMath.rescale(t, 1, 0, m), rounded);
    }
}
