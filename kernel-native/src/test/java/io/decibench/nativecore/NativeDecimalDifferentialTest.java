package io.decibench.nativecore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The native core against {@link BigDecimal} on a million seeded random operations: mixed scales, both signs,
 * magnitudes up to the edge of 64 bits, and constructed exact half ties. Every result must match; every result that
 * does not fit must fail with an exception naming the operation.
 */
class NativeDecimalDifferentialTest {
    private static final int OPERATIONS = 1_000_000;
    private static final int BATCH = 50_000;
    private static final long SEED = 0xDEC1BE7CL;
    private static final DecimalOp[] ARITHMETIC = {DecimalOp.ADD, DecimalOp.SUB, DecimalOp.MUL, DecimalOp.DIV};

    private record Case(DecimalOp op, long a, int sa, long b, int sb, int sr, boolean constructedTie) {
        Case(DecimalOp op, long a, int sa, long b, int sb, int sr) {
            this(op, a, sa, b, sb, sr, false);
        }

        Case asTie() { return new Case(op, a, sa, b, sb, sr, true); }

        BigDecimal left() { return BigDecimal.valueOf(a, sa); }
        BigDecimal right() { return BigDecimal.valueOf(b, sb); }
    }

    @Test
    void millionRandomOperationsAgreeWithBigDecimal() {
        SplittableRandom random = new SplittableRandom(SEED);
        DecimalBatch batch = new DecimalBatch(BATCH);
        Case[] cases = new Case[BATCH];
        Map<DecimalOp, Integer> overflowsChecked = new EnumMap<>(DecimalOp.class);
        int ties = 0;
        int overflows = 0;
        for (int done = 0; done < OPERATIONS; done += BATCH) {
            for (int i = 0; i < BATCH; i++) {
                cases[i] = next(random);
                Case c = cases[i];
                batch.set(i, c.op, c.a, c.sa, c.b, c.sb, c.sr);
            }
            batch.run(BATCH);
            for (int i = 0; i < BATCH; i++) {
                Case c = cases[i];
                BigDecimal expected = reference(c);
                if (expected == null) {
                    overflows++;
                    assertThat(batch.succeeded(i)).as("%s must overflow", c).isFalse();
                    int seen = overflowsChecked.merge(c.op, 1, Integer::sum);
                    if (seen <= 2_000) {
                        int entry = i;
                        assertThatThrownBy(() -> batch.result(entry)).isInstanceOf(ArithmeticException.class)
                                .hasMessageContaining("decimal overflow in " + c.op.id());
                        assertThatThrownBy(() -> viaApi(c)).isInstanceOf(ArithmeticException.class)
                                .hasMessageContaining("decimal overflow in " + c.op.id());
                    }
                    continue;
                }
                if (!batch.succeeded(i)) {
                    fail("native failed on " + c + ", BigDecimal gives " + expected);
                }
                if (batch.result(i) != expected.unscaledValue().longValueExact()) {
                    fail("mismatch on " + c + ": native " + BigDecimal.valueOf(batch.result(i), c.sr) + ", BigDecimal " + expected);
                }
                if (c.constructedTie() && isTie(c)) {
                    ties++;
                }
            }
        }
        // The generator really exercised the hard cases.
        assertThat(ties).isGreaterThan(50_000);
        assertThat(overflows).isGreaterThan(20_000);
        assertThat(overflowsChecked).containsKeys(ARITHMETIC);
    }

