package io.decibench.kernel.backtest;

import static io.decibench.kernel.expr.Expr.close;
import static io.decibench.kernel.expr.Expr.constant;
import static org.assertj.core.api.Assertions.assertThat;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.expr.Cond;
import io.decibench.kernel.expr.Expr;
import io.decibench.kernel.expr.Target;
import io.decibench.kernel.expr.TargetRule;
import io.decibench.kernel.spi.BacktestKernel;
import io.decibench.kernel.spi.BacktestResult;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Kernels;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Random strategies using every node kind of the column API, every rounding mode, value and short targets, on a
 * bundle of three assets whose 700 bars span three blocks and several intraday sessions: the exact Java modes
 * ({@code decimal}, {@code decimal-fixed}) and a user's arithmetic written against the SPI agree bit for bit on every
 * result, every session value and every target change. A plan whose values leave 64 bits is an overflow in
 * {@code decimal-fixed} (an error naming the node), never a different number.
 */
class RandomPlanAgreementTest {
    private static final int PLANS = 300;
    private static final RoundingMode[] ROUNDINGS = Expr.ROUNDING_MODES.toArray(RoundingMode[]::new);

    private final Random random = new Random(7);
    private final Set<Class<?>> kindsUsed = new java.util.HashSet<>();

    static Bundle bundle() {
        Random r = new Random(11);
        int assets = 3;
        int bars = 700;
        long[][] open = new long[assets][bars];
        long[][] close = new long[assets][bars];
        long[][] volume = new long[assets][bars];
        for (int a = 0; a < assets; a++) {
            long cents = 5_000 + 1_000L * a;
            for (int b = 0; b < bars; b++) {
                open[a][b] = cents;
                cents = Math.max(100, cents + r.nextInt(41) - 20);
                close[a][b] = cents;
                volume[a][b] = 100 + r.nextInt(3_000);
            }
        }
        int[] ends = new int[bars / 7];
        for (int s = 0; s < ends.length; s++) {
            ends[s] = 7 * s + 6;
        }
        return TinyBundle.withSessions(open, close, volume, ends);
    }

    private Expr leaf() {
        return switch (random.nextInt(7)) {
            case 0 -> Expr.open();
            case 1 -> Expr.high();
            case 2 -> Expr.low();
            case 3 -> Expr.volume();
            case 4 -> constant(BigDecimal.valueOf(random.nextInt(20_001) - 10_000, random.nextInt(5)).toPlainString());
            default -> close();
        };
    }

    private RoundingMode rounding() {
        return ROUNDINGS[random.nextInt(ROUNDINGS.length)];
    }

    private Expr expr(int depth) {
        if (depth == 0 || random.nextInt(5) == 0) {
            return leaf();
        }
        Expr x = expr(depth - 1);
        Expr e;
        try {
            e = switch (random.nextInt(16)) {
                case 0 -> x.rollingSum(1 + random.nextInt(30));
                case 1 -> x.rollingMax(1 + random.nextInt(30));
                case 2 -> x.rollingMin(1 + random.nextInt(30));
                case 3 -> x.shift(1 + random.nextInt(20));
                case 4 -> x.times(random.nextInt(41) - 20);
                case 5 -> x.plus(expr(depth - 1));
                case 6 -> x.minus(expr(depth - 1));
                case 7 -> x.times(expr(depth - 1));
                case 8 -> x.abs();
                case 9 -> x.min(expr(depth - 1));
                case 10 -> x.max(expr(depth - 1));
                case 11 -> x.dividedBy(expr(depth - 1).abs().plus(constant("0.01")), random.nextInt(9), rounding());
                case 12 -> x.abs().sqrt((x.scale() + 1) / 2 + random.nextInt(4));
                case 13 -> x.round(random.nextInt(9), rounding());
                case 14 -> random.nextBoolean() ? x.ema(2 + random.nextInt(20), 2 + random.nextInt(8))
                        : x.wilder(2 + random.nextInt(20), 2 + random.nextInt(8));
                default -> x.plus(expr(depth - 1)).minus(leaf());
            };
        } catch (IllegalArgumentException scaleTooLarge) {
            return x;
        }
        kindsUsed.add(e.getClass());
        return e;
    }

