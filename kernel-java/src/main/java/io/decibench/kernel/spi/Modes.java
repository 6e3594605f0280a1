package io.decibench.kernel.spi;

import java.util.List;

/**
 * The built-in mode names (the site's "Semantics" page), in their canonical order. Users' own arithmetics add modes of
 * their own names (see {@link ScalarArithmetic}); those are not listed here.
 */
public final class Modes {
    public static final String FLOAT = "float";
    public static final String DECIMAL = "decimal";
    public static final String DECIMAL_FIXED = "decimal-fixed";
    public static final String FLOAT_NATIVE = "float-native";
    public static final String DECIMAL_NATIVE = "decimal-native";

    /** All built-in modes, float first (it is the baseline every end-to-end overhead is measured against). */
    public static final List<String> ALL = List.of(FLOAT, DECIMAL, DECIMAL_FIXED, FLOAT_NATIVE, DECIMAL_NATIVE);

    /** The engine name of the pure-Java modes ({@link BacktestKernel#engine()}). */
    public static final String JAVA_ENGINE = "java";

    private Modes() {
    }
}
