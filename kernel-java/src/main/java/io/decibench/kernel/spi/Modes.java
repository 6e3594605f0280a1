package io.decibench.kernel.spi;

import java.util.List;

/** The mode names of the site's "Semantics" page, in their canonical order. */
public final class Modes {
    public static final String FLOAT = "float";
    public static final String DECIMAL = "decimal";
    public static final String DECIMAL_NATIVE = "decimal-native";

    /** All modes Decibench knows, float first (it is the baseline every overhead is measured against). */
    public static final List<String> ALL = List.of(FLOAT, DECIMAL, DECIMAL_NATIVE);

    private Modes() {
    }
}
