package io.decibench.plugin.config;

/**
 * One {@code <customScenarios><scenario>} of the plugin configuration: a user's scenario class from the project's
 * test classpath, the name it is selected and reported by (required, lower case; the class's own {@code name()} is
 * not used for it) and the bundle it runs on (default: the class's own {@code bundle()}).
 */
public class ScenarioConfig {
    private String name;
    private String className;
    private String bundle;

    public ScenarioConfig() {
    }

    public ScenarioConfig(String name, String className, String bundle) {
        this.name = name;
        this.className = className;
        this.bundle = bundle;
    }

    public String getName() {
        return name;
    }

    public String getClassName() {
        return className;
    }

    public String getBundle() {
        return bundle;
    }
}
