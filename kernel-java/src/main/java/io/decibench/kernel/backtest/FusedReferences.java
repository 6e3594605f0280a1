package io.decibench.kernel.backtest;

import io.decibench.kernel.bundle.Bundle;
import io.decibench.kernel.bundle.Column;
import io.decibench.kernel.spi.BacktestResult;
import io.decibench.kernel.spi.ExecutionRules;
import io.decibench.kernel.spi.SessionValues;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.LongBuffer;
import java.util.Arrays;

/**
 * Hand-written fused loops of the built-in {@code daily} and {@code minute} scenarios: strategy, execution simulator
 * and ledger in one pass per asset, no plan, no rows, the scenario's constants written into the code, as a developer
 * who knew the one strategy would write it. They give the engine's results bit for bit (in {@code double} the same
 * operation order as mode {@code float}, in {@code BigDecimal} and scaled {@code long} the exact values of
 * {@code decimal} and {@code decimal-fixed}), so the JMH ratio engine / reference is what the general engine costs
 * (site page "Native core", "What the engine costs"). Not a mode: benchmarks only.
 */
public final class FusedReferences {
    /** The arithmetics a reference loop is written in. */
    public enum Arithmetic { DOUBLE, BIGDECIMAL, LONG }

    private static final double UNIT = 10_000.0;

    private final Bundle bundle;
    private final ExecutionRules rules;
    private final int bars;
    private final int[] ends;
    private final LongBuffer openColumn;
    private final LongBuffer closeColumn;
    private final LongBuffer volumeColumn;
    private final long[] open;
    private final long[] close;
    private final long[] volume;
    private final long percent;
    private final double[] flows;
    private final long[] fixedFlows;
    private final BigDecimal[] bigFlows;

    public FusedReferences(Bundle bundle, ExecutionRules rules) {
        this.bundle = bundle;
        this.rules = rules;
        this.bars = bundle.barsPerAsset();
        this.ends = bundle.sessionEnds();
        this.openColumn = bundle.longs(Column.OPEN);
        this.closeColumn = bundle.longs(Column.CLOSE);
        this.volumeColumn = bundle.longs(Column.VOLUME);
        this.open = new long[bars];
        this.close = new long[bars];
        this.volume = new long[bars];
        this.percent = rules.volumeLimitPercent();
        this.flows = new double[ends.length];
        this.fixedFlows = new long[ends.length];
        this.bigFlows = new BigDecimal[ends.length];
    }

    /** One backtest of {@code scenario} ({@code daily} or {@code minute}) in the given arithmetic. */
    public BacktestResult run(String scenario, Arithmetic arithmetic) {
        boolean daily = switch (scenario) {
            case "daily" -> true;
            case "minute" -> false;
            default -> throw new IllegalArgumentException("fused references exist for daily and minute, not "
                    + scenario);
        };
        return switch (arithmetic) {
            case DOUBLE -> daily ? dailyDouble() : minuteDouble();
            case BIGDECIMAL -> daily ? dailyBig() : minuteBig();
            case LONG -> daily ? dailyLong() : minuteLong();
        };
    }

    private void load(int asset) {
        int base = asset * bars;
        openColumn.get(base, open, 0, bars);
        closeColumn.get(base, close, 0, bars);
        volumeColumn.get(base, volume, 0, bars);
    }

    private long cap(long v) {
        return v * percent / 100;
    }

    // ---- double ------------------------------------------------------------------------------------------------

