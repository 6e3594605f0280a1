package io.decibench.kernel.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.bundle.BundleStore;
import io.decibench.kernel.bundle.Presets;
import io.decibench.kernel.scenario.BuiltinScenarios;
import io.decibench.kernel.spi.BacktestKernel;
import io.decibench.kernel.spi.BacktestResult;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Scenario;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-fused reference loops compute exactly what the engine computes: the double loop the float engine's bits,
 * the BigDecimal and scaled-long loops the exact results, on every result and every session value. Otherwise the
 * engine / reference ratio would compare different work.
 */
class FusedReferencesTest {

    static Stream<Arguments> cases() {
        return Stream.of(BuiltinScenarios.DAILY, BuiltinScenarios.MINUTE).flatMap(s -> Stream.of(
                Arguments.of(s, FusedReferences.Arithmetic.DOUBLE, new FloatKernel()),
                Arguments.of(s, FusedReferences.Arithmetic.LONG, new DecimalFixedKernel()),
                Arguments.of(s, FusedReferences.Arithmetic.BIGDECIMAL, new DecimalKernel())));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void theReferenceLoopGivesTheEnginesExactResult(Scenario scenario, FusedReferences.Arithmetic arithmetic,
                                                    BacktestKernel kernel) {
        BundleStore store = new BundleStore(Path.of("target", "test-bundles"));
        store.ensure(Presets.byName(scenario.bundle()).orElseThrow());
        Bundle bundle = store.open(scenario.bundle());
        BacktestResult engine = kernel.prepare(bundle, scenario, ExecutionRules.DEFAULT).run();
        FusedReferences references = new FusedReferences(bundle, ExecutionRules.DEFAULT);
        BacktestResult reference = references.run(scenario.name(), arithmetic);
        BacktestResult again = references.run(scenario.name(), arithmetic);

        assertThat(engine.trades()).isPositive();
        assertThat(reference.fields()).isEqualTo(engine.fields());
        assertThat(again.fields()).isEqualTo(engine.fields());
        for (int s = 0; s < engine.sessionValues().size(); s++) {
            assertThat(reference.sessionValues().get(s)).as("session %d", s).isEqualTo(engine.sessionValues().get(s));
        }
    }
}
