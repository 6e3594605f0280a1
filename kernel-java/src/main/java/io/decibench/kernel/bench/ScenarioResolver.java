package io.decibench.kernel.bench;

import io.decibench.kernel.scenario.BuiltinScenarios;
import io.decibench.kernel.spi.Scenario;

import java.lang.reflect.InvocationTargetException;

/**
 * Finds the scenario a benchmark runs: a built-in one by name, or a user's class implementing {@link Scenario} with a
 * public no-arg constructor, loaded from the given class loader (the project's test classpath in the plugin's forks).
 */
public final class ScenarioResolver {
    private final ClassLoader loader;

    public ScenarioResolver(ClassLoader loader) {
        this.loader = loader;
    }

    /**
     * @param name      the built-in scenario's name, used when {@code className} is empty
     * @param className a fully qualified class name, or empty
     */
    public Scenario resolve(String name, String className) {
        if (className == null || className.isBlank()) {
            return BuiltinScenarios.byName(name).orElseThrow(() -> new IllegalArgumentException(
                    "Unknown scenario '" + name + "'; built-in scenarios: " + String.join(", ", BuiltinScenarios.names())
                            + ". A custom scenario needs its class name (scenarioClass)."));
        }
        Class<?> type;
        try {
            type = Class.forName(className.trim(), true, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("Scenario class " + className + " (scenario '" + name
                    + "') is not on the classpath; compile it into the project's test classes (mvn test-compile).", e);
        }
        if (!Scenario.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException("Scenario class " + className + " does not implement "
                    + Scenario.class.getName() + "; implement it to benchmark the class as scenario '" + name + "'.");
        }
        try {
            return (Scenario) type.getConstructor().newInstance();
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalArgumentException("Scenario class " + className
                    + " needs a public no-arg constructor so the benchmark can create it.", e);
        } catch (InstantiationException | InvocationTargetException e) {
            throw new IllegalArgumentException("Scenario class " + className + " could not be created: "
                    + (e.getCause() != null ? e.getCause() : e), e);
        }
    }
}
