package io.decibench.kernel.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.bundle.BundleStore;
import io.decibench.kernel.bundle.Presets;
import io.decibench.kernel.bundle.Column;
import io.decibench.kernel.scenario.BuiltinScenarios;
import io.decibench.kernel.spi.BacktestKernel;
import io.decibench.kernel.spi.BacktestResult;
import io.decibench.kernel.spi.Decision;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.Scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exactness on the three preset bundles: {@code decimal} is reproducible bit for bit; {@code float} stays within 1e-6
 * relative of it where it takes the same decisions, and its drift from the exact ledger (in currency units) is the
 * pinned, deterministic value.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PresetExactnessTest {
    private static final Path BUNDLES = Path.of("target", "test-bundles");
    private static final BigDecimal RELATIVE_TOLERANCE = new BigDecimal("1e-6");

    private BundleStore store;

    @BeforeAll
    void generatePresets() {
        store = new BundleStore(BUNDLES);
        Presets.ALL.forEach(store::ensure);
    }

    static Stream<Scenario> scenarios() {
        return BuiltinScenarios.ALL.stream();
    }

    private BacktestResult run(BacktestKernel kernel, Scenario scenario) {
        Bundle bundle = store.open(scenario.bundle());
        return kernel.prepare(bundle, scenario, ExecutionRules.DEFAULT).run();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void decimalIsReproducibleBitForBitAcrossRunsAndPrepares(Scenario scenario) {
        DecimalKernel kernel = new DecimalKernel();
        var prepared = kernel.prepare(store.open(scenario.bundle()), scenario, ExecutionRules.DEFAULT);
        BacktestResult first = prepared.run();
        BacktestResult again = prepared.run();
        BacktestResult freshPrepare = run(kernel, scenario);
        BacktestResult secondPrepare = run(kernel, scenario);

        assertThat(first.trades()).isPositive();
        for (BacktestResult other : new BacktestResult[] {again, freshPrepare, secondPrepare}) {
            assertThat(other.fields()).isEqualTo(first.fields());
            assertThat(other.sessionValues()).isNotSameAs(first.sessionValues());
        }
    }

    /**
     * The float drift pinned per scenario: max |float - decimal| over all session values and on the final value, in
     * currency units, rounded to 3 significant digits. On daily and hourly it is whole cents from fill-price ties that
     * double rounds the other way (0.0001 per share each; on hourly they cancel by the end) plus the doubles'
     * representation error. On minute float also takes two decisions differently (see
     * {@link #floatDecidesTheMinuteScenariosExactTiesByRoundingNoise}); the P&L of those trades is the $6.69.
     * A change here means the data, the strategy or the float arithmetic changed.
     */
    static Stream<Arguments> pinnedDrift() {
        return Stream.of(
                Arguments.of(BuiltinScenarios.DAILY, "0.0300", "0.0300"),
                Arguments.of(BuiltinScenarios.HOURLY, "0.0100", "8.44E-11"),
                Arguments.of(BuiltinScenarios.MINUTE, "6.69", "6.64"));
    }

    @ParameterizedTest
    @MethodSource("pinnedDrift")
    void floatDriftFromTheExactLedgerIsPinned(Scenario scenario, String maxSessionDrift, String finalDrift) {
        BacktestResult exact = run(new DecimalKernel(), scenario);
        BacktestResult dbl = run(new FloatKernel(), scenario);

        assertThat(dbl.sessionValues().size()).isEqualTo(exact.sessionValues().size());
        assertThat(dbl.trades()).isEqualTo(exact.trades());
        assertThat(dbl.sharesFilled()).isEqualTo(exact.sharesFilled());
        assertThat(maxSessionDrift(dbl, exact).round(new MathContext(3))).isEqualByComparingTo(maxSessionDrift);
        assertThat(dbl.finalValue().subtract(exact.finalValue()).abs().round(new MathContext(3)))
                .isEqualByComparingTo(finalDrift);
    }

    /** Where float takes the same decisions as decimal, it agrees within 1e-6 relative on every session value. */
    @ParameterizedTest
    @MethodSource("sameDecisionScenarios")
    void floatStaysWithinOnePpmOfDecimalWhereItDecidesAlike(Scenario scenario) {
        BacktestResult exact = run(new DecimalKernel(), scenario);
        BacktestResult dbl = run(new FloatKernel(), scenario);

        for (int s = 0; s < exact.sessionValues().size(); s++) {
            BigDecimal bound = exact.sessionValues().get(s).multiply(RELATIVE_TOLERANCE);
            assertThat(dbl.sessionValues().get(s).subtract(exact.sessionValues().get(s)).abs())
                    .as("session %d", s).isLessThanOrEqualTo(bound);
        }
        assertThat(dbl.finalValue().subtract(exact.finalValue()).abs())
                .isLessThanOrEqualTo(exact.finalValue().multiply(RELATIVE_TOLERANCE));
        assertThat(decisionFlips(scenario)).isEmpty();
    }

    static Stream<Scenario> sameDecisionScenarios() {
        return Stream.of(BuiltinScenarios.DAILY, BuiltinScenarios.HOURLY);
    }

    /**
     * The minute rule compares d^2 with 4v, and on a 0.01 price grid z = +/-2 happens exactly: d^2 == 4v, so decimal
     * takes no action. Double computes v = 20*sumSq - sum^2 with cancellation and lands on either side, so it trades on
     * two bars where decimal does not. This is why float cannot stay within 1e-6 on this scenario (see semantics.md).
     */
    @Test
    void floatDecidesTheMinuteScenariosExactTiesByRoundingNoise() {
        Scenario minute = BuiltinScenarios.MINUTE;
        List<int[]> flips = decisionFlips(minute);
        assertThat(flips).hasSize(2);

        Bundle bundle = store.open(minute.bundle());
        for (int[] flip : flips) {
            // d = 20*close - sum and v = 20*sumSq - sum^2 over the 20 bars ending at the flip, exactly
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal sumSq = BigDecimal.ZERO;
            for (int b = flip[1] - 19; b <= flip[1]; b++) {
                BigDecimal c = BigDecimal.valueOf(bundle.value(Column.CLOSE, flip[0], b), 4);
                sum = sum.add(c);
                sumSq = sumSq.add(c.multiply(c));
            }
            BigDecimal close = BigDecimal.valueOf(bundle.value(Column.CLOSE, flip[0], flip[1]), 4);
            BigDecimal d = close.multiply(BigDecimal.valueOf(20)).subtract(sum);
            BigDecimal v = sumSq.multiply(BigDecimal.valueOf(20)).subtract(sum.multiply(sum));
            assertThat(d.multiply(d)).as("asset %d bar %d", flip[0], flip[1])
                    .isEqualByComparingTo(v.multiply(BigDecimal.valueOf(4))).isPositive();
        }
    }

    /** The exact Java modes agree bit for bit on every reported number and every session value. */
    @ParameterizedTest
    @MethodSource("scenarios")
    void decimalFixedAgreesWithDecimalBitForBit(Scenario scenario) {
        BacktestResult exact = run(new DecimalKernel(), scenario);
        BacktestResult fixed = run(new DecimalFixedKernel(), scenario);

        assertThat(fixed.fields()).isEqualTo(exact.fields().entrySet().stream().collect(
                java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getKey().equals("mode")
                        ? "decimal-fixed" : e.getValue(), (x, y) -> x, java.util.LinkedHashMap::new)));
        for (int s = 0; s < exact.sessionValues().size(); s++) {
            assertThat(fixed.sessionValues().get(s)).as("session %d", s).isEqualTo(exact.sessionValues().get(s));
        }
        Bundle bundle = store.open(scenario.bundle());
        assertThat(new DecimalFixedKernel().prepare(bundle, scenario, ExecutionRules.DEFAULT).runRecordingDecisions()
                .decisions()).isEqualTo(new DecimalKernel().prepare(bundle, scenario, ExecutionRules.DEFAULT)
                .runRecordingDecisions().decisions());
    }

    /**
     * (asset, bar) of the target changes float takes and decimal does not: where double decided differently (decimal
     * then takes its own change on a nearby bar, which is not counted again).
     */
    private List<int[]> decisionFlips(Scenario scenario) {
        Bundle bundle = store.open(scenario.bundle());
        List<Decision> exact = new DecimalKernel().prepare(bundle, scenario, ExecutionRules.DEFAULT)
                .runRecordingDecisions().decisions();
        List<Decision> dbl = new FloatKernel().prepare(bundle, scenario, ExecutionRules.DEFAULT)
                .runRecordingDecisions().decisions();
        Set<Decision> inExact = new HashSet<>(exact);
        List<int[]> flips = new ArrayList<>();
        for (Decision d : dbl) {
            if (!inExact.contains(d)) {
                flips.add(new int[] {d.asset(), d.bar()});
            }
        }
        return flips;
    }

    private static BigDecimal maxSessionDrift(BacktestResult dbl, BacktestResult exact) {
        BigDecimal max = BigDecimal.ZERO;
        for (int s = 0; s < exact.sessionValues().size(); s++) {
            max = max.max(dbl.sessionValues().get(s).subtract(exact.sessionValues().get(s)).abs());
        }
        return max;
    }
}
