package io.decibench.kernel.scenario;

import io.decibench.kernel.expr.TargetRule;
import io.decibench.kernel.spi.ModeSpecificScenario;
import io.decibench.kernel.spi.Modes;
import io.decibench.kernel.spi.Scenario;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Resolves the scenarios a run names: built-in ones by name, users' ones by class name from a class loader (the
 * project's test classpath in the plugin and its forks). Every way a user's class can be unusable — missing, not
 * implementing the SPI, not constructible, returning nonsense — fails here with a {@link ScenarioException} that names
 * the scenario, the class and the fix, before anything is measured.
 */
public final class ScenarioRegistry {
    /** Scenario names end up in comma-separated, case-insensitive properties and in file names. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern BUNDLE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final String CONFIG = "the plugin's <customScenarios> configuration";

    private final ClassLoader loader;

    public ScenarioRegistry(ClassLoader loader) {
        this.loader = loader;
    }

    /** The built-in scenario names, for error messages and defaults. */
    public static List<String> builtInNames() {
        return BuiltinScenarios.names();
    }

    /** A built-in scenario by name, on its own bundle. */
    public ResolvedScenario resolve(String name) {
        return resolve(name, "", "");
    }

    /**
     * Resolves one configured scenario.
     *
     * @param name      the scenario's name; for a user's class, blank means the class's own {@link Scenario#name()}
     * @param className blank for a built-in scenario; else a class implementing {@link Scenario} or
     *                  {@link ModeSpecificScenario} with a public no-arg constructor
     * @param bundle    the bundle to run on; blank means the scenario's own bundle
     * @throws ScenarioException naming what is wrong and how to fix it
     */
    public ResolvedScenario resolve(String name, String className, String bundle) {
        if (isBlank(className)) {
            Scenario builtIn = BuiltinScenarios.byName(isBlank(name) ? "" : name.trim()).orElseThrow(() ->
                    new ScenarioException("Unknown scenario '" + name + "'; built-in scenarios: "
                            + String.join(", ", builtInNames()) + ". Fix: use one of them, or give a custom scenario"
                            + " its <className> in " + CONFIG + "."));
            return ResolvedScenario.builtIn(builtIn, isBlank(bundle) ? builtIn.bundle() : validBundle(bundle, name));
        }
        String cls = className.trim();
        Object instance = instantiate(name, cls);
        boolean columns = instance instanceof Scenario;
        boolean own = instance instanceof ModeSpecificScenario;
        String label = "Scenario class " + cls + (isBlank(name) ? "" : " (scenario '" + name + "')");
        if (columns && own) {
            throw new ScenarioException(label + " implements both " + Scenario.class.getName() + " and "
                    + ModeSpecificScenario.class.getName() + ". Fix: implement only one of them.");
        }
        if (!columns && !own) {
            throw new ScenarioException(label + " implements neither " + Scenario.class.getName()
                    + " (a column-API strategy, runs in every mode) nor " + ModeSpecificScenario.class.getName()
                    + " (its own code per mode). Fix: implement one of them, or correct <className> in " + CONFIG
                    + ".");
        }
        if (columns) {
            Scenario s = (Scenario) instance;
            String n = finalName(name, call(label, "name()", s::name), cls);
            String b = isBlank(bundle) ? requireBundle(call(label, "bundle()", s::bundle), n, cls) : bundle.trim();
            TargetRule rule = call(label, "rule()", s::rule);
            if (rule == null) {
                throw new ScenarioException(label + " returned null from rule(). Fix: return the strategy's"
                        + " TargetRule.");
            }
            String valid = validBundle(b, n);
            return ResolvedScenario.columns(n, valid, cls, new ConfiguredScenario(n, valid, rule));
        }
        ModeSpecificScenario s = (ModeSpecificScenario) instance;
        String n = finalName(name, call(label, "name()", s::name), cls);
        String b = isBlank(bundle) ? requireBundle(call(label, "bundle()", s::bundle), n, cls) : bundle.trim();
        return ResolvedScenario.modeSpecific(n, validBundle(b, n), cls, s, modes(label, call(label, "modes()", s::modes)));
    }

