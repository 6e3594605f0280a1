package io.decibench.plugin.config;

import java.util.Collection;

/**
 * Whether a goal started from the command line in a multi-module build should act on a project. {@code mvn
 * decibench:baseline} at the root of a reactor runs in every module; in a module whose build does not use
 * Decibench there is nothing to act on, and failing there ("no benchmark results") would stop the build in the
 * root, where the goal is meant.
 */
public final class GoalScope {

    private GoalScope() {
    }

    /**
     * @param topLevel      whether the project is the one Maven was started in (or the build has only one)
     * @param usedPlugins   {@code groupId:artifactId} of the project's build and reporting plugins
     * @param pluginKey     this plugin's {@code groupId:artifactId}
     * @return true when the goal should run on the project
     */
    public static boolean actsOn(boolean topLevel, Collection<String> usedPlugins, String pluginKey) {
        return topLevel || usedPlugins.contains(pluginKey);
    }
}
