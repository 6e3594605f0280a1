package io.decibench.plugin.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ShadowedPropertiesTest {

    private static final Map<String, String> EXPRESSIONS = Map.of(
            "runs", "${decibench.runs}", "scenarios", "${decibench.scenarios}", "bundles", "");

    private static Properties user(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    @Test
    void aUserPropertyThePomOverridesIsNamedWithBothValuesAndTheFix() {
        Map<String, String> configured = new LinkedHashMap<>();
        configured.put("runs", "5");
        configured.put("scenarios", "${decibench.scenarios}");

        assertThat(ShadowedProperties.warnings(EXPRESSIONS, configured,
                user("decibench.runs", "2", "decibench.scenarios", "nope")))
                .containsExactly("-Ddecibench.runs=2 has no effect: the pom sets <runs>5</runs> in this plugin's"
                        + " <configuration>, and a pom setting wins over a user property. To let the command line"
                        + " decide, remove <runs> and set the default in the pom's <properties> instead:"
                        + " <decibench.runs>5</decibench.runs>.");
    }

    @Test
    void nothingIsSaidWhenThePomIsSilentAgreesOrTheUserSetsNothing() {
        Map<String, String> pomSilent = Map.of("runs", "${decibench.runs}");
        assertThat(ShadowedProperties.warnings(EXPRESSIONS, pomSilent, user("decibench.runs", "2"))).isEmpty();
        assertThat(ShadowedProperties.warnings(EXPRESSIONS, Map.of("runs", "2"), user("decibench.runs", "2")))
                .isEmpty();
        assertThat(ShadowedProperties.warnings(EXPRESSIONS, Map.of("runs", "5"), user())).isEmpty();
        assertThat(ShadowedProperties.warnings(EXPRESSIONS, Map.of("bundles", "x"), user("bundles", "y"))).isEmpty();
    }

    @Test
    void aGoalStartedAtTheRootActsWhereThePluginIsUsedOrWhereMavenStartedWhenNothingUsesIt() {
        // Decibench's own root: the plugin only in pluginManagement, no module uses it -> the root acts, modules skip.
        assertThat(GoalScope.actsOn(true, false, false)).isTrue();
        assertThat(GoalScope.actsOn(false, false, false)).isFalse();
        // A user's reactor where only the bench module declares it -> bench acts, the root skips.
        assertThat(GoalScope.actsOn(false, true, true)).isTrue();
        assertThat(GoalScope.actsOn(true, false, true)).isFalse();
    }

    @Test
    void theTestSkipFlagsSkipAsFailsafeReadsThem() {
        assertThat(TestSkip.reason(false, false, false)).isNull();
        assertThat(TestSkip.reason(true, false, false)).isEqualTo("skipTests");
        assertThat(TestSkip.reason(false, true, false)).isEqualTo("skipITs");
        assertThat(TestSkip.reason(false, false, true)).isEqualTo("maven.test.skip=true");
    }
}