    private BacktestResult dailyDouble() {
        double buy = 1 + rules.slippageBps() / UNIT;
        double sell = 1 - rules.slippageBps() / UNIT;
        double cps = rules.commissionPerShare().doubleValue();
        Arrays.fill(flows, 0);
        double commissions = 0;
        long trades = 0;
        long shares = 0;
        for (int a = 0; a < bundle.assets(); a++) {
            load(a);
            double fast = 0;
            double slow = 0;
            double cash = 0;
            long position = 0;
            long target = 0;
            int session = 0;
            for (int t = 0; t < bars; t++) {
                if (target != position) {
                    long want = target - position;
                    long c = cap(volume[t]);
                    long qty = want > 0 ? Math.min(want, c) : -Math.min(-want, c);
                    if (qty != 0) {
                        double price = Math.rint((open[t] / UNIT) * (qty > 0 ? buy : sell) * UNIT) / UNIT;
                        double fee = Math.abs(qty) * cps;
                        cash -= qty * price + fee;
                        commissions += fee;
                        trades++;
                        shares += Math.abs(qty);
                        position += qty;
                    }
                }
                double x = close[t] / UNIT;
                if (t == 49) {
                    fast = 0.0;
                    for (int b = 0; b <= 49; b++) {
                        fast = fast + close[b] / UNIT;
                    }
                } else if (t > 49) {
                    fast = fast + (x - close[t - 50] / UNIT);
                }
                if (t == 199) {
                    slow = 0.0;
                    for (int b = 0; b <= 199; b++) {
                        slow = slow + close[b] / UNIT;
                    }
                } else if (t > 199) {
                    slow = slow + (x - close[t - 200] / UNIT);
                }
                if (t >= 199) {
                    double f = fast * 200.0;
                    double s = slow * 50.0;
                    if (f > s) {
                        target = 100;
                    } else if (f < s) {
                        target = 0;
                    }
                }
                if (session < ends.length && ends[session] == t) {
                    flows[session] += cash + position * (close[t] / UNIT);
                    session++;
                }
            }
        }
        return doubleResult("daily", commissions, trades, shares);
    }

    private BacktestResult minuteDouble() {
        double buy = 1 + rules.slippageBps() / UNIT;
        double sell = 1 - rules.slippageBps() / UNIT;
        double cps = rules.commissionPerShare().doubleValue();
        Arrays.fill(flows, 0);
        double commissions = 0;
        long trades = 0;
        long shares = 0;
        for (int a = 0; a < bundle.assets(); a++) {
            load(a);
            double sum = 0;
            double squares = 0;
            double cash = 0;
            long position = 0;
            long target = 0;
            int session = 0;
            for (int t = 0; t < bars; t++) {
                if (target != position) {
                    long want = target - position;
                    long c = cap(volume[t]);
                    long qty = want > 0 ? Math.min(want, c) : -Math.min(-want, c);
                    if (qty != 0) {
                        double price = Math.rint((open[t] / UNIT) * (qty > 0 ? buy : sell) * UNIT) / UNIT;
                        double fee = Math.abs(qty) * cps;
                        cash -= qty * price + fee;
                        commissions += fee;
                        trades++;
                        shares += Math.abs(qty);
                        position += qty;
                    }
                }
                double x = close[t] / UNIT;
                if (t == 19) {
                    sum = 0.0;
                    squares = 0.0;
                    for (int b = 0; b <= 19; b++) {
                        double y = close[b] / UNIT;
                        sum = sum + y;
                        squares = squares + y * y;
                    }
                } else if (t > 19) {
                    double y = close[t - 20] / UNIT;
                    sum = sum + (x - y);
                    squares = squares + (x * x - y * y);
                }
                if (t >= 19) {
                    double d = x * 20.0 - sum;
                    double v = squares * 20.0 - sum * sum;
                    boolean beyond = d * d > v * 4.0 && v > 0.0;
                    if (d < 0.0 && beyond) {
                        target = 100;
                    } else if (d > 0.0 && beyond) {
                        target = 0;
                    }
                }
                if (session < ends.length && ends[session] == t) {
                    flows[session] += cash + position * (close[t] / UNIT);
                    session++;
                }
            }
        }
        return doubleResult("minute", commissions, trades, shares);
    }

