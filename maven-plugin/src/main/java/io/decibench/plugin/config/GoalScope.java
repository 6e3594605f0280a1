package io.decibench.plugin.config;

/**
 * Whether a goal started from the command line in a multi-module build should act on a project. {@code mvn
 * decibench:baseline} at the root of a reactor runs in every module; in a module whose build does not use
 * Decibench there is nothing to act on, and failing there ("no benchmark results") would stop the build before
 * the module where the goal is meant. A goal always acts where the plugin is used; where no project of the build
 * uses it (an ad hoc {@code mvn io.decibench:decibench-maven-plugin:...}), it acts on the project Maven was started in.
 */
public final class GoalScope {

    private GoalScope() {
    }

    /**
     * @param topLevel         whether the project is the one Maven was started in (or the build has only one)
     * @param usedHere         whether the project's build or reporting declares the plugin
     * @param usedInTheBuild   whether any project of the build declares it
     * @return true when the goal should run on the project
     */
    public static boolean actsOn(boolean topLevel, boolean usedHere, boolean usedInTheBuild) {
        return usedHere || topLevel && !usedInTheBuild;
    }
}
