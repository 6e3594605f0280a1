package io.decibench.plugin.config;

import io.decibench.kernel.scenario.ResolvedScenario;
import io.decibench.kernel.spi.BacktestKernel;
import io.decibench.kernel.spi.Kernels;
import io.decibench.plugin.results.ModeInfo;
import io.decibench.plugin.results.ModeMetadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The modes a project can select and where each runs: every mode a kernel was found for (the built-in ones, then the
 * user's own arithmetics on the project's test classpath), then the modes that only a user's own-code scenario
 * implements. A column-API scenario runs in every mode that has a kernel; an own-code scenario in the modes it lists.
 */
public final class ModeCatalog {
    private final Kernels kernels;
    private final ScenarioCatalog scenarios;

    private ModeCatalog(Kernels kernels, ScenarioCatalog scenarios) {
        this.kernels = kernels;
        this.scenarios = scenarios;
    }

    public static ModeCatalog of(Kernels kernels, ScenarioCatalog scenarios) {
        return new ModeCatalog(kernels, scenarios);
    }

    /** The selectable modes in canonical order (float first: every end-to-end overhead is measured against it). */
    public List<String> names() {
        List<String> names = new ArrayList<>(kernels.modes());
        for (String s : scenarios.names()) {
            ResolvedScenario scenario = scenarios.scenario(s);
            if (scenario.columnScenario().isEmpty()) {
                scenario.modes().stream().filter(m -> !names.contains(m)).forEach(names::add);
            }
        }
        return names;
    }

    /** Whether {@code scenario} runs in {@code mode}; otherwise its row is "n/a". */
    public boolean runs(String scenario, String mode) {
        ResolvedScenario s = scenarios.scenario(scenario);
        return s.columnScenario().isPresent() ? kernels.find(mode).isPresent() : s.supports(mode);
    }

    /** Whether some own-code scenario implements {@code mode} itself (it needs no kernel). */
    public boolean ownCode(String mode) {
        return scenarios.names().stream().map(scenarios::scenario)
                .anyMatch(s -> s.columnScenario().isEmpty() && s.supports(mode));
    }

    /** What each mode is, as its kernel reports it (engine, exactness, same-engine reference), else the defaults. */
    public List<ModeInfo> info(List<String> modes) {
        return ModeMetadata.of(modes, m -> kernels.find(m).map(k -> info(m, k)));
    }

    private static ModeInfo info(String mode, BacktestKernel k) {
        return new ModeInfo(mode, k.engine(), k.exact(), k.reference());
    }

    /** User arithmetics that were left out, each with why and the fix. */
    public List<String> problems() {
        return kernels.problems();
    }

    public Kernels kernels() {
        return kernels;
    }

    /** The kernel of a mode, if one was found. */
    public Optional<BacktestKernel> kernel(String mode) {
        return kernels.find(mode);
    }
}
