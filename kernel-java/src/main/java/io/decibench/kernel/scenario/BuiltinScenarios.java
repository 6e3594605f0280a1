package io.decibench.kernel.scenario;

import static io.decibench.kernel.expr.Expr.close;
import static io.decibench.kernel.expr.Expr.constant;

import io.decibench.kernel.expr.Expr;
import io.decibench.kernel.expr.TargetRule;
import io.decibench.kernel.spi.Scenario;

import java.util.List;
import java.util.Optional;

/**
 * The built-in scenarios of the site's Semantics page, each written once as exact column expressions: no division,
 * no square root, so every arithmetic takes the same decisions wherever its values are exact.
 */
public final class BuiltinScenarios {

    private BuiltinScenarios() {
    }

    /** Target 100 shares when the 50-bar SMA is above the 200-bar SMA, 0 when below: fast*200 vs slow*50. */
    public static final Scenario DAILY = scenario("daily", "profiling-daily", smaCrossover(50, 200, 100));

    /** 20-bar momentum: close/close[-19] - 1 above 5% -> 100, below -5% -> 0; as close*100 vs close[-19]*105 (95). */
    public static final Scenario HOURLY = scenario("hourly", "profiling-hourly", momentum(20, 5, 100));

    /** 20-bar mean reversion on the z-score, compared squared: z < -2 -> 100, z > 2 -> 0, nothing when variance is 0. */
    public static final Scenario MINUTE = scenario("minute", "profiling-minute", meanReversion(20, 2, 100));

    public static final List<Scenario> ALL = List.of(DAILY, HOURLY, MINUTE);

    public static Optional<Scenario> byName(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return ALL.stream().map(Scenario::name).toList();
    }

    /** fastMean > slowMean  <=>  fastSum * slow > slowSum * fast (both windows positive). */
    static TargetRule smaCrossover(int fast, int slow, long shares) {
        Expr fastSide = close().rollingSum(fast).times(slow);
        Expr slowSide = close().rollingSum(slow).times(fast);
        return new TargetRule(fastSide.greaterThan(slowSide), shares, fastSide.lessThan(slowSide), 0);
    }

    /** close/close[-(n-1)] - 1 > p%  <=>  close*100 > close[-(n-1)]*(100+p); prices are positive. */
    static TargetRule momentum(int bars, int percent, long shares) {
        Expr now = close().times(100);
        Expr then = close().shift(bars - 1);
        return new TargetRule(now.greaterThan(then.times(100 + percent)), shares,
                now.lessThan(then.times(100 - percent)), 0);
    }

    /**
     * z = (close - mean) / sd with population variance over n bars. With d = n*close - sum and v = n*sumSq - sum^2:
     * z < -k  <=>  d < 0 and d^2 > k^2 * v, z > k  <=>  d > 0 and d^2 > k^2 * v, and v > 0 (no action at zero variance).
     */
    static TargetRule meanReversion(int n, int k, long shares) {
        Expr sum = close().rollingSum(n);
        Expr sumSq = close().squared().rollingSum(n);
        Expr d = close().times(n).minus(sum);
        Expr v = sumSq.times(n).minus(sum.squared());
        var zero = constant(0);
        var beyond = d.squared().greaterThan(v.times((long) k * k)).and(v.greaterThan(zero));
        return new TargetRule(d.lessThan(zero).and(beyond), shares, d.greaterThan(zero).and(beyond), 0);
    }

    private static Scenario scenario(String name, String bundle, TargetRule rule) {
        return new Scenario() {
            @Override public String name() { return name; }
            @Override public String bundle() { return bundle; }
            @Override public TargetRule rule() { return rule; }
            @Override public String toString() { return name + " on " + bundle + ": " + rule; }
        };
    }
}