    private Object instantiate(String name, String cls) {
        String scenario = isBlank(name) ? "" : " of scenario '" + name + "'";
        Class<?> type;
        try {
            type = Class.forName(cls, true, loader);
        } catch (ClassNotFoundException e) {
            throw new ScenarioException("Scenario class " + cls + scenario + " was not found on the project's test"
                    + " classpath. Fix: check <className> in " + CONFIG + " (a fully qualified name, e.g."
                    + " com.example.MyScenario) and put the class under src/test/java (mvn test-compile).", e);
        } catch (LinkageError e) {
            throw new ScenarioException("Scenario class " + cls + scenario + " could not be loaded: " + e
                    + ". Fix: compile it for Java 17 with its dependencies on the test classpath.", e);
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw new ScenarioException("Scenario class " + cls + scenario + " is abstract or an interface. Fix:"
                    + " name a concrete class in <className>.");
        }
        Constructor<?> constructor;
        try {
            constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new ScenarioException("Scenario class " + cls + scenario + " has no public no-arg constructor."
                    + " Fix: add one (and make a nested class public static) so Decibench can create it.", e);
        }
        try {
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            throw new ScenarioException("Scenario class " + cls + scenario + " threw from its constructor: "
                    + e.getCause() + ". Fix: make the no-arg constructor succeed.", e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new ScenarioException("Scenario class " + cls + scenario + " could not be created: " + e
                    + ". Fix: make the class and its no-arg constructor public.", e);
        }
    }

    private static <T> T call(String label, String method, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException | LinkageError e) {
            throw new ScenarioException(label + " threw from " + method + ": " + e + ". Fix: make " + method
                    + " return its value without failing.", e);
        }
    }

    private static String finalName(String configured, String own, String cls) {
        String n = isBlank(configured) ? own : configured.trim();
        if (isBlank(n)) {
            throw new ScenarioException("Scenario class " + cls + " has no name: name() returned '" + own
                    + "' and no <name> is configured. Fix: set <name> in " + CONFIG + ".");
        }
        if (!NAME.matcher(n).matches()) {
            throw new ScenarioException("Scenario name '" + n + "' (class " + cls + ") is not usable: use lower-case"
                    + " letters, digits, '.', '_' and '-' (it appears in -Ddecibench.scenarios lists and file names). Fix:"
                    + " set <name> in " + CONFIG + ".");
        }
        if (builtInNames().contains(n)) {
            throw new ScenarioException("Scenario name '" + n + "' of class " + cls + " is already the name of a"
                    + " built-in scenario. Fix: give it another <name> in " + CONFIG + ".");
        }
        return n;
    }

    private static String requireBundle(String bundle, String name, String cls) {
        if (isBlank(bundle)) {
            throw new ScenarioException("Scenario '" + name + "' (class " + cls + ") names no bundle: bundle()"
                    + " returned '" + bundle + "' and no <bundle> is configured. Fix: set <bundle> in " + CONFIG
                    + ".");
        }
        return bundle.trim();
    }

    private static String validBundle(String bundle, String scenario) {
        String b = bundle.trim();
        if (!BUNDLE.matcher(b).matches() || b.contains("..")) {
            throw new ScenarioException("Scenario '" + scenario + "' names bundle '" + bundle + "', which is not a"
                    + " valid bundle name: use letters, digits, '.', '_' and '-' (a bundle name can never escape"
                    + " the bundle directory). Fix: correct <bundle> in " + CONFIG + ".");
        }
        return b;
    }

    private static List<String> modes(String label, Set<String> declared) {
        if (declared == null || declared.isEmpty()) {
            throw new ScenarioException(label + " implements no mode: modes() is empty. Fix: return the modes it"
                    + " implements, from " + String.join(", ", Modes.ALL) + ".");
        }
        List<String> unknown = new ArrayList<>();
        for (String m : declared) {
            if (!Modes.ALL.contains(m)) {
                unknown.add("'" + m + "'");
            }
        }
        if (!unknown.isEmpty()) {
            throw new ScenarioException(label + " declares unknown mode" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + " in modes(); valid modes: " + String.join(", ", Modes.ALL) + ".");
        }
        return Modes.ALL.stream().filter(declared::contains).toList();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
