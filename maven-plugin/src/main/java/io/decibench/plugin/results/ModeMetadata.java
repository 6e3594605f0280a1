package io.decibench.plugin.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The plugin's one source of mode metadata (engine, exactness, same-engine reference). The built-in modes are
 * described here as the site's "Semantics" page defines them; a kernel that reports its own metadata (users'
 * arithmetics do) overrides this table through {@link #of(List, Function)}. Views never hard-code the mode list:
 * they read the metadata recorded in the results.
 */
public final class ModeMetadata {

    /** The binary-float Java mode: every end-to-end overhead is measured against it. */
    public static final String FLOAT = "float";

    private static final Map<String, ModeInfo> BUILT_IN = new LinkedHashMap<>();

    static {
        add(new ModeInfo(FLOAT, ModeInfo.JAVA, false, FLOAT));
        add(new ModeInfo("decimal", ModeInfo.JAVA, true, FLOAT));
        add(new ModeInfo("decimal-fixed", ModeInfo.JAVA, true, FLOAT));
        add(new ModeInfo("float-native", ModeInfo.NATIVE, false, "float-native"));
        add(new ModeInfo("decimal-native", ModeInfo.NATIVE, true, "float-native"));
    }

    private ModeMetadata() {
    }

    private static void add(ModeInfo info) {
        BUILT_IN.put(info.mode(), info);
    }

    /**
     * The metadata of a mode from this table. A mode it does not know (a user's arithmetic whose kernel reported
     * nothing) is taken as an exact Java mode measured against {@code float}: that is what a user's money library
     * is, and it keeps the mode's overhead and verdict visible rather than silently dropping them.
     */
    public static ModeInfo of(String mode) {
        ModeInfo known = BUILT_IN.get(mode);
        return known != null ? known : new ModeInfo(mode, ModeInfo.JAVA, true, FLOAT);
    }

    /** The metadata of each mode in order, from this table. */
    public static List<ModeInfo> of(List<String> modes) {
        return of(modes, m -> Optional.empty());
    }

    /**
     * The metadata of each mode in order: what the mode's kernel reports ({@code BacktestKernel}'s engine, exactness
     * and reference), else this table.
     */
    public static List<ModeInfo> of(List<String> modes, Function<String, Optional<ModeInfo>> reported) {
        return modes.stream().map(m -> reported.apply(m).orElseGet(() -> of(m))).toList();
    }
}
