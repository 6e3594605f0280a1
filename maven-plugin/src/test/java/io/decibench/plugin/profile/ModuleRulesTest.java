package io.decibench.plugin.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModuleRulesTest {

    private final ModuleRules defaults = ModuleRules.defaults();

    @Test
    void defaultRulesPutFramesIntoTheDocumentedModules() {
        assertThat(defaults.moduleOf("java.math.BigDecimal.add")).isEqualTo(ModuleRules.JAVA_MATH);
        assertThat(defaults.moduleOf("java.math.MutableBigInteger.divideOneWord")).isEqualTo(ModuleRules.JAVA_MATH);
        assertThat(defaults.moduleOf("com.sun.jna.Native.invokeLong")).isEqualTo(ModuleRules.NATIVE);
        assertThat(defaults.moduleOf("io.decibench.nativecore.NativeDecimalCore.run")).isEqualTo(ModuleRules.NATIVE);
        assertThat(defaults.moduleOf("java.nio.DirectByteBuffer.getLong")).isEqualTo(ModuleRules.BUNDLE);
        assertThat(defaults.moduleOf("io.decibench.kernel.bundle.Bundle.value")).isEqualTo(ModuleRules.BUNDLE);
        assertThat(defaults.moduleOf("io.decibench.kernel.backtest.ObjectEngine.fill")).isEqualTo(ModuleRules.LEDGER);
        assertThat(defaults.moduleOf("io.decibench.kernel.backtest.DoubleMetrics.sharpe")).isEqualTo(ModuleRules.LEDGER);
        assertThat(defaults.moduleOf("io.decibench.kernel.backtest.FixedEngine.evaluateValues")).isEqualTo(ModuleRules.STRATEGY);
        assertThat(defaults.moduleOf("io.decibench.kernel.expr.ExprPlan.of")).isEqualTo(ModuleRules.STRATEGY);
        assertThat(defaults.moduleOf("io.decibench.kernel.bench.ProfileLoop.main")).isEqualTo(ModuleRules.HARNESS);
        assertThat(defaults.moduleOf("java.util.ArrayList.get")).isEqualTo(ModuleRules.JDK_OTHER);
        assertThat(defaults.moduleOf("jdk.internal.misc.Unsafe.getLong")).isEqualTo(ModuleRules.JDK_OTHER);
        assertThat(defaults.moduleOf("sun.nio.ch.FileChannelImpl.map")).isEqualTo(ModuleRules.JDK_OTHER);
        assertThat(defaults.moduleOf("com.acme.Pricer.quote")).isEqualTo(ModuleRules.OTHER);
    }

    @Test
    void userRulesComeBeforeTheDefaultsAndTheFirstMatchWins() {
        ModuleRules rules = ModuleRules.withUserRules(List.of(
                new ModuleRule("big integers", "java.math.BigInteger"),
                new ModuleRule("pricing", "com.acme.pricing."),
                new ModuleRule("acme", "com.acme."),
                new ModuleRule("never reached", "com.acme.pricing.Quote")));

        assertThat(rules.moduleOf("java.math.BigInteger.multiply")).isEqualTo("big integers");
        assertThat(rules.moduleOf("java.math.BigDecimal.add")).isEqualTo(ModuleRules.JAVA_MATH);
        assertThat(rules.moduleOf("com.acme.pricing.Quote.mid")).isEqualTo("pricing");
        assertThat(rules.moduleOf("com.acme.risk.Var.compute")).isEqualTo("acme");
        assertThat(rules.moduleNames()).startsWith("big integers", "pricing", "acme", "never reached")
                .contains(ModuleRules.JAVA_MATH).endsWith(ModuleRules.OTHER);
    }

    @Test
    void aRuleCanNameOneMethod() {
        ModuleRules rules = ModuleRules.withUserRules(List.of(new ModuleRule("rounding", "java.math.BigDecimal.setScale")));

        assertThat(rules.moduleOf("java.math.BigDecimal.setScale")).isEqualTo("rounding");
        assertThat(rules.moduleOf("java.math.BigDecimal.add")).isEqualTo(ModuleRules.JAVA_MATH);
    }

    @Test
    void anIncompleteUserRuleIsRejectedWithAnExample() {
        ModuleRule injected = new ModuleRule(); // what Maven builds from <moduleRule><module>x</module></moduleRule>
        assertThatThrownBy(() -> ModuleRules.withUserRules(List.of(injected)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("<prefix>")
                .hasMessageContaining("<moduleRule><module>");
    }
}