    private BacktestResult doubleResult(String scenario, double commissions, long trades, long shares) {
        double capital = rules.capital().doubleValue();
        double[] values = new double[ends.length];
        for (int s = 0; s < values.length; s++) {
            values[s] = capital + flows[s];
        }
        Metrics m = DoubleMetrics.of(values, capital, rules.periodsPerYear(), bundle::sessionDate);
        return new BacktestResult(scenario, "float", new BigDecimal(values.length == 0 ? capital
                : values[values.length - 1]), trades, shares, new BigDecimal(commissions), m.totalReturn(),
                m.maxDrawdown(), m.annualVolatility(), m.sharpe(), m.sortino(), SessionValues.ofDoubles(values));
    }

    // ---- scaled long -------------------------------------------------------------------------------------------

    /** {@code num / 10^4} rounded HALF_EVEN, for the fill price {@code open * (10^4 +/- bps)} (positive). */
    private static long halfEven4(long num) {
        long q = num / 10_000;
        long r = num - q * 10_000;
        return r > 5_000 || (r == 5_000 && (q & 1) != 0) ? q + 1 : q;
    }

    private BacktestResult dailyLong() {
        long buy = 10_000L + rules.slippageBps();
        long sell = 10_000L - rules.slippageBps();
        long cps = rules.commissionPerShare().setScale(4).unscaledValue().longValueExact();
        Arrays.fill(fixedFlows, 0);
        long commissions = 0;
        long trades = 0;
        long shares = 0;
        for (int a = 0; a < bundle.assets(); a++) {
            load(a);
            long fast = 0;
            long slow = 0;
            long cash = 0;
            long position = 0;
            long target = 0;
            int session = 0;
            for (int t = 0; t < bars; t++) {
                if (target != position) {
                    long want = target - position;
                    long c = cap(volume[t]);
                    long qty = want > 0 ? Math.min(want, c) : -Math.min(-want, c);
                    if (qty != 0) {
                        long price = halfEven4(open[t] * (qty > 0 ? buy : sell));
                        long fee = Math.abs(qty) * cps;
                        cash -= qty * price + fee;
                        commissions += fee;
                        trades++;
                        shares += Math.abs(qty);
                        position += qty;
                    }
                }
                fast += close[t] - (t >= 50 ? close[t - 50] : 0);
                slow += close[t] - (t >= 200 ? close[t - 200] : 0);
                if (t >= 199) {
                    long f = fast * 200;
                    long s = slow * 50;
                    if (f > s) {
                        target = 100;
                    } else if (f < s) {
                        target = 0;
                    }
                }
                if (session < ends.length && ends[session] == t) {
                    fixedFlows[session] += cash + position * close[t];
                    session++;
                }
            }
        }
        return longResult("daily", commissions, trades, shares);
    }

    private BacktestResult minuteLong() {
        long buy = 10_000L + rules.slippageBps();
        long sell = 10_000L - rules.slippageBps();
        long cps = rules.commissionPerShare().setScale(4).unscaledValue().longValueExact();
        Arrays.fill(fixedFlows, 0);
        long commissions = 0;
        long trades = 0;
        long shares = 0;
        for (int a = 0; a < bundle.assets(); a++) {
            load(a);
            long sum = 0;
            long squares = 0;
            long cash = 0;
            long position = 0;
            long target = 0;
            int session = 0;
            for (int t = 0; t < bars; t++) {
                if (target != position) {
                    long want = target - position;
                    long c = cap(volume[t]);
                    long qty = want > 0 ? Math.min(want, c) : -Math.min(-want, c);
                    if (qty != 0) {
                        long price = halfEven4(open[t] * (qty > 0 ? buy : sell));
                        long fee = Math.abs(qty) * cps;
                        cash -= qty * price + fee;
                        commissions += fee;
                        trades++;
                        shares += Math.abs(qty);
                        position += qty;
                    }
                }
                long x = close[t];
                long y = t >= 20 ? close[t - 20] : 0;
                sum += x - y;
                squares += x * x - y * y;
                if (t >= 19) {
                    long d = x * 20 - sum;
                    long v = squares * 20 - sum * sum;
                    boolean beyond = d * d > v * 4 && v > 0;
                    if (d < 0 && beyond) {
                        target = 100;
                    } else if (d > 0 && beyond) {
                        target = 0;
                    }
                }
                if (session < ends.length && ends[session] == t) {
                    fixedFlows[session] += cash + position * x;
                    session++;
                }
            }
        }
        return longResult("minute", commissions, trades, shares);
    }

