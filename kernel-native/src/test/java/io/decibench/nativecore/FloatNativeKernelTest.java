package io.decibench.nativecore;

import static io.decibench.kernel.expr.Expr.close;
import static io.decibench.kernel.expr.Expr.constant;
import static org.assertj.core.api.Assertions.assertThat;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.expr.TargetRule;
import io.decibench.kernel.spi.BacktestResult;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Kernels;
import io.decibench.kernel.spi.Modes;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The {@code float-native} kernel: its metadata, and a ledger worked out in Java's double operation order. */
class FloatNativeKernelTest {
    private static final TargetRule ALWAYS_LONG =
            new TargetRule(close().greaterThan(constant(0)), 100, close().lessThan(constant(0)), 0);

    @Test
    void bothNativeModesAreFoundAndDescribeThemselves() {
        Kernels kernels = Kernels.load();
        NativeKernel f = (NativeKernel) kernels.require(Modes.FLOAT_NATIVE);
        NativeKernel d = (NativeKernel) kernels.require(Modes.DECIMAL_NATIVE);
        assertThat(f).isInstanceOf(FloatNativeKernel.class);
        assertThat(d).isInstanceOf(DecimalNativeKernel.class);
        assertThat(f.engine()).isEqualTo("native").isEqualTo(d.engine());
        assertThat(f.exact()).isFalse();
        assertThat(d.exact()).isTrue();
        assertThat(f.reference()).isEqualTo(Modes.FLOAT_NATIVE).isEqualTo(d.reference());
    }

    @Test
    void partialFillsFollowJavasDoubleLedger() {
        Bundle bundle = HandMadeBundles.daily(new long[][] {{1_000_000, 1_000_000, 1_010_000, 1_020_000}}, 500);
        BacktestResult r = new FloatNativeKernel()
                .prepare(bundle, new HandMadeBundles.TestScenario("hold", "hand-made", ALWAYS_LONG), ExecutionRules.DEFAULT)
                .run();
        // Java float's ledger, step by step: 50 shares on bar 1 and on bar 2 (10% of 500).
        double buy = 1 + 5 / 10_000.0;
        double cps = new BigDecimal("0.001").doubleValue();
        double cash = 0;
        double[] v = new double[4];
        v[0] = 100_000.0 + (0 + (cash + 0 * (1_000_000 / 10_000.0)));
        cash -= 50 * (Math.rint((1_000_000 / 10_000.0) * buy * 10_000.0) / 10_000.0) + Math.abs(50) * cps;
        v[1] = 100_000.0 + (0 + (cash + 50 * (1_000_000 / 10_000.0)));
        cash -= 50 * (Math.rint((1_010_000 / 10_000.0) * buy * 10_000.0) / 10_000.0) + Math.abs(50) * cps;
        v[2] = 100_000.0 + (0 + (cash + 100 * (1_010_000 / 10_000.0)));
        v[3] = 100_000.0 + (0 + (cash + 100 * (1_020_000 / 10_000.0)));
        for (int s = 0; s < 4; s++) {
            assertThat(r.sessionValues().get(s)).as("session %d", s).isEqualTo(new BigDecimal(v[s]));
        }
        assertThat(r.finalValue()).isEqualTo(new BigDecimal(v[3]));
        assertThat(r.totalReturn()).isEqualTo(new BigDecimal((v[3] - 100_000.0) / 100_000.0));
        assertThat(r.commissions()).isEqualTo(new BigDecimal(Math.abs(50) * cps + Math.abs(50) * cps));
        assertThat(r.trades()).isEqualTo(2);
        assertThat(r.sharesFilled()).isEqualTo(100);
        assertThat(r.mode()).isEqualTo(Modes.FLOAT_NATIVE);
    }
}
