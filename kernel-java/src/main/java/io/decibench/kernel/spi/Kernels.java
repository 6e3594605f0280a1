package io.decibench.kernel.spi;

import io.decibench.kernel.backtest.ArithmeticKernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

/**
 * Finds the {@link BacktestKernel}s on the classpath through {@link ServiceLoader}: the built-in ones, and one
 * {@link ArithmeticKernel} per user {@link ScalarArithmetic} registered in
 * {@code META-INF/services/io.decibench.kernel.spi.ScalarArithmetic}. A user arithmetic that cannot be used (a name
 * that is taken or malformed, a constructor that fails) is left out and listed in {@link #problems()}.
 */
public final class Kernels {
    /** Mode names end up in comma-separated properties, file names and report columns. */
    public static final Pattern MODE_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private final Map<String, BacktestKernel> byMode;
    private final List<String> problems;

    private Kernels(Map<String, BacktestKernel> byMode, List<String> problems) {
        this.byMode = byMode;
        this.problems = List.copyOf(problems);
    }

    /** The kernels visible to the given class loader. */
    public static Kernels load(ClassLoader loader) {
        Map<String, BacktestKernel> map = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (BacktestKernel k : ServiceLoader.load(BacktestKernel.class, loader)) {
            map.putIfAbsent(k.mode(), k);
        }
        ServiceLoader<ScalarArithmetic> arithmetics = ServiceLoader.load(ScalarArithmetic.class, loader);
        var it = arithmetics.iterator();
        while (true) {
            ScalarArithmetic<?> a;
            try {
                if (!it.hasNext()) {
                    break;
                }
                a = it.next();
            } catch (ServiceConfigurationError e) {
                problems.add("A ScalarArithmetic listed in META-INF/services/" + ScalarArithmetic.class.getName()
                        + " could not be created: " + e.getMessage() + ". Fix: make the class public with a public"
                        + " no-arg constructor that does not fail, and put it on the test classpath.");
                continue;
            }
            String mode;
            try {
                mode = a.mode();
            } catch (RuntimeException e) {
                problems.add("ScalarArithmetic " + a.getClass().getName() + " threw from mode(): " + e
                        + ". Fix: return its mode name.");
                continue;
            }
            if (mode == null || !MODE_NAME.matcher(mode).matches()) {
                problems.add("ScalarArithmetic " + a.getClass().getName() + " names its mode '" + mode + "', which is"
                        + " not usable: use lower-case letters, digits, '.', '_' and '-'. Fix: change mode().");
            } else if (Modes.ALL.contains(mode) || map.containsKey(mode)) {
                problems.add("ScalarArithmetic " + a.getClass().getName() + " names its mode '" + mode + "', which"
                        + " is already taken by " + (Modes.ALL.contains(mode) ? "a built-in mode" : map.get(mode))
                        + "; it is left out. Fix: give it a name of its own in mode().");
            } else {
                map.put(mode, new ArithmeticKernel(a));
            }
        }
        return new Kernels(map, problems);
    }

    public static Kernels load() {
        return load(Kernels.class.getClassLoader());
    }

    /** The kernel for a mode, if one is on the classpath. */
    public Optional<BacktestKernel> find(String mode) {
        return Optional.ofNullable(byMode.get(mode));
    }

    /**
     * Every mode a kernel was found for: the built-in modes in their canonical order, then users' arithmetics in the
     * order the class path lists them.
     */
    public List<String> modes() {
        List<String> modes = new ArrayList<>();
        Modes.ALL.stream().filter(byMode::containsKey).forEach(modes::add);
        byMode.keySet().stream().filter(m -> !Modes.ALL.contains(m)).forEach(modes::add);
        return modes;
    }

    /** The user arithmetics that were left out, each with why and how to fix it. */
    public List<String> problems() {
        return problems;
    }

    /**
     * The kernel for a mode, or an exception that lists the valid modes (unknown name) or says why the kernel is
     * missing or unavailable and how to fix it.
     */
    public BacktestKernel require(String mode) {
        if (!Modes.ALL.contains(mode) && !byMode.containsKey(mode)) {
            List<String> valid = new ArrayList<>(Modes.ALL);
            byMode.keySet().stream().filter(m -> !Modes.ALL.contains(m)).forEach(valid::add);
            String problem = problems.stream().filter(p -> p.contains("'" + mode + "'")).findFirst()
                    .map(p -> " " + p).orElse("");
            throw new IllegalArgumentException("Unknown mode '" + mode + "'; valid modes: " + String.join(", ", valid)
                    + "." + problem + (problem.isEmpty() ? " A mode of your own is a ScalarArithmetic registered in"
                    + " META-INF/services/" + ScalarArithmetic.class.getName() + " on the test classpath." : ""));
        }
        BacktestKernel kernel = byMode.get(mode);
        if (kernel == null) {
            boolean nativeMode = Modes.DECIMAL_NATIVE.equals(mode) || Modes.FLOAT_NATIVE.equals(mode);
            throw new IllegalStateException("Mode '" + mode + "' is not on the classpath"
                    + (nativeMode ? "; add the io.decibench:decibench-kernel-native dependency." : "."));
        }
        Availability a = kernel.availability();
        if (!a.available()) {
            throw new IllegalStateException("Mode '" + mode + "' is unavailable: " + a);
        }
        return kernel;
    }
}
