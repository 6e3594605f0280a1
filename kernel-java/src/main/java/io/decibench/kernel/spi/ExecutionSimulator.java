package io.decibench.kernel.spi;

import io.decibench.kernel.backtest.ExactMetrics;
import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.bundle.Column;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's execution and ledger rules (site page "Semantics", "Execution and ledger") as a public helper for
 * scenarios that bring their own ledger: the order quantity under the volume cap, the slipped fill price, the
 * commission, and a whole exact reference run on a list of target changes. Compare your ledger's result with
 * {@link #simulate} on the targets your strategy took, with {@link #differences}: an empty list means your ledger
 * follows the documented rules to the 0.0001.
 */
public final class ExecutionSimulator {
    private final Bundle bundle;
    private final ExecutionRules rules;
    private final BigDecimal buyFactor;
    private final BigDecimal sellFactor;

    public ExecutionSimulator(Bundle bundle, ExecutionRules rules) {
        this.bundle = bundle;
        this.rules = rules;
        BigDecimal slippage = BigDecimal.valueOf(rules.slippageBps(), 4);
        this.buyFactor = BigDecimal.ONE.add(slippage);
        this.sellFactor = BigDecimal.ONE.subtract(slippage);
    }

    /**
     * The shares that fill at a bar toward an order of {@code want} shares (negative: sell): at most
     * {@code volumeLimitPercent} of the bar's volume, rounded down to whole shares; the rest waits for later bars.
     */
    public long fillQuantity(long want, long barVolume) {
        long cap = barVolume <= 0 ? 0 : BigDecimal.valueOf(barVolume).multiply(BigDecimal.valueOf(
                rules.volumeLimitPercent())).divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN).longValueExact();
        return want > 0 ? Math.min(want, cap) : -Math.min(-want, cap);
    }

    /** The fill price of {@code qty} shares at an open of {@code openUnscaled} (scale 4): slipped, HALF_EVEN to 4. */
    public BigDecimal fillPrice(long openUnscaled, long qty) {
        return BigDecimal.valueOf(openUnscaled, Bundle.PRICE_SCALE).multiply(qty > 0 ? buyFactor : sellFactor)
                .setScale(ExecutionRules.MONEY_SCALE, RoundingMode.HALF_EVEN);
    }

    /** The commission of a fill of {@code qty} shares (exact). */
    public BigDecimal commission(long qty) {
        return BigDecimal.valueOf(Math.abs(qty)).multiply(rules.commissionPerShare());
    }

    /**
     * The exact run of the given target changes (as {@link BacktestResult#decisions()} lists them: per asset and bar,
     * the new standing target after that bar's close): fills from the next bar on, the ledger, the session values and
     * the metrics, exactly as the engine's exact modes compute them.
     */
    public BacktestResult simulate(String scenario, String mode, List<Decision> decisions) {
        LongBuffer open = bundle.longs(Column.OPEN);
        LongBuffer close = bundle.longs(Column.CLOSE);
        LongBuffer volume = bundle.longs(Column.VOLUME);
        int bars = bundle.barsPerAsset();
        int[] ends = bundle.sessionEnds();
        BigDecimal zero = BigDecimal.ZERO.setScale(ExecutionRules.MONEY_SCALE);
        BigDecimal[] flows = new BigDecimal[ends.length];
        java.util.Arrays.fill(flows, zero);
        BigDecimal commissions = zero;
        long trades = 0;
        long shares = 0;
        int next = 0;
        for (int a = 0; a < bundle.assets(); a++) {
            BigDecimal cash = zero;
            long position = 0;
            long target = 0;
            int session = 0;
            for (int t = 0; t < bars; t++) {
                int i = a * bars + t;
                if (target != position) {
                    long qty = fillQuantity(target - position, volume.get(i));
                    if (qty != 0) {
                        BigDecimal fee = commission(qty);
                        cash = cash.subtract(BigDecimal.valueOf(qty).multiply(fillPrice(open.get(i), qty)))
                                .subtract(fee);
                        commissions = commissions.add(fee);
                        trades++;
                        shares += Math.abs(qty);
                        position += qty;
                    }
                }
                while (next < decisions.size() && decisions.get(next).asset() == a
                        && decisions.get(next).bar() == t) {
                    target = decisions.get(next++).target();
                }
                if (session < ends.length && ends[session] == t) {
                    flows[session] = flows[session].add(cash)
                            .add(BigDecimal.valueOf(position).multiply(BigDecimal.valueOf(close.get(i), 4)));
                    session++;
                }
            }
        }
        if (next < decisions.size()) {
            throw new IllegalArgumentException("decision " + decisions.get(next) + " is out of order or outside the"
                    + " bundle: list target changes by asset, then bar, as BacktestResult.decisions() does");
        }
        BigDecimal capital = rules.capital().setScale(ExecutionRules.MONEY_SCALE);
        BigDecimal[] values = new BigDecimal[ends.length];
        for (int s = 0; s < values.length; s++) {
            values[s] = capital.add(flows[s]);
        }
        BigDecimal[] m = ExactMetrics.of(values, rules);
        return BacktestResult.builder(scenario, mode).sessionValues(SessionValues.ofBigDecimals(values))
                .finalValue(values.length == 0 ? capital : values[values.length - 1]).fills(trades, shares)
                .commissions(commissions).metrics(m[0], m[1], m[2], m[3], m[4]).decisions(decisions).build();
    }

    /**
     * Where {@code own} differs from {@code reference}: trades, shares filled, commissions, final value and each session
     * value (money compared at 4 places, within {@code tolerance} in absolute value; zero for an exact ledger). At most
     * the first {@code limit} differences, each naming the session and its date.
     */
    public List<String> differences(BacktestResult own, BacktestResult reference, BigDecimal tolerance, int limit) {
        List<String> out = new ArrayList<>();
        if (own.trades() != reference.trades()) {
            out.add("trades: yours " + own.trades() + ", the engine's " + reference.trades());
        }
        if (own.sharesFilled() != reference.sharesFilled()) {
            out.add("shares filled: yours " + own.sharesFilled() + ", the engine's " + reference.sharesFilled());
        }
        compare(out, "commissions", own.commissions(), reference.commissions(), tolerance);
        compare(out, "final value", own.finalValue(), reference.finalValue(), tolerance);
        if (own.sessionValues().size() != reference.sessionValues().size()) {
            out.add("sessions: yours " + own.sessionValues().size() + ", the engine's "
                    + reference.sessionValues().size());
            return out.subList(0, Math.min(limit, out.size()));
        }
        for (int s = 0; s < reference.sessionValues().size() && out.size() < limit; s++) {
            compare(out, "session " + s + " (" + bundle.sessionDate(s) + ") value", own.sessionValues().get(s),
                    reference.sessionValues().get(s), tolerance);
        }
        return out.subList(0, Math.min(limit, out.size()));
    }

    private static void compare(List<String> out, String what, BigDecimal own, BigDecimal reference,
                                BigDecimal tolerance) {
        if (own == null || reference == null) {
            return;
        }
        BigDecimal a = own.setScale(ExecutionRules.MONEY_SCALE, RoundingMode.HALF_EVEN);
        BigDecimal b = reference.setScale(ExecutionRules.MONEY_SCALE, RoundingMode.HALF_EVEN);
        if (a.subtract(b).abs().compareTo(tolerance) > 0) {
            out.add(what + ": yours " + a.toPlainString() + ", the engine's " + b.toPlainString());
        }
    }
}
