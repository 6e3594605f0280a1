package io.decibench.plugin.report;

import java.util.List;

/**
 * How to start Maven so that a command reaches the project the results came from: {@code -N} in an aggregator
 * (whose plain {@code mvn verify} would build every module instead) and {@code -P<id>} for each profile that
 * brings the plugin into the build — at the root of the Decibench sources, {@code mvn -N -Pmain-job}.
 */
public final class MavenCommand {

    private MavenCommand() {
    }

    /**
     * @param aggregator        whether the project lists modules
     * @param pluginProfiles    ids of the active profiles that declare the plugin
     * @return e.g. {@code mvn}, {@code mvn -N -Pmain-job}
     */
    public static String prefix(boolean aggregator, List<String> pluginProfiles) {
        StringBuilder b = new StringBuilder("mvn");
        if (aggregator) {
            b.append(" -N");
        }
        if (!pluginProfiles.isEmpty()) {
            b.append(" -P").append(String.join(",", pluginProfiles));
        }
        return b.toString();
    }
}
