package io.decibench.nativecore;

import static io.decibench.kernel.expr.Expr.close;
import static org.assertj.core.api.Assertions.assertThat;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.expr.ExprPlan;
import io.decibench.kernel.expr.TargetRule;
import io.decibench.kernel.scenario.BuiltinScenarios;
import io.decibench.kernel.spi.Backtest;
import io.decibench.kernel.spi.ExecutionRules;
import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * How a native run is shaped, whatever the bundle's size: one JNA crossing per backtest (not per bar, column or
 * asset), and a constant allocation per run (the result and its session values, nothing per bar).
 */
class NativeRunShapeTest {

    private static Bundle walk(int sessions, int barsPerSession, int assets) {
        SplittableRandom random = new SplittableRandom(sessions * 31L + barsPerSession);
        long[][] prices = new long[assets][sessions * barsPerSession];
        for (long[] asset : prices) {
            long p = 1_000_000;
            for (int b = 0; b < asset.length; b++) {
                p = Math.max(10_000, p + (random.nextLong(201) - 100) * 100);
                asset[b] = p;
            }
        }
        return HandMadeBundles.sessions(prices, 5_000, barsPerSession);
    }

    private static final TargetRule RULE = BuiltinScenarios.MINUTE.rule();

    @Test
    void oneCrossingPerBacktestWhateverTheBarCount() {
        for (Bundle bundle : new Bundle[] {walk(5, 1, 1), walk(200, 50, 3)}) {
            for (NativeArithmetic a : NativeArithmetic.values()) {
                AtomicInteger crossings = new AtomicInteger();
                NativeBacktest.Entry counting = (p, pl, o, h, l, c, v, as, b, se, s, sc, scl, out, outl, t, tl) -> {
                    crossings.incrementAndGet();
                    return NativeBacktest.LIBRARY.backtest(p, pl, o, h, l, c, v, as, b, se, s, sc, scl, out, outl, t, tl);
                };
                NativeBacktest backtest = new NativeBacktest(bundle, "minute",
                        NativeProgram.encode(ExprPlan.of(RULE), ExecutionRules.DEFAULT, a), counting);
                backtest.run();
                backtest.run();
                assertThat(crossings).as("%s on %d bars", a, bundle.barCount()).hasValue(2);
                backtest.recordDecisions();
                assertThat(crossings).as("a recording run with room for its trace").hasValue(3);
            }
        }
    }

    @Test
    void aRunAllocatesTheSameWhateverTheBarCount() {
        // The same sessions with 1 and with 100 bars each: one byte per bar would add 19,800 bytes.
        Bundle small = walk(200, 1, 2);
        Bundle large = walk(200, 100, 2);
        for (NativeArithmetic a : NativeArithmetic.values()) {
            long perRunSmall = allocatedPerRun(small, a);
            long perRunLarge = allocatedPerRun(large, a);
            assertThat(perRunLarge).as("%s: %d bytes per run on %d bars vs %d on %d", a, perRunLarge,
                    large.barCount(), perRunSmall, small.barCount()).isBetween(perRunSmall - 2_000, perRunSmall + 2_000);
            // The session values array is the only part that grows, with the sessions.
            assertThat(perRunSmall).as("a run allocates its result").isPositive().isLessThan(20_000);
        }
    }

    private static long allocatedPerRun(Bundle bundle, NativeArithmetic a) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Backtest backtest = new NativeBacktest(bundle, "minute",
                NativeProgram.encode(ExprPlan.of(RULE), ExecutionRules.DEFAULT, a));
        for (int i = 0; i < 200; i++) {
            backtest.run();
        }
        long id = Thread.currentThread().getId();
        int runs = 100;
        long before = threads.getThreadAllocatedBytes(id);
        for (int i = 0; i < runs; i++) {
            backtest.run();
        }
        return (threads.getThreadAllocatedBytes(id) - before) / runs;
    }

    @Test
    void theTraceGrowsUntilEveryDecisionFits() {
        Bundle bundle = walk(300, 1, 3);
        TargetRule swing = new TargetRule(close().greaterThan(close().shift(1)), 10,
                close().lessThan(close().shift(1)), -10);
        NativeBacktest backtest = new NativeBacktest(bundle, "swing",
                NativeProgram.encode(ExprPlan.of(swing), ExecutionRules.DEFAULT, NativeArithmetic.FIXED));
        NativeBacktest.Recorded roomy = backtest.recordDecisions();
        NativeBacktest.Recorded tight = backtest.recordDecisions(1);
        assertThat(roomy.decisions().length).isGreaterThan(3 * 100);
        assertThat(tight.decisions()).isEqualTo(roomy.decisions());
        assertThat(tight.result().fields()).isEqualTo(backtest.run().fields());
        // Triples in order of asset, then bar; each a change of the standing target (initially 0).
        long[] d = roomy.decisions();
        long previousAsset = -1;
        long previousBar = -1;
        long standing = 0;
        for (int i = 0; i < d.length; i += 3) {
            if (d[i] != previousAsset) {
                assertThat(d[i]).isGreaterThan(previousAsset);
                previousAsset = d[i];
                previousBar = -1;
                standing = 0;
            }
            assertThat(d[i + 1]).isGreaterThan(previousBar);
            assertThat(d[i + 2]).isNotEqualTo(standing).isIn(10L, -10L);
            previousBar = d[i + 1];
            standing = d[i + 2];
        }
    }
}
