package io.decibench.nativecore;

import static org.assertj.core.api.Assertions.assertThat;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.expr.Cond;
import io.decibench.kernel.expr.Expr;
import io.decibench.kernel.expr.Target;
import io.decibench.kernel.expr.TargetRule;
import io.decibench.kernel.spi.BacktestResult;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Kernels;
import io.decibench.kernel.spi.Modes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The native modes against the Java ones on random strategies that use every node kind of the column API, value and
 * short targets included: {@code decimal-native} equals {@code decimal} and {@code decimal-fixed} bit for bit, and
 * {@code float-native} equals {@code float} bit for bit (the site's Semantics page fixes the double operation
 * order), decision traces included. A plan one mode rejects with an error, the other must reject too (the 64-bit
 * modes among themselves; {@code decimal} cannot overflow).
 */
class ModesAgreeOnRandomPlansTest {
    private static final RoundingMode[] MODES = {RoundingMode.HALF_EVEN, RoundingMode.HALF_UP, RoundingMode.DOWN,
        RoundingMode.FLOOR, RoundingMode.CEILING};
    private static final int PLANS = 300;

    private final SplittableRandom random = new SplittableRandom(20_241_201);
    private final Kernels kernels = Kernels.load();

    @Test
    void everyModePairAgreesOnRandomPlansOverEveryNodeKind() {
        int ran = 0;
        int failedAlike = 0;
        int traded = 0;
        for (int i = 0; i < PLANS; i++) {
            Bundle bundle = bundle();
            TargetRule rule = new TargetRule(cond(2), target(), cond(1), target());
            var scenario = new HandMadeBundles.TestScenario("random-" + i, "hand-made", rule);
            Outcome dec = run(Modes.DECIMAL, bundle, scenario);
            Outcome fixed = run(Modes.DECIMAL_FIXED, bundle, scenario);
            Outcome nat = run(Modes.DECIMAL_NATIVE, bundle, scenario);
            Outcome flt = run(Modes.FLOAT, bundle, scenario);
            Outcome fnat = run(Modes.FLOAT_NATIVE, bundle, scenario);
            String why = rule.toString();
            // The 64-bit exact modes fail together; where they run, they equal BigDecimal.
            assertThat(nat.failure == null).as("decimal-native vs decimal-fixed fail alike: %s\n%s\n%s", why,
                    nat.failure, fixed.failure).isEqualTo(fixed.failure == null);
            assertThat(fnat.failure == null).as("float-native vs float fail alike: %s\n%s\n%s", why, fnat.failure,
                    flt.failure).isEqualTo(flt.failure == null);
            if (nat.failure == null) {
                assertThat(dec.failure).as(why).isNull();
                SameResults.assertSame(nat.result, dec.result, why);
                SameResults.assertSame(nat.result, fixed.result, why);
            } else {
                failedAlike++;
                assertThat(nat.failure).isInstanceOf(fixed.failure.getClass());
            }
            if (fnat.failure == null) {
                SameResults.assertSame(fnat.result, flt.result, why);
                ran++;
                traded += fnat.result.trades() > 0 ? 1 : 0;
            } else {
                assertThat(fnat.failure).isInstanceOf(flt.failure.getClass());
            }
        }
        assertThat(ran).as("plans that ran in double").isGreaterThan(PLANS / 2);
        assertThat(traded).as("plans that traded").isGreaterThan(PLANS / 4);
        assertThat(failedAlike).as("plans the 64-bit modes refused").isLessThan(PLANS / 2);
    }

    private record Outcome(BacktestResult result, RuntimeException failure) {
    }

    private Outcome run(String mode, Bundle bundle, HandMadeBundles.TestScenario scenario) {
        try {
            var backtest = kernels.require(mode).prepare(bundle, scenario, ExecutionRules.DEFAULT);
            return new Outcome(backtest.runRecordingDecisions(), null);
        } catch (ArithmeticException e) {
            return new Outcome(null, e);
        }
    }

    // ---- random data and strategies ----------------------------------------------------------------------------

    private Bundle bundle() {
        int assets = 1 + random.nextInt(3);
        int bars = random.nextInt(4) == 0 ? 7 : 300 + random.nextInt(400);
        long[][] prices = new long[assets][bars];
        for (long[] asset : prices) {
            long p = (50 + random.nextLong(150)) * 10_000;
            for (int b = 0; b < bars; b++) {
                if (random.nextInt(5) != 0) {
                    p = Math.max(100, p + (random.nextLong(61) - 30) * 100);
                }
                asset[b] = p;
            }
        }
        return HandMadeBundles.daily(prices, 50 + random.nextLong(3_000));
    }

    private Target target() {
        return switch (random.nextInt(3)) {
            case 0 -> Target.shares(random.nextLong(-200, 201));
            case 1 -> Target.value(BigDecimal.valueOf(random.nextLong(-2_000_000, 2_000_001), 2).toPlainString());
            default -> Target.shares(0);
        };
    }

    private Cond cond(int depth) {
        if (depth == 0 || random.nextInt(3) == 0) {
            Expr x = expr(3);
            Expr y = expr(2);
            return switch (random.nextInt(4)) {
                case 0 -> x.greaterThan(y);
                case 1 -> x.lessThan(y);
                case 2 -> x.atLeast(y);
                default -> x.atMost(y);
            };
        }
        return switch (random.nextInt(3)) {
            case 0 -> cond(depth - 1).and(cond(depth - 1));
            case 1 -> cond(depth - 1).or(cond(depth - 1));
            default -> cond(depth - 1).not();
        };
    }

    private int window() {
        int[] w = {1, 2, 3, 14, 20, 50, 255, 256, 257};
        return w[random.nextInt(w.length)];
    }

    private Expr expr(int depth) {
        if (depth == 0 || random.nextInt(4) == 0) {
            return switch (random.nextInt(6)) {
                case 0 -> new Expr.Constant(random.nextLong(-2_000_000, 2_000_001), random.nextInt(7));
                case 1 -> Expr.open();
                case 2 -> Expr.high();
                case 3 -> Expr.low();
                case 4 -> Expr.volume();
                default -> Expr.close();
            };
        }
        Expr x = expr(depth - 1);
        Supplier<Expr> y = () -> expr(depth - 1);
        Expr e = switch (random.nextInt(17)) {
            case 0 -> x.rollingSum(window());
            case 1 -> x.rollingMax(window());
            case 2 -> x.rollingMin(window());
            case 3 -> x.shift(window());
            case 4 -> x.times(random.nextLong(-300, 301));
            case 5 -> x.abs();
            case 6 -> x.abs().sqrt((x.scale() + 1) / 2 + random.nextInt(4));
            case 7 -> x.round(random.nextInt(10), MODES[random.nextInt(MODES.length)]);
            case 8 -> x.ema(1 + random.nextInt(30), random.nextInt(10));
            case 9 -> x.wilder(1 + random.nextInt(30), random.nextInt(10));
            case 10 -> x.plus(y.get());
            case 11 -> x.minus(y.get());
            case 12 -> {
                Expr other = y.get();
                yield x.scale() + other.scale() <= 16 ? x.times(other) : x;
            }
            case 13 -> x.min(y.get());
            case 14 -> x.max(y.get());
            case 15 -> new Expr.Ema(x, 1 + random.nextInt(20), 1 + random.nextInt(3), 4 + random.nextInt(900),
                    random.nextInt(8));
            default -> x.dividedBy(y.get(), random.nextInt(10), MODES[random.nextInt(MODES.length)]);
        };
        return e.scale() > 16 ? x : e;
    }

}