    @Test
    void apiRoundsHalfEvenAndNamesFailures() {
        NativeDecimal a = NativeDecimal.parse("2.5", 1);
        assertThat(a.rescale(0).format()).isEqualTo("2");
        assertThat(NativeDecimal.parse("-3.5", 1).rescale(0).format()).isEqualTo("-4");
        assertThat(NativeDecimal.parse("1", 0).divide(NativeDecimal.parse("8", 0), 2).format()).isEqualTo("0.12");
        assertThat(NativeDecimal.parse("100.10", 4).multiply(NativeDecimal.parse("1.0005", 4), 4).format())
                .isEqualTo("100.1500");
        assertThat(NativeDecimal.parse("0.125", 6).format()).isEqualTo("0.125000");
        NativeDecimal big = new NativeDecimal(Long.MAX_VALUE, 0);
        assertThatThrownBy(() -> big.add(new NativeDecimal(1, 0), 0)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("decimal overflow in add(9223372036854775807 + 1)");
        assertThatThrownBy(() -> a.divide(new NativeDecimal(0, 2), 2)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("division by zero in div");
        assertThatThrownBy(() -> NativeDecimal.parse("1e30", 0)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("decimal overflow in parse");
    }

    private static NativeDecimal viaApi(Case c) {
        NativeDecimal a = new NativeDecimal(c.a, c.sa);
        NativeDecimal b = new NativeDecimal(c.b, c.sb);
        return switch (c.op) {
            case ADD -> a.add(b, c.sr);
            case SUB -> a.subtract(b, c.sr);
            case MUL -> a.multiply(b, c.sr);
            case DIV -> a.divide(b, c.sr);
            case RESCALE -> a.rescale(c.sr);
        };
    }

    /** The exact result rounded HALF_EVEN to the result scale, or null when it does not fit a long. */
    private static BigDecimal reference(Case c) {
        BigDecimal r = switch (c.op) {
            case ADD -> c.left().add(c.right()).setScale(c.sr, RoundingMode.HALF_EVEN);
            case SUB -> c.left().subtract(c.right()).setScale(c.sr, RoundingMode.HALF_EVEN);
            case MUL -> c.left().multiply(c.right()).setScale(c.sr, RoundingMode.HALF_EVEN);
            case DIV -> c.left().divide(c.right(), c.sr, RoundingMode.HALF_EVEN);
            case RESCALE -> c.left().setScale(c.sr, RoundingMode.HALF_EVEN);
        };
        return r.unscaledValue().bitLength() > 63 ? null : r;
    }

    /** True when the exact result lies exactly halfway between two neighbours at the result scale. */
    private static boolean isTie(Case c) {
        try {
            BigDecimal exact = switch (c.op) {
                case ADD -> c.left().add(c.right());
                case SUB -> c.left().subtract(c.right());
                case MUL -> c.left().multiply(c.right());
                case DIV -> c.left().divide(c.right(), c.sr + 1, RoundingMode.UNNECESSARY);
                case RESCALE -> c.left();
            };
            BigInteger digits = exact.setScale(c.sr + 1, RoundingMode.UNNECESSARY).unscaledValue().abs();
            return digits.mod(BigInteger.TEN).intValue() == 5;
        } catch (ArithmeticException notExactOneDigitFurther) {
            return false;
        }
    }

    private static Case next(SplittableRandom r) {
        int kind = r.nextInt(10);
        if (kind < 3) {
            return tie(r).asTie();
        }
        DecimalOp op = ARITHMETIC[r.nextInt(ARITHMETIC.length)];
        int sa = r.nextInt(13);
        int sb = r.nextInt(13);
        int sr = r.nextInt(13);
        long a = magnitude(r);
        long b = magnitude(r);
        if (op == DecimalOp.DIV && b == 0) {
            b = 1;
        }
        return new Case(op, a, sa, b, sb, sr);
    }

    /** Small, money-sized, large and near-overflow magnitudes, either sign. */
    private static long magnitude(SplittableRandom r) {
        long v = switch (r.nextInt(5)) {
            case 0 -> r.nextLong(1_000);
            case 1 -> r.nextLong(10_000_000_000L);
            case 2 -> r.nextLong(1L << 40);
            case 3 -> Long.MAX_VALUE - r.nextLong(1_000_000);
            default -> r.nextLong() >>> r.nextInt(64);
        };
        return r.nextBoolean() ? v : -v;
    }

    /** An operation whose exact result ends in 5 one place beyond the result scale. */
    private static Case tie(SplittableRandom r) {
        int sr = r.nextInt(12);
        long base = r.nextLong(1L << r.nextInt(1, 50));
        long odd = (base * 10 + 5) * (r.nextBoolean() ? 1 : -1); // ...5 at scale sr + 1
        return switch (r.nextInt(4)) {
            case 0 -> {
                // a (tie at sr + 1) + b (0 at sr + 1): exact sum ends in 5
                int sb = r.nextInt(sr + 2);
                long b = r.nextLong(1_000_000) * (r.nextBoolean() ? 1 : -1);
                yield new Case(DecimalOp.ADD, odd, sr + 1, b, sb, sr);
            }
            case 1 -> new Case(DecimalOp.SUB, odd, sr + 1, r.nextLong(1_000_000), Math.min(sr + 1, r.nextInt(13)), sr);
            case 2 -> new Case(DecimalOp.MUL, odd, sr + 1, r.nextBoolean() ? 1 : -1, 0, sr);
            default -> {
                // (2k+1) / 2 at scale sr: exactly .5 in the next place
                long a = (2 * base + 1) * (r.nextBoolean() ? 1 : -1);
                yield new Case(DecimalOp.DIV, a, sr, r.nextBoolean() ? 2 : -2, 0, sr);
            }
        };
    }
}