    private Cond cond(int depth) {
        if (depth > 0 && random.nextInt(3) == 0) {
            return switch (random.nextInt(3)) {
                case 0 -> cond(depth - 1).and(cond(depth - 1));
                case 1 -> cond(depth - 1).or(cond(depth - 1));
                default -> cond(depth - 1).not();
            };
        }
        Expr l = expr(3);
        Expr r = expr(2);
        return switch (random.nextInt(4)) {
            case 0 -> l.greaterThan(r);
            case 1 -> l.lessThan(r);
            case 2 -> l.atLeast(r);
            default -> l.atMost(r);
        };
    }

    private Target target() {
        return random.nextBoolean() ? Target.shares(random.nextInt(401) - 200)
                : Target.value(BigDecimal.valueOf(random.nextInt(2_000_001) - 1_000_000, 2).toPlainString());
    }

    @Test
    void exactJavaModesAndAUserArithmeticAgreeBitForBitOnRandomPlans() {
        Bundle bundle = bundle();
        Kernels kernels = Kernels.load();
        BacktestKernel decimal = kernels.require("decimal");
        BacktestKernel fixed = kernels.require("decimal-fixed");
        BacktestKernel money = kernels.require(MoneyArithmetic.MODE);
        ExecutionRules rules = new ExecutionRules(new BigDecimal("10000000.0000"), 5, 10, new BigDecimal("0.001"),
                252);
        int compared = 0;
        int overflows = 0;
        long decisions = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < PLANS; i++) {
            TargetRule rule = new TargetRule(cond(2), target(), cond(2), target());
            var scenario = StrategySemanticsTest.scenario(rule);
            BacktestResult exact = decimal.prepare(bundle, scenario, rules).runRecordingDecisions();
            BacktestResult own = money.prepare(bundle, scenario, rules).runRecordingDecisions();
            assertSame(failures, "test-money", rule, exact, own);
            BacktestResult fixedResult;
            try {
                fixedResult = fixed.prepare(bundle, scenario, rules).runRecordingDecisions();
            } catch (ArithmeticException e) {
                assertThat(e.getMessage()).startsWith("decimal overflow in ").contains("for asset T", ", bar ",
                        "does not fit 64 bits", "Fix: run this scenario in mode decimal");
                overflows++;
                continue;
            }
            assertSame(failures, "decimal-fixed", rule, exact, fixedResult);
            compared++;
            decisions += exact.decisions().size();
        }
        assertThat(failures).isEmpty();
        assertThat(compared).as("plans that stay within 64 bits").isGreaterThan(PLANS * 2 / 3);
        assertThat(decisions).as("the plans take decisions").isGreaterThan(10L * compared);
        kindsUsed.add(Expr.Field.class);
        kindsUsed.add(Expr.Constant.class);
        assertThat(kindsUsed).as("every node kind of the sealed Expr drawn")
                .containsExactlyInAnyOrder(Expr.class.getPermittedSubclasses());
        assertThat(overflows).as("some plans overflow 64 bits").isPositive();
    }

    private static void assertSame(List<String> failures, String mode, TargetRule rule, BacktestResult exact,
                                   BacktestResult other) {
        var a = new java.util.LinkedHashMap<>(exact.fields());
        var b = new java.util.LinkedHashMap<>(other.fields());
        a.remove("mode");
        b.remove("mode");
        if (!a.equals(b) || !exact.decisions().equals(other.decisions())) {
            failures.add(mode + " differs on " + rule + ": " + a + " vs " + b);
            return;
        }
        for (int s = 0; s < exact.sessionValues().size(); s++) {
            if (!exact.sessionValues().get(s).equals(other.sessionValues().get(s))) {
                failures.add(mode + " session " + s + " differs on " + rule);
                return;
            }
        }
    }
}
