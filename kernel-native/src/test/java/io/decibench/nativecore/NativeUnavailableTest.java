package io.decibench.nativecore;

import static io.decibench.kernel.expr.Expr.close;
import static io.decibench.kernel.expr.Expr.constant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.expr.TargetRule;
import io.decibench.kernel.spi.Availability;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Kernels;
import io.decibench.kernel.spi.Modes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Without its library the native kernel says why and how to fix it, and never leaks a linkage error. */
class NativeUnavailableTest {
    private static final TargetRule RULE =
            new TargetRule(close().greaterThan(constant(0)), 100, close().lessThan(constant(0)), 0);
    private static final Bundle BUNDLE = HandMadeBundles.daily(new long[][] {{1_000_000, 1_000_000, 1_010_000}}, 500);

    @AfterEach
    void clearProperty() {
        System.clearProperty(NativeCoreLoader.DISABLE_PROPERTY);
    }

    @Test
    void disablePropertyMakesTheKernelUnavailable() {
        System.setProperty(NativeCoreLoader.DISABLE_PROPERTY, "true");
        DecimalNativeKernel kernel = new DecimalNativeKernel();
        Availability a = kernel.availability();
        assertThat(a.available()).isFalse();
        assertThat(a.reason()).contains("decibench.native.disable=true");
        assertThat(a.fix()).contains("remove -Ddecibench.native.disable=true");
        assertThatThrownBy(() -> kernel.prepare(BUNDLE, scenario(), ExecutionRules.DEFAULT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("decimal-native cannot run scenario probe")
                .hasMessageContaining("decibench.native.disable");
        assertThatThrownBy(() -> Kernels.load().require(Modes.DECIMAL_NATIVE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unavailable");
        // One library, one switch: float-native is off with the same reason and fix.
        FloatNativeKernel floatNative = new FloatNativeKernel();
        assertThat(floatNative.availability()).isEqualTo(a);
        assertThatThrownBy(() -> floatNative.prepare(BUNDLE, scenario(), ExecutionRules.DEFAULT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("float-native cannot run scenario probe")
                .hasMessageContaining("decibench.native.disable");
        // The pure-Java modes do not care.
        for (String mode : new String[] {Modes.FLOAT, Modes.DECIMAL}) {
            var result = Kernels.load().require(mode).prepare(BUNDLE, scenario(), ExecutionRules.DEFAULT).run();
            assertThat(result.trades()).as(mode).isEqualTo(2);
            assertThat(result.sharesFilled()).as(mode).isEqualTo(100);
        }
    }

    @Test
    void missingLibraryIsReportedWithTheBuildCommand() {
        Availability a = NativeCoreLoader.probe("decibench_no_such_library");
        assertThat(a.available()).isFalse();
        assertThat(a.reason()).contains("libdecibench_no_such_library.so for linux-x86-64 could not be loaded");
        assertThat(a.fix()).contains("mvn -pl kernel-native package").contains("https://rustup.rs");
        for (NativeKernel kernel : new NativeKernel[] {new DecimalNativeKernel(() -> a), new FloatNativeKernel(() -> a)}) {
            assertThatThrownBy(() -> kernel.prepare(BUNDLE, scenario(), ExecutionRules.DEFAULT))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(kernel.mode() + " cannot run")
                    .hasMessageContaining("mvn -pl kernel-native package");
        }
    }

    @Test
    void aLibraryThatIsNotTheCoreIsRejected() {
        // libm loads fine but has no decibench_abi_version.
        Availability a = NativeCoreLoader.probe("m");
        assertThat(a.available()).isFalse();
        assertThat(a.reason()).contains("libm.so for linux-x86-64");
    }

    @Test
    void theBundledLibraryIsAvailableWhenNotDisabled() {
        assertThat(new DecimalNativeKernel().availability().available()).isTrue();
        assertThat(new FloatNativeKernel().availability().available()).isTrue();
    }

    private static HandMadeBundles.TestScenario scenario() {
        return new HandMadeBundles.TestScenario("probe", "hand-made", RULE);
    }
}
