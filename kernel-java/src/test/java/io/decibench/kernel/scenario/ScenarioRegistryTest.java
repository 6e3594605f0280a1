package io.decibench.kernel.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.bundle.BundleSpec;
import io.decibench.kernel.bundle.BundleStore;
import io.decibench.kernel.bundle.Frequency;
import io.decibench.kernel.spi.BacktestResult;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Kernels;
import io.decibench.kernel.spi.Modes;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioRegistryTest {
    private static final String BREAKOUT = BrokenScenarios.Breakout.class.getName();
    private static final String BUY_AND_HOLD = BuyAndHold.class.getName();

    @TempDir
    static Path bundles;
    static Bundle userDaily;

    private final ScenarioRegistry registry = new ScenarioRegistry(getClass().getClassLoader());
    private final Kernels kernels = Kernels.load();

    @BeforeAll
    static void generateBundle() {
        BundleStore store = new BundleStore(bundles);
        store.ensure(new BundleSpec("user-daily", Frequency.DAILY, 3, LocalDate.of(2024, 1, 2),
                LocalDate.of(2024, 4, 30), 7));
        userDaily = store.open("user-daily");
    }

    @Test
    void builtInScenariosResolveByNameOnTheirOwnBundleOrAConfiguredOne() {
        ResolvedScenario daily = registry.resolve("daily");
        assertThat(daily.bundle()).isEqualTo("profiling-daily");
        assertThat(daily.modes()).isEqualTo(Modes.ALL);
        assertThat(daily.className()).isEmpty();
        assertThat(daily.columnScenario()).contains(BuiltinScenarios.DAILY);

        ResolvedScenario onUserBundle = registry.resolve("hourly", "", "user-daily");
        assertThat(onUserBundle.bundle()).isEqualTo("user-daily");
        assertThat(onUserBundle.columnScenario().orElseThrow().rule()).isSameAs(BuiltinScenarios.HOURLY.rule());
    }

    @Test
    void anUnknownBuiltInNameListsTheBuiltInsAndPointsToClassName() {
        assertThatThrownBy(() -> registry.resolve("weekly"))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("Unknown scenario 'weekly'")
                .hasMessageContaining("daily, hourly, minute")
                .hasMessageContaining("<className>");
    }

    @Test
    void aColumnScenarioRunsInEveryJavaModeUnderItsConfiguredName() {
        ResolvedScenario s = registry.resolve("my-breakout", BREAKOUT, "");
        assertThat(s.name()).isEqualTo("my-breakout");
        assertThat(s.bundle()).isEqualTo("user-daily");
        assertThat(s.className()).contains(BREAKOUT);
        assertThat(s.modes()).containsExactlyElementsOf(Modes.ALL);

        BacktestResult decimal = s.prepare(Modes.DECIMAL, userDaily, ExecutionRules.DEFAULT, kernels).run();
        BacktestResult floating = s.prepare(Modes.FLOAT, userDaily, ExecutionRules.DEFAULT, kernels).run();
        assertThat(decimal.scenario()).isEqualTo("my-breakout");
        assertThat(decimal.mode()).isEqualTo(Modes.DECIMAL);
        assertThat(decimal.trades()).isPositive();
        assertThat(floating.trades()).isEqualTo(decimal.trades());
        assertThat(floating.finalValue().doubleValue())
                .isCloseTo(decimal.finalValue().doubleValue(), within(1e-6 * decimal.finalValue().doubleValue()));

        // The same rule as a kernel runs it directly: resolving adds nothing to the numbers.
        BacktestResult direct = kernels.require(Modes.DECIMAL)
                .prepare(userDaily, s.columnScenario().orElseThrow(), ExecutionRules.DEFAULT).run();
        assertThat(decimal.finalValue()).isEqualTo(direct.finalValue());
        assertThat(decimal.sessionValuesSha256()).isEqualTo(direct.sessionValuesSha256());
    }

    @Test
    void aColumnScenarioTakesItsOwnNameAndBundleWhenNoneAreConfigured() {
        ResolvedScenario s = registry.resolve("", BREAKOUT, null);
        assertThat(s.name()).isEqualTo("breakout");
        assertThat(s.bundle()).isEqualTo("user-daily");
        assertThat(registry.resolve(null, BREAKOUT, "big-minute").bundle()).isEqualTo("big-minute");
    }

    @Test
    void aModeSpecificScenarioRunsInItsModesAndRefusesTheOthers() {
        ResolvedScenario s = registry.resolve("hold", BUY_AND_HOLD, "");
        assertThat(s.modes()).containsExactly(Modes.FLOAT, Modes.DECIMAL);
        assertThat(s.supports(Modes.DECIMAL_NATIVE)).isFalse();
        assertThat(s.columnScenario()).isEmpty();

        BacktestResult decimal = s.prepare(Modes.DECIMAL, userDaily, ExecutionRules.DEFAULT, kernels).run();
        BacktestResult floating = s.prepare(Modes.FLOAT, userDaily, ExecutionRules.DEFAULT, kernels).run();
        assertThat(decimal.scenario()).isEqualTo("hold");
        assertThat(floating.scenario()).isEqualTo("hold");
        assertThat(decimal.sessionValues().size()).isEqualTo(userDaily.sessions());
        assertThat(decimal.finalValue()).isEqualTo(decimal.sessionValues().get(userDaily.sessions() - 1));
        assertThat(floating.finalValue().doubleValue())
                .isCloseTo(decimal.finalValue().doubleValue(), within(1e-6 * decimal.finalValue().doubleValue()));

        assertThatThrownBy(() -> s.prepare(Modes.DECIMAL_NATIVE, userDaily, ExecutionRules.DEFAULT, kernels))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("Scenario 'hold' (class " + BUY_AND_HOLD + ") does not implement mode"
                        + " decimal-native")
                .hasMessageContaining("n/a")
                .hasMessageContaining("-Ddecibench.modes=float,decimal");
    }

    @Test
    void aMissingClassIsNamedWithWhereToPutIt() {
        assertThatThrownBy(() -> registry.resolve("mine", "com.example.Missing", ""))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("Scenario class com.example.Missing of scenario 'mine' was not found on the"
                        + " project's test classpath")
                .hasMessageContaining("<className>")
                .hasMessageContaining("src/test/java");
    }

    @Test
    void aClassImplementingNoSpiNamesBothInterfaces() {
        String cls = BrokenScenarios.NotAScenario.class.getName();
        assertThatThrownBy(() -> registry.resolve("mine", cls, ""))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("Scenario class " + cls + " (scenario 'mine') implements neither"
                        + " io.decibench.kernel.spi.Scenario")
                .hasMessageContaining("io.decibench.kernel.spi.ModeSpecificScenario")
                .hasMessageContaining("Fix: implement one of them");
        assertThatThrownBy(() -> registry.resolve("mine", BrokenScenarios.Both.class.getName(), ""))
                .hasMessageContaining("implements both");
    }

    @Test
    void classesThatCannotBeCreatedSayWhy() {
        assertThatThrownBy(() -> registry.resolve("x", BrokenScenarios.Abstract.class.getName(), ""))
                .hasMessageContaining("is abstract or an interface");
        assertThatThrownBy(() -> registry.resolve("x", BrokenScenarios.NoNoArgConstructor.class.getName(), ""))
                .hasMessageContaining("has no public no-arg constructor");
        assertThatThrownBy(() -> registry.resolve("x", BrokenScenarios.ThrowsInConstructor.class.getName(), ""))
                .hasMessageContaining("threw from its constructor: java.lang.IllegalStateException: no config file")
                .hasCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void nonsenseFromTheScenarioIsRefusedAtResolution() {
        assertThatThrownBy(() -> registry.resolve("x", BrokenScenarios.NullRule.class.getName(), ""))
                .hasMessageContaining("returned null from rule()");
        assertThatThrownBy(() -> registry.resolve("x", BrokenScenarios.NoBundle.class.getName(), ""))
                .hasMessageContaining("Scenario 'x' (class " + BrokenScenarios.NoBundle.class.getName()
                        + ") names no bundle")
                .hasMessageContaining("<bundle>");
        assertThatThrownBy(() -> registry.resolve("x", BrokenScenarios.UnknownMode.class.getName(), ""))
                .hasMessageContaining("declares unusable mode name 'Double Mode' in modes(); valid modes: float,"
                        + " decimal, decimal-fixed, float-native, decimal-native, or a name of your own");
        assertThatThrownBy(() -> registry.resolve("x", BrokenScenarios.NoModes.class.getName(), ""))
                .hasMessageContaining("implements no mode");
    }

    @Test
    void namesMustBeUsableAndNotShadowABuiltIn() {
        assertThatThrownBy(() -> registry.resolve("my scenario", BREAKOUT, ""))
                .hasMessageContaining("Scenario name 'my scenario'")
                .hasMessageContaining("<name>");
        assertThatThrownBy(() -> registry.resolve("Mine", BREAKOUT, ""))
                .hasMessageContaining("use lower-case letters");
        assertThatThrownBy(() -> registry.resolve("daily", BREAKOUT, ""))
                .hasMessageContaining("already the name of a built-in scenario");
        assertThatThrownBy(() -> registry.resolve("mine", BREAKOUT, "../etc"))
                .hasMessageContaining("not a valid bundle name");
    }

    @Test
    void aFailingRunNamesScenarioClassModeAndCause() {
        String cls = BrokenScenarios.Failing.class.getName();
        ResolvedScenario s = registry.resolve("", cls, "");
        var backtest = s.prepare(Modes.DECIMAL, userDaily, ExecutionRules.DEFAULT, kernels);
        assertThatThrownBy(backtest::run)
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("Scenario 'failing' (class " + cls + ") in mode decimal failed while running"
                        + " on bundle 'user-daily': java.lang.IllegalStateException: boom in bar 7")
                .hasMessageContaining("-Ddecibench.scenarios=failing -Ddecibench.modes=decimal")
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> s.prepare(Modes.FLOAT, userDaily, ExecutionRules.DEFAULT, kernels))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("in mode float failed while preparing")
                .hasMessageContaining("float not ready");
    }

    @Test
    void anIncompleteResultIsRefused() {
        ResolvedScenario s = registry.resolve("", BrokenScenarios.Incomplete.class.getName(), "");
        assertThatThrownBy(() -> s.prepare(Modes.FLOAT, userDaily, ExecutionRules.DEFAULT, kernels).run())
                .hasMessageContaining("in mode float returned no result from Backtest.run()");
        assertThatThrownBy(() -> s.prepare(Modes.DECIMAL, userDaily, ExecutionRules.DEFAULT, kernels).run())
                .hasMessageContaining("returned a result without sessionValues");
    }

    @Test
    void builtInsAreNotWrapped() {
        // The built-ins are measured exactly as the kernels run them: no guard around their backtests.
        var backtest = registry.resolve("daily").prepare(Modes.FLOAT, userDaily, ExecutionRules.DEFAULT, kernels);
        assertThat(backtest.getClass().getName()).doesNotContain("Guarded");
        assertThat(List.of(backtest.run().finalValue())).allMatch(v -> v.compareTo(BigDecimal.ZERO) > 0);
    }
}
