package io.decibench.plugin.config;

/**
 * The flags with which Maven users skip tests, read as Failsafe reads them: a build run with {@code -DskipTests},
 * {@code -DskipITs} or {@code -Dmaven.test.skip=true} skips the benchmark and the gate too, instead of measuring for
 * minutes inside {@code mvn install -DskipTests}.
 */
public final class TestSkip {

    private TestSkip() {
    }

    /** Which flag skips the goal, e.g. {@code skipTests}, or null when none is set. */
    public static String reason(boolean skipTests, boolean skipITs, boolean mavenTestSkip) {
        if (mavenTestSkip) {
            return "maven.test.skip=true";
        }
        if (skipTests) {
            return "skipTests";
        }
        return skipITs ? "skipITs" : null;
    }
}
