package io.decibench.plugin.config;

/**
 * A configured user scenario as the forks and the exactness probe need it: the name it runs under, its class and the
 * bundle it runs on (passed as {@code -p scenarioClass=... -p bundle=...} to JMH and to the CLI).
 */
public record CustomScenario(String name, String className, String bundle) {
}
