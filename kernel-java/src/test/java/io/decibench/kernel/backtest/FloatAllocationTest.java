package io.decibench.kernel.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.spi.Backtest;
import io.decibench.kernel.spi.ExecutionRules;

import java.lang.management.ManagementFactory;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The float and decimal-fixed hot loops allocate nothing per bar: a run over 4x the bars (4x the assets, same
 * sessions) allocates the same bytes. JMH's {@code gc.alloc.rate.norm} shows the same on the presets; this keeps it from regressing in CI.
 */
class FloatAllocationTest {
    private static final int BARS = 600;

    static Bundle randomWalk(int assets) {
        Random random = new Random(42);
        long[][] open = new long[assets][BARS];
        long[][] close = new long[assets][BARS];
        long[][] volume = new long[assets][BARS];
        for (int a = 0; a < assets; a++) {
            long cents = 10_000;
            for (int b = 0; b < BARS; b++) {
                open[a][b] = cents;
                cents = Math.max(100, cents + random.nextInt(201) - 100);
                close[a][b] = cents;
                volume[a][b] = 200 + random.nextInt(2_000);
            }
        }
        return TinyBundle.daily(open, close, volume);
    }

    static long allocatedByRuns(Backtest backtest) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        for (int i = 0; i < 3; i++) {
            backtest.run(); // leave one-off lazy initialisation out of the count
        }
        long before = threads.getThreadAllocatedBytes(id);
        for (int i = 0; i < 10; i++) {
            backtest.run();
        }
        return (threads.getThreadAllocatedBytes(id) - before) / 10;
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"float", "decimal-fixed"})
    void allocationPerRunDoesNotGrowWithTheNumberOfBars(String mode) {
        var rule = StrategySemanticsTest.crossover(5, 20);
        var kernel = io.decibench.kernel.spi.Kernels.load().require(mode);
        Backtest small = kernel.prepare(randomWalk(10), StrategySemanticsTest.scenario(rule), ExecutionRules.DEFAULT);
        Backtest large = kernel.prepare(randomWalk(40), StrategySemanticsTest.scenario(rule), ExecutionRules.DEFAULT);
        assertThat(large.run().trades()).isGreaterThan(small.run().trades());

        long smallBytes = allocatedByRuns(small);
        long largeBytes = allocatedByRuns(large);

        // 18,000 more bars: even 1 byte per bar would show; the result (600 session values) is ~5 KB either way
        assertThat(largeBytes).isLessThan(smallBytes + 2_048);
    }
}
