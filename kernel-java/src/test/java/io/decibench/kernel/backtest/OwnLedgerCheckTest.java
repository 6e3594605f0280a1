package io.decibench.kernel.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.bundle.BundleStore;
import io.decibench.kernel.bundle.Column;
import io.decibench.kernel.bundle.Presets;
import io.decibench.kernel.scenario.BuiltinScenarios;
import io.decibench.kernel.spi.BacktestResult;
import io.decibench.kernel.spi.Decision;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.ExecutionSimulator;
import io.decibench.kernel.spi.SessionValues;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The own-ledger path of a scenario with its own code: {@link ExecutionSimulator} is the engine's ledger (it gives the
 * engine's exact result on the engine's own decisions), and comparing a hand-made ledger against it catches a ledger
 * that breaks the documented rules, naming the first session where it goes wrong.
 */
class OwnLedgerCheckTest {
    private static final ExecutionRules RULES = ExecutionRules.DEFAULT;

    private static Bundle hourly() {
        BundleStore store = new BundleStore(Path.of("target", "test-bundles"));
        store.ensure(Presets.byName("profiling-hourly").orElseThrow());
        return store.open("profiling-hourly");
    }

    @Test
    void theSimulatorReproducesTheEngineOnTheEnginesDecisions() {
        Bundle bundle = hourly();
        BacktestResult engine = new DecimalKernel().prepare(bundle, BuiltinScenarios.HOURLY, RULES)
                .runRecordingDecisions();
        BacktestResult reference = new ExecutionSimulator(bundle, RULES).simulate("hourly", "decimal",
                engine.decisions());

        assertThat(engine.trades()).isPositive();
        assertThat(reference.fields()).isEqualTo(engine.fields());
        assertThat(new ExecutionSimulator(bundle, RULES).differences(engine, reference, BigDecimal.ZERO, 10)).isEmpty();
    }

    /** A hand ledger as a team writes it, with the fill price rounded HALF_UP where the rules say HALF_EVEN. */
    private static BacktestResult handLedger(Bundle bundle, List<Decision> decisions, RoundingMode priceRounding) {
        ExecutionSimulator rules = new ExecutionSimulator(bundle, RULES);
        LongBuffer open = bundle.longs(Column.OPEN);
        LongBuffer close = bundle.longs(Column.CLOSE);
        LongBuffer volume = bundle.longs(Column.VOLUME);
        int bars = bundle.barsPerAsset();
        int[] ends = bundle.sessionEnds();
        BigDecimal[] values = new BigDecimal[ends.length];
        java.util.Arrays.fill(values, RULES.capital());
        long trades = 0;
        long shares = 0;
        BigDecimal commissions = BigDecimal.ZERO;
        int next = 0;
        for (int a = 0; a < bundle.assets(); a++) {
            BigDecimal cash = BigDecimal.ZERO;
            long position = 0;
            long target = 0;
            int session = 0;
            for (int t = 0; t < bars; t++) {
                int i = a * bars + t;
                long qty = rules.fillQuantity(target - position, volume.get(i));
                if (qty != 0) {
                    BigDecimal slip = qty > 0 ? new BigDecimal("1.0005") : new BigDecimal("0.9995");
                    BigDecimal price = BigDecimal.valueOf(open.get(i), 4).multiply(slip).setScale(4, priceRounding);
                    cash = cash.subtract(price.multiply(BigDecimal.valueOf(qty))).subtract(rules.commission(qty));
                    commissions = commissions.add(rules.commission(qty));
                    position += qty;
                    trades++;
                    shares += Math.abs(qty);
                }
                while (next < decisions.size() && decisions.get(next).asset() == a && decisions.get(next).bar() == t) {
                    target = decisions.get(next++).target();
                }
                if (session < ends.length && ends[session] == t) {
                    values[session] = values[session].add(cash)
                            .add(BigDecimal.valueOf(close.get(i), 4).multiply(BigDecimal.valueOf(position)));
                    session++;
                }
            }
        }
        return BacktestResult.builder("hand", "decimal").sessionValues(SessionValues.ofBigDecimals(values))
                .fills(trades, shares).commissions(commissions).exactMetrics(RULES).build();
    }

    @Test
    void aHandLedgerThatFollowsTheRulesHasNoDifferences() {
        Bundle bundle = hourly();
        List<Decision> decisions = new DecimalKernel().prepare(bundle, BuiltinScenarios.HOURLY, RULES)
                .runRecordingDecisions().decisions();
        ExecutionSimulator simulator = new ExecutionSimulator(bundle, RULES);
        BacktestResult reference = simulator.simulate("hand", "decimal", decisions);

        BacktestResult right = handLedger(bundle, decisions, RoundingMode.HALF_EVEN);

        assertThat(simulator.differences(right, reference, BigDecimal.ZERO, 10)).isEmpty();
        assertThat(right.sharpe()).isEqualTo(reference.sharpe());
    }

    @Test
    void aHandLedgerThatRoundsFillPricesTheWrongWayIsCaughtAtItsFirstSession() {
        Bundle bundle = hourly();
        List<Decision> decisions = new DecimalKernel().prepare(bundle, BuiltinScenarios.HOURLY, RULES)
                .runRecordingDecisions().decisions();
        ExecutionSimulator simulator = new ExecutionSimulator(bundle, RULES);

        BacktestResult wrong = handLedger(bundle, decisions, RoundingMode.HALF_UP);
        List<String> differences = simulator.differences(wrong, simulator.simulate("hand", "decimal", decisions),
                BigDecimal.ZERO, 5);

        assertThat(differences).isNotEmpty();
        assertThat(differences).anySatisfy(d -> assertThat(d).matches("session \\d+ \\(20\\d\\d-\\d\\d-\\d\\d\\) value:"
                + " yours \\d+\\.\\d{4}, the engine's \\d+\\.\\d{4}"));
    }

    @Test
    void theBuilderRefusesAResultWithoutSessionValues() {
        assertThatThrownBy(() -> BacktestResult.builder("mine", "decimal").fills(1, 100).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("without session values")
                .hasMessageContaining("Fix: call sessionValues(...)");
    }
}