    private BacktestResult longResult(String scenario, long commissions, long trades, long shares) {
        long capital = rules.capital().setScale(4).unscaledValue().longValueExact();
        long[] values = new long[ends.length];
        for (int s = 0; s < values.length; s++) {
            values[s] = capital + fixedFlows[s];
        }
        long[] m = FixedMetrics.of(values, capital, rules.periodsPerYear(), bundle::sessionDate);
        return new BacktestResult(scenario, "decimal-fixed", BigDecimal.valueOf(values.length == 0 ? capital
                : values[values.length - 1], 4), trades, shares, BigDecimal.valueOf(commissions, 4),
                BigDecimal.valueOf(m[0], 12), BigDecimal.valueOf(m[1], 12), BigDecimal.valueOf(m[2], 12),
                BigDecimal.valueOf(m[3], 12), BigDecimal.valueOf(m[4], 12), SessionValues.ofScaledLongs(values, 4));
    }

    // ---- BigDecimal ----------------------------------------------------------------------------------------------

    private BacktestResult dailyBig() {
        BigDecimal slippage = BigDecimal.valueOf(rules.slippageBps(), 4);
        BigDecimal buy = BigDecimal.ONE.add(slippage);
        BigDecimal sell = BigDecimal.ONE.subtract(slippage);
        BigDecimal cps = rules.commissionPerShare();
        BigDecimal zero = BigDecimal.ZERO.setScale(4);
        BigDecimal twoHundred = BigDecimal.valueOf(200);
        BigDecimal fifty = BigDecimal.valueOf(50);
        Arrays.fill(bigFlows, zero);
        BigDecimal commissions = zero;
        long trades = 0;
        long shares = 0;
        BigDecimal[] x = new BigDecimal[bars];
        for (int a = 0; a < bundle.assets(); a++) {
            load(a);
            BigDecimal fast = BigDecimal.ZERO;
            BigDecimal slow = BigDecimal.ZERO;
            BigDecimal cash = zero;
            long position = 0;
            long target = 0;
            int session = 0;
            for (int t = 0; t < bars; t++) {
                if (target != position) {
                    long want = target - position;
                    long c = cap(volume[t]);
                    long qty = want > 0 ? Math.min(want, c) : -Math.min(-want, c);
                    if (qty != 0) {
                        BigDecimal price = BigDecimal.valueOf(open[t], 4).multiply(qty > 0 ? buy : sell)
                                .setScale(4, RoundingMode.HALF_EVEN);
                        BigDecimal q = BigDecimal.valueOf(qty);
                        BigDecimal fee = q.abs().multiply(cps);
                        cash = cash.subtract(q.multiply(price)).subtract(fee);
                        commissions = commissions.add(fee);
                        trades++;
                        shares += Math.abs(qty);
                        position += qty;
                    }
                }
                x[t] = BigDecimal.valueOf(close[t], 4);
                fast = fast.add(x[t]);
                slow = slow.add(x[t]);
                if (t >= 50) {
                    fast = fast.subtract(x[t - 50]);
                }
                if (t >= 200) {
                    slow = slow.subtract(x[t - 200]);
                }
                if (t >= 199) {
                    int c = fast.multiply(twoHundred).compareTo(slow.multiply(fifty));
                    if (c > 0) {
                        target = 100;
                    } else if (c < 0) {
                        target = 0;
                    }
                }
                if (session < ends.length && ends[session] == t) {
                    bigFlows[session] = bigFlows[session].add(cash).add(BigDecimal.valueOf(position).multiply(x[t]));
                    session++;
                }
            }
        }
        return bigResult("daily", commissions, trades, shares);
    }

