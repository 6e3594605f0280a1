package io.decibench.plugin.config;

import io.decibench.kernel.bundle.BundleSpec;
import io.decibench.kernel.bundle.Presets;
import io.decibench.kernel.scenario.ResolvedScenario;
import io.decibench.kernel.scenario.ScenarioRegistry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every scenario a run can select — the built-in ones and the configured user ones — with the bundles they run on
 * (presets and declared user bundles). Built from the plugin configuration once, before any work: a user class that
 * cannot be loaded, a duplicate name or a scenario on an undeclared bundle fails here with a message naming it.
 */
public final class ScenarioCatalog {
    private final Map<String, ResolvedScenario> scenarios;
    private final Map<String, CustomScenario> customs;
    private final Map<String, BundleSpec> bundles;

    private ScenarioCatalog(Map<String, ResolvedScenario> scenarios, Map<String, CustomScenario> customs,
                            Map<String, BundleSpec> bundles) {
        this.scenarios = scenarios;
        this.customs = customs;
        this.bundles = bundles;
    }

    /** Only the built-in scenarios and presets. */
    public static ScenarioCatalog builtIn() {
        return of(List.of(), List.of(), new ScenarioRegistry(ScenarioCatalog.class.getClassLoader()));
    }

    /**
     * @param registry resolves user classes (the plugin gives it a loader over the project's test classpath)
     * @throws IllegalArgumentException              for a bad bundle declaration, duplicate or unknown names
     * @throws io.decibench.kernel.scenario.ScenarioException for a user class that cannot be used
     */
    public static ScenarioCatalog of(List<ScenarioConfig> customScenarios, List<BundleConfig> userBundles,
                                     ScenarioRegistry registry) {
        Map<String, BundleSpec> bundles = new LinkedHashMap<>();
        Presets.ALL.forEach(p -> bundles.put(p.name(), p));
        for (BundleConfig config : userBundles == null ? List.<BundleConfig>of() : userBundles) {
            BundleSpec spec = config.toSpec();
            if (Presets.byName(spec.name()).isPresent()) {
                throw new IllegalArgumentException("<bundles><bundle> '" + spec.name() + "' has the name of a preset"
                        + " bundle (" + String.join(", ", Presets.names()) + "). Fix: give it another <name>.");
            }
            if (bundles.putIfAbsent(spec.name(), spec) != null) {
                throw new IllegalArgumentException("<bundles> declares bundle '" + spec.name() + "' twice. Fix:"
                        + " remove one or rename it.");
            }
        }
        Map<String, ResolvedScenario> scenarios = new LinkedHashMap<>();
        for (String name : ScenarioRegistry.builtInNames()) {
            scenarios.put(name, registry.resolve(name));
        }
        Map<String, CustomScenario> customs = new LinkedHashMap<>();
        int index = 0;
        for (ScenarioConfig config : customScenarios == null ? List.<ScenarioConfig>of() : customScenarios) {
            requireNameAndClass(config, ++index);
            ResolvedScenario s = registry.resolve(config.getName(), config.getClassName(), config.getBundle());
            if (scenarios.putIfAbsent(s.name(), s) != null) {
                throw new IllegalArgumentException("<customScenarios> names scenario '" + s.name() + "' twice. Fix:"
                        + " give each <scenario> its own <name>.");
            }
            if (!bundles.containsKey(s.bundle())) {
                throw new IllegalArgumentException("Scenario '" + s.name() + "' (class " + config.getClassName().trim()
                        + ") runs on bundle '" + s.bundle() + "', which is neither a preset ("
                        + String.join(", ", Presets.names()) + ") nor declared in <bundles>. Fix: declare it under"
                        + " <bundles><bundle> (name, frequency, assets, start, end, seed) or correct <bundle>.");
            }
            customs.put(s.name(), new CustomScenario(s.name(), s.className().orElseThrow(), s.bundle()));
        }
        return new ScenarioCatalog(scenarios, customs, bundles);
    }

    /**
     * The names a run may select, known from the configuration alone (no class loading): the built-in ones, then the
     * user's in configuration order. Goals that only read results use this; {@link #of} checks the classes.
     *
     * @throws IllegalArgumentException for an entry without {@code <name>} or {@code <className>}
     */
    public static List<String> configuredNames(List<ScenarioConfig> customScenarios) {
        List<String> names = new ArrayList<>(ScenarioRegistry.builtInNames());
        int index = 0;
        for (ScenarioConfig config : customScenarios == null ? List.<ScenarioConfig>of() : customScenarios) {
            index++;
            requireNameAndClass(config, index);
            names.add(config.getName().trim());
        }
        return names;
    }

    private static void requireNameAndClass(ScenarioConfig config, int index) {
        String which = "<customScenarios> entry " + index;
        if (config.getName() == null || config.getName().isBlank()) {
            throw new IllegalArgumentException(which + (config.getClassName() == null ? ""
                    : " (class " + config.getClassName().trim() + ")") + " has no <name>. Fix: give it the name you"
                    + " select it by in -Ddecibench.scenarios, e.g. <name>breakout</name>.");
        }
        String name = config.getName().trim();
        if (!name.equals(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException(which + ": scenario name '" + name + "' has upper-case letters, but"
                    + " -Ddecibench.scenarios is case-insensitive. Fix: write <name>" + name.toLowerCase(Locale.ROOT)
                    + "</name>.");
        }
        if (config.getClassName() == null || config.getClassName().isBlank()) {
            throw new IllegalArgumentException(which + " ('" + name + "') has no <className>."
                    + " Fix: name the scenario's class, e.g. <className>com.example.MyScenario</className>.");
        }
    }

    /** All scenario names, built-in first, then the user's in configuration order. */
    public List<String> names() {
        return List.copyOf(scenarios.keySet());
    }

    public ResolvedScenario scenario(String name) {
        ResolvedScenario s = scenarios.get(name);
        if (s == null) {
            throw new IllegalArgumentException("Unknown scenario '" + name + "'; valid scenarios: "
                    + String.join(", ", names()));
        }
        return s;
    }

    /** The user scenario of that name, empty for a built-in one. */
    public Optional<CustomScenario> custom(String name) {
        return Optional.ofNullable(customs.get(name));
    }

    public Map<String, CustomScenario> customs() {
        return Map.copyOf(customs);
    }

    /** Whether the scenario implements the mode; when it does not, the mode is "n/a" for it. */
    public boolean supports(String scenario, String mode) {
        return scenario(scenario).supports(mode);
    }

    /** The bundles the scenarios run on, each once, in scenario order. */
    public List<BundleSpec> bundlesFor(List<String> selected) {
        List<BundleSpec> specs = new ArrayList<>();
        for (String name : selected) {
            BundleSpec spec = bundles.get(scenario(name).bundle());
            if (spec == null) {
                throw new IllegalStateException("Scenario " + name + " runs on bundle " + scenario(name).bundle()
                        + ", which is neither a preset nor declared in <bundles>");
            }
            if (!specs.contains(spec)) {
                specs.add(spec);
            }
        }
        return specs;
    }

    /** Declared user bundles that none of the selected scenarios runs on. */
    public List<String> unusedUserBundles(List<String> selected) {
        List<BundleSpec> used = bundlesFor(selected);
        return bundles.values().stream()
                .filter(b -> Presets.byName(b.name()).isEmpty() && !used.contains(b))
                .map(BundleSpec::name)
                .toList();
    }
}
