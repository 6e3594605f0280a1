package io.decibench.plugin.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.decibench.kernel.bundle.BundleSpec;
import io.decibench.kernel.bundle.Frequency;
import io.decibench.kernel.bundle.Presets;
import io.decibench.kernel.scenario.ScenarioException;
import io.decibench.kernel.scenario.ScenarioRegistry;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScenarioCatalogTest {
    private static final String BREAKOUT = UserScenarios.Breakout.class.getName();
    private static final String OWN = UserScenarios.FloatAndDecimal.class.getName();
    private static final BundleConfig USER_MINUTE = new BundleConfig("user-minute", "minute", 2, "2024-03-01",
            "2024-03-31", 11L);

    private final ScenarioRegistry registry = new ScenarioRegistry(getClass().getClassLoader());

    private ScenarioCatalog catalog(List<ScenarioConfig> scenarios, List<BundleConfig> bundles) {
        return ScenarioCatalog.of(scenarios, bundles, registry);
    }

    @Test
    void builtInsComeFirstThenUserScenariosInConfigurationOrder() {
        ScenarioCatalog c = catalog(List.of(new ScenarioConfig("own", OWN, null),
                new ScenarioConfig("breakout", BREAKOUT, "user-minute")), List.of(USER_MINUTE));
        assertThat(c.names()).containsExactly("daily", "hourly", "minute", "own", "breakout");
        assertThat(c.custom("breakout")).contains(new CustomScenario("breakout", BREAKOUT, "user-minute"));
        assertThat(c.custom("daily")).isEmpty();
        assertThat(c.customs()).containsOnlyKeys("own", "breakout");
    }

    @Test
    void modeSupportDecidesWhichCellsAreNotApplicable() {
        ScenarioCatalog c = catalog(List.of(new ScenarioConfig("own", OWN, null),
                new ScenarioConfig("breakout", BREAKOUT, null)), List.of(USER_MINUTE));
        assertThat(c.supports("own", "decimal")).isTrue();
        assertThat(c.supports("own", "decimal-native")).isFalse();
        assertThat(c.supports("breakout", "decimal-native")).isTrue();
        assertThat(c.supports("daily", "decimal-native")).isTrue();
    }

    @Test
    void bundlesForASelectionArePresetsAndDeclaredUserBundlesEachOnce() {
        ScenarioCatalog c = catalog(List.of(new ScenarioConfig("own", OWN, null),
                new ScenarioConfig("breakout", BREAKOUT, null)), List.of(USER_MINUTE,
                new BundleConfig("spare", "daily", 1, "2024-01-02", "2024-01-31", null)));
        assertThat(c.bundlesFor(List.of("daily", "own", "breakout")))
                .containsExactly(Presets.PROFILING_DAILY, new BundleSpec("user-minute", Frequency.MINUTE, 2,
                        LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), 11L));
        assertThat(c.unusedUserBundles(List.of("daily", "own"))).containsExactly("spare");
    }

    @Test
    void aScenarioOnAnUndeclaredBundleSaysHowToDeclareIt() {
        assertThatThrownBy(() -> catalog(List.of(new ScenarioConfig("own", OWN, null)), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Scenario 'own' (class " + OWN + ") runs on bundle 'user-minute', which is"
                        + " neither a preset")
                .hasMessageContaining("<bundles><bundle>");
    }

    @Test
    void namesAndClassesAreRequiredAndUnique() {
        assertThatThrownBy(() -> ScenarioCatalog.configuredNames(List.of(new ScenarioConfig(null, BREAKOUT, null))))
                .hasMessageContaining("<customScenarios> entry 1 (class " + BREAKOUT + ") has no <name>");
        assertThatThrownBy(() -> ScenarioCatalog.configuredNames(List.of(new ScenarioConfig("x", " ", null))))
                .hasMessageContaining("<customScenarios> entry 1 ('x') has no <className>");
        assertThatThrownBy(() -> catalog(List.of(new ScenarioConfig("b", BREAKOUT, null),
                new ScenarioConfig("b", BREAKOUT, null)), List.of()))
                .hasMessageContaining("names scenario 'b' twice");
        assertThatThrownBy(() -> ScenarioCatalog.configuredNames(List.of(new ScenarioConfig("Big", BREAKOUT, null))))
                .hasMessageContaining("scenario name 'Big' has upper-case letters")
                .hasMessageContaining("<name>big</name>");
        assertThat(ScenarioCatalog.configuredNames(List.of(new ScenarioConfig("b", BREAKOUT, null))))
                .containsExactly("daily", "hourly", "minute", "b");
    }

    @Test
    void aBadClassFailsTheCatalogWithTheRegistrysMessage() {
        assertThatThrownBy(() -> catalog(List.of(new ScenarioConfig("x", "com.example.Nope", null)), List.of()))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("Scenario class com.example.Nope of scenario 'x' was not found");
    }

    @Test
    void userBundlesMayNotShadowPresetsOrRepeat() {
        assertThatThrownBy(() -> catalog(List.of(), List.of(new BundleConfig("profiling-daily", "daily", 1,
                "2024-01-02", "2024-01-31", 1L))))
                .hasMessageContaining("has the name of a preset bundle");
        assertThatThrownBy(() -> catalog(List.of(), List.of(USER_MINUTE, USER_MINUTE)))
                .hasMessageContaining("declares bundle 'user-minute' twice");
    }
}
