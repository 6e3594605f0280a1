package io.decibench.kernel.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.decibench.kernel.expr.Expr;
import io.decibench.kernel.expr.TargetRule;
import io.decibench.kernel.scenario.BuiltinScenarios;
import io.decibench.kernel.spi.Scenario;

import org.junit.jupiter.api.Test;

class ScenarioResolverTest {
    private final ScenarioResolver resolver = new ScenarioResolver(getClass().getClassLoader());

    /** A user's scenario as the plugin would load it from the test classpath. */
    public static class UserScenario implements Scenario {
        @Override public String name() { return "user"; }
        @Override public String bundle() { return "profiling-hourly"; }
        @Override public TargetRule rule() {
            return new TargetRule(Expr.close().greaterThan(Expr.open()), 10, Expr.close().lessThan(Expr.open()), 0);
        }
    }

    @Test
    void resolvesBuiltInScenariosByName() {
        assertThat(resolver.resolve("minute", "")).isSameAs(BuiltinScenarios.MINUTE);
    }

    @Test
    void anUnknownScenarioListsTheBuiltInOnes() {
        assertThatThrownBy(() -> resolver.resolve("weekly", ""))
                .hasMessageContaining("Unknown scenario 'weekly'")
                .hasMessageContaining("daily, hourly, minute");
    }

    @Test
    void loadsAUserScenarioClass() {
        Scenario s = resolver.resolve("user", UserScenario.class.getName());
        assertThat(s).isInstanceOf(UserScenario.class);
        assertThat(s.bundle()).isEqualTo("profiling-hourly");
    }

    @Test
    void explainsAMissingOrUnsuitableClass() {
        assertThatThrownBy(() -> resolver.resolve("user", "com.example.Missing"))
                .hasMessageContaining("com.example.Missing")
                .hasMessageContaining("not on the classpath");
        assertThatThrownBy(() -> resolver.resolve("user", String.class.getName()))
                .hasMessageContaining("does not implement io.decibench.kernel.spi.Scenario");
    }

    @Test
    void theBundleDirectoryDefaultsToTheSystemPropertyThenTarget() {
        assertThat(BacktestBenchmark.bundleDirectory("/data/bundles")).hasToString("/data/bundles");
        String previous = System.getProperty("decibench.bundleDir");
        try {
            System.clearProperty("decibench.bundleDir");
            assertThat(BacktestBenchmark.bundleDirectory("")).hasToString("target/decibench/bundles");
            System.setProperty("decibench.bundleDir", "/elsewhere");
            assertThat(BacktestBenchmark.bundleDirectory("")).hasToString("/elsewhere");
        } finally {
            if (previous == null) {
                System.clearProperty("decibench.bundleDir");
            } else {
                System.setProperty("decibench.bundleDir", previous);
            }
        }
    }
}