    private BacktestResult minuteBig() {
        BigDecimal slippage = BigDecimal.valueOf(rules.slippageBps(), 4);
        BigDecimal buy = BigDecimal.ONE.add(slippage);
        BigDecimal sell = BigDecimal.ONE.subtract(slippage);
        BigDecimal cps = rules.commissionPerShare();
        BigDecimal zero = BigDecimal.ZERO.setScale(4);
        BigDecimal twenty = BigDecimal.valueOf(20);
        BigDecimal four = BigDecimal.valueOf(4);
        Arrays.fill(bigFlows, zero);
        BigDecimal commissions = zero;
        long trades = 0;
        long shares = 0;
        BigDecimal[] x = new BigDecimal[bars];
        BigDecimal[] xx = new BigDecimal[bars];
        for (int a = 0; a < bundle.assets(); a++) {
            load(a);
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal squares = BigDecimal.ZERO;
            BigDecimal cash = zero;
            long position = 0;
            long target = 0;
            int session = 0;
            for (int t = 0; t < bars; t++) {
                if (target != position) {
                    long want = target - position;
                    long c = cap(volume[t]);
                    long qty = want > 0 ? Math.min(want, c) : -Math.min(-want, c);
                    if (qty != 0) {
                        BigDecimal price = BigDecimal.valueOf(open[t], 4).multiply(qty > 0 ? buy : sell)
                                .setScale(4, RoundingMode.HALF_EVEN);
                        BigDecimal q = BigDecimal.valueOf(qty);
                        BigDecimal fee = q.abs().multiply(cps);
                        cash = cash.subtract(q.multiply(price)).subtract(fee);
                        commissions = commissions.add(fee);
                        trades++;
                        shares += Math.abs(qty);
                        position += qty;
                    }
                }
                x[t] = BigDecimal.valueOf(close[t], 4);
                xx[t] = x[t].multiply(x[t]);
                sum = sum.add(x[t]);
                squares = squares.add(xx[t]);
                if (t >= 20) {
                    sum = sum.subtract(x[t - 20]);
                    squares = squares.subtract(xx[t - 20]);
                }
                if (t >= 19) {
                    BigDecimal d = x[t].multiply(twenty).subtract(sum);
                    BigDecimal v = squares.multiply(twenty).subtract(sum.multiply(sum));
                    boolean beyond = d.multiply(d).compareTo(v.multiply(four)) > 0 && v.signum() > 0;
                    if (d.signum() < 0 && beyond) {
                        target = 100;
                    } else if (d.signum() > 0 && beyond) {
                        target = 0;
                    }
                }
                if (session < ends.length && ends[session] == t) {
                    bigFlows[session] = bigFlows[session].add(cash).add(BigDecimal.valueOf(position).multiply(x[t]));
                    session++;
                }
            }
        }
        return bigResult("minute", commissions, trades, shares);
    }

    private BacktestResult bigResult(String scenario, BigDecimal commissions, long trades, long shares) {
        BigDecimal capital = rules.capital().setScale(4);
        BigDecimal[] values = new BigDecimal[ends.length];
        for (int s = 0; s < values.length; s++) {
            values[s] = capital.add(bigFlows[s]);
        }
        Metrics m = ArithmeticMetrics.of(new BigDecimalArithmetic(), values, capital, rules.periodsPerYear(),
                bundle::sessionDate);
        return new BacktestResult(scenario, "decimal", values.length == 0 ? capital : values[values.length - 1],
                trades, shares, commissions, m.totalReturn(), m.maxDrawdown(), m.annualVolatility(), m.sharpe(),
                m.sortino(), SessionValues.ofBigDecimals(values));
    }
}
