package io.decibench.plugin.profile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ordered rules that name the module a stack frame belongs to: the user's rules first, then the defaults; the
 * first rule whose prefix matches the frame's class wins, and a class no rule matches is in {@link #OTHER}.
 */
public final class ModuleRules {
    public static final String STRATEGY = "strategy and signals";
    public static final String LEDGER = "order handling and ledger";
    public static final String BUNDLE = "bundle access";
    public static final String JAVA_MATH = "java.math arithmetic";
    public static final String NATIVE = "native core and JNA boundary";
    public static final String HARNESS = "benchmark harness";
    public static final String JDK_OTHER = "JDK other";
    public static final String OTHER = "other";

    /**
     * The built-in rules. Order matters: the ledger and metrics classes live in the backtest package, so they come
     * before the package-wide strategy rule, and com.sun.jna before the JDK's com.sun prefix. The harness (the
     * profiling loop, JMH, and the engine's run method that walks assets and bars and calls strategy and ledger) is
     * a module of its own: every stack passes through it, and were it counted as strategy or ledger, that module's
     * total would always read 100%.
     */
    public static final List<ModuleRule> DEFAULTS = List.of(
            new ModuleRule(HARNESS, "io.decibench.kernel.backtest.BlockEngine.simulate"),
            new ModuleRule(LEDGER, "io.decibench.kernel.backtest.BlockEngine.cap"),
            new ModuleRule(LEDGER, "io.decibench.kernel.backtest.DoubleEngine.fill"),
            new ModuleRule(LEDGER, "io.decibench.kernel.backtest.DoubleEngine.markSession"),
            new ModuleRule(LEDGER, "io.decibench.kernel.backtest.DoubleEngine.valueShares"),
            new ModuleRule(LEDGER, "io.decibench.kernel.backtest.DoubleEngine.finish"),
            new ModuleRule(LEDGER, "io.decibench.kernel.backtest.FixedEngine.fill"),
            new ModuleRule(LEDGER, "io.decibench.kernel.backtest.FixedEngine.markSession"),
            new ModuleRule(LEDGER, "io.decibench.kernel.backtest.FixedEngine.valueShares"),
            new ModuleRule(LEDGER, "io.decibench.kernel.backtest.FixedEngine.finish"),
            new ModuleRule(LEDGER, "io.decibench.kernel.backtest.ObjectEngine.fill"),
            new ModuleRule(LEDGER, "io.decibench.kernel.backtest.ObjectEngine.markSession"),
            new ModuleRule(LEDGER, "io.decibench.kernel.backtest.ObjectEngine.valueShares"),
            new ModuleRule(LEDGER, "io.decibench.kernel.backtest.ObjectEngine.finish"),
            new ModuleRule(LEDGER, "io.decibench.kernel.backtest.Metrics"),
            new ModuleRule(LEDGER, "io.decibench.kernel.backtest.DoubleMetrics"),
            new ModuleRule(LEDGER, "io.decibench.kernel.backtest.FixedMetrics"),
            new ModuleRule(LEDGER, "io.decibench.kernel.backtest.ArithmeticMetrics"),
            new ModuleRule(STRATEGY, "io.decibench.kernel.backtest."),
            new ModuleRule(STRATEGY, "io.decibench.kernel.expr."),
            new ModuleRule(STRATEGY, "io.decibench.kernel.scenario."),
            new ModuleRule(BUNDLE, "io.decibench.kernel.bundle."),
            new ModuleRule(BUNDLE, "java.nio."),
            new ModuleRule(BUNDLE, "jdk.internal.misc.ScopedMemoryAccess"),
            new ModuleRule(JAVA_MATH, "java.math."),
            new ModuleRule(NATIVE, "com.sun.jna."),
            new ModuleRule(NATIVE, "io.decibench.nativecore."),
            new ModuleRule(HARNESS, "io.decibench.kernel.bench."),
            new ModuleRule(HARNESS, "io.decibench.kernel.spi."),
            new ModuleRule(HARNESS, "io.decibench.kernel.cli."),
            new ModuleRule(HARNESS, "org.openjdk.jmh."),
            new ModuleRule(JDK_OTHER, "java."),
            new ModuleRule(JDK_OTHER, "javax."),
            new ModuleRule(JDK_OTHER, "jdk."),
            new ModuleRule(JDK_OTHER, "sun."),
            new ModuleRule(JDK_OTHER, "com.sun."));

    private final List<ModuleRule> rules;
    private final List<String> moduleNames;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    private ModuleRules(List<ModuleRule> rules) {
        this.rules = List.copyOf(rules);
        Set<String> names = new LinkedHashSet<>();
        rules.forEach(r -> names.add(r.module()));
        names.add(OTHER);
        this.moduleNames = List.copyOf(names);
    }

    /** The built-in rules alone. */
    public static ModuleRules defaults() {
        return new ModuleRules(DEFAULTS);
    }

    /** The user's rules (validated, in their order) ahead of the built-in ones. */
    public static ModuleRules withUserRules(List<ModuleRule> userRules) {
        List<ModuleRule> all = new ArrayList<>();
        for (ModuleRule r : userRules) {
            all.add(r.validate());
        }
        all.addAll(DEFAULTS);
        return new ModuleRules(all);
    }

    /** The module of a frame's qualified method name {@code class.method} (first matching rule), or {@link #OTHER}. */
    public String moduleOf(String qualifiedMethod) {
        return cache.computeIfAbsent(qualifiedMethod, this::firstMatch);
    }

    private String firstMatch(String qualifiedMethod) {
        for (ModuleRule r : rules) {
            if (r.matches(qualifiedMethod)) {
                return r.module();
            }
        }
        return OTHER;
    }

    /** Every module a frame can land in, in rule order, {@link #OTHER} last. */
    public List<String> moduleNames() {
        return moduleNames;
    }

    public List<ModuleRule> rules() {
        return rules;
    }
}
